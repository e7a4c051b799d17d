namespace TypedFiling.Parsing.Figures;

/// <summary>Money ("¥9.2 billion", "US$2,417,247", "EUR 12 million", "500 million yen", "(¥1.2 billion)",
/// "$(12.5) million", ranges) and percentages ("74.2%", "30.0 percent", "5 per cent").</summary>
internal sealed partial class ScanContext
{
    private Draft? TryMoney(int i)
    {
        int j = i;
        bool outerParen = false;
        if (T.IsSymbol(i, '(') && T.Joined(i + 1) && CurrencyTable.TryPrefix(T, i + 1, O, out _, out _))
        {
            outerParen = true;
            j = i + 1;
        }

        string iso;
        int numTok, after;
        bool innerParen = false;
        bool hasPrefix = CurrencyTable.TryPrefix(T, j, O, out iso, out int prefixEnd);
        if (hasPrefix)
        {
            int k = prefixEnd + 1;
            if (T.IsSymbol(k, '(') && T.Joined(k) && T.IsNumber(k + 1) && T.Joined(k + 1) && T.IsSymbol(k + 2, ')') && T.Joined(k + 2))
            {
                innerParen = true;
                numTok = k + 1;
                after = k + 3;
            }
            else if (T.IsNumber(k) && (T.Joined(k) || T.IsWord(prefixEnd) || T.IsAnySymbol(prefixEnd)))
            {
                numTok = k;
                after = k + 1;
            }
            else
            {
                return null;
            }

            // "$5.00-$10.00" style glue after the number is fine; a glued word that is not a scale is a name ("$5x")
            if (T.Joined(after) && T.IsWord(after) && !CurrencyTable.TryScale(T, after, out _)) return null;
        }
        else
        {
            if (!T.IsNumber(i) || IsNamePart(i)) return null;
            numTok = i;
            after = i + 1;
        }

        if (!T.TryNumber(numTok, out decimal amount)) return null;

        decimal multiplier = 1;
        string? scale = null;
        if (CurrencyTable.TryScale(T, after, out multiplier))
        {
            scale = T.Value(after);
            after++;
        }

        if (!hasPrefix)
        {
            if (CurrencyTable.TrySuffix(T, after, O, out iso, out int suffixEnd))
            {
                after = suffixEnd + 1;
            }
            else if (!TryRangeContinuation(numTok, out iso))
            {
                // "1 to 2 million yen": the first amount takes currency (and scale) of the second
                if (!PeekRangeSecond(after, out var iso2, out var mult2, out var scale2) || iso2 is null) return null;
                iso = iso2;
                if (scale is null && scale2 is not null)
                {
                    multiplier = mult2;
                    scale = scale2;
                }
            }
        }

        if (scale is null && PeekRangeSecond(after, out _, out var m3, out var s3) && s3 is not null)
        {
            // "$1 to $2 billion": the first takes the scale of the second
            multiplier = m3;
            scale = s3;
        }

        if (!CurrencyTable.TryScaleValue(amount, multiplier, out decimal value)) return null;

        int first = hasPrefix ? j : numTok;
        int last = after - 1;
        bool negative = innerParen;
        if (outerParen)
        {
            if (T.IsSymbol(after, ')'))
            {
                first = i;
                last = after;
                negative = true;
            }
        }

        var d = new Draft
        {
            Kind = FigureKind.Money,
            FirstTok = first,
            CoreTok = first,
            LastTok = last,
            Value = negative ? -value : value,
            Currency = iso,
            Scale = scale,
            IsNegative = negative,
        };
        ApplyQualifier(d);
        return d;
    }

    private static bool IsRangeWord(TokenList t, int k) =>
        t.Is(k, "to") || t.Is(k, "and") || t.Is(k, "through") || t.IsSymbol(k, '-') || t.IsSymbol(k, '\u2013') || t.IsSymbol(k, '\u2014');

    /// <summary>"¥1 billion and 2 billion", "$1 to 2 billion": a bare amount right after a money figure and a range word.</summary>
    private bool TryRangeContinuation(int numTok, out string iso)
    {
        iso = string.Empty;
        var last = Last;
        if (last is null || last.Kind != FigureKind.Money || last.LastTok != numTok - 2 || !IsRangeWord(T, numTok - 1)) return false;
        if (T.IsSymbol(numTok + 1, '%') || T.Is(numTok + 1, "percent")) return false;
        iso = last.Currency ?? string.Empty;
        return iso.Length > 0;
    }

    /// <summary>Looks past a range word at k for a second amount: its currency (prefix or suffix) and scale.</summary>
    private bool PeekRangeSecond(int k, out string? iso, out decimal multiplier, out string? scale)
    {
        iso = null;
        multiplier = 1;
        scale = null;
        if (!IsRangeWord(T, k)) return false;
        int m = k + 1;
        if (CurrencyTable.TryPrefix(T, m, O, out var p, out int pe))
        {
            iso = p;
            m = pe + 1;
        }

        if (!T.IsNumber(m)) return false;
        m++;
        if (CurrencyTable.TryScale(T, m, out multiplier))
        {
            scale = T.Value(m);
            m++;
        }

        if (iso is null && CurrencyTable.TrySuffix(T, m, O, out var sfx, out _)) iso = sfx;
        return true;
    }

    private Draft? TryPercent(int i)
    {
        bool paren = T.IsSymbol(i, '(') && T.Joined(i + 1);
        int numTok = paren ? i + 1 : i;
        decimal value;
        int numEnd;
        if (T.IsNumber(numTok))
        {
            if (IsNamePartForPercent(numTok) || !T.TryNumber(numTok, out value)) return null;
            numEnd = numTok;
        }
        else if (NumberWords.TryRead(T, numTok, out int wv, out int we) && !T.Is(numTok, "a"))
        {
            value = wv;
            numEnd = we;
        }
        else
        {
            return null;
        }

        int after = numEnd + 1;
        int last;
        if (T.IsSymbol(after, '%'))
        {
            last = after;
        }
        else if (T.Is(after, "percent") || T.Is(after, "pct"))
        {
            last = after;
        }
        else if (T.Is(after, "per") && T.Is(after + 1, "cent"))
        {
            last = after + 1;
        }
        else
        {
            return null;
        }

        int first = numTok;
        bool negative = false;
        if (paren && T.IsSymbol(last + 1, ')'))
        {
            first = i;
            last++;
            negative = true;
        }

        var d = new Draft
        {
            Kind = FigureKind.Percentage,
            FirstTok = first,
            CoreTok = first,
            LastTok = last,
            Value = negative ? -value : value,
            IsNegative = negative,
        };
        ApplyQualifier(d);
        return d;
    }

    private bool IsNamePartForPercent(int n)
    {
        if (T.Joined(n) && (T.IsWord(n - 1) || T.IsNumber(n - 1))) return true;
        if (T.Joined(n) && T.IsSymbol(n - 1, '-') && T.Joined(n - 1) && T.IsWord(n - 2)) return true;
        return IsReference(n);
    }
}
