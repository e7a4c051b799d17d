using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// Money in every way filers write it: a currency before ("¥9.2 billion", "RMB 500 million", "HK $ 10.05 billion",
/// "Rs. 250 crore") or after ("361 million pounds", "42 KWD", "20€", "64.2 cents"), in words ("five million yen",
/// "half a million dollars"), compounds ("3 dollars 50 cents"), ranges that share a currency or scale ("10-20 dollars",
/// "between $5 and $10 million"), signs ("negative $1.1 million", "-$2.0 million", "($2.5 million)", "$(2.5) million"),
/// and translations in parentheses ("RMB8.7 billion (US$1.2 billion)"), which are positive and linked to the first amount.
/// </summary>
internal static class MoneyReader
{
    public static Draft? TryRead(ScanState s, int i)
    {
        var t = s.T;
        int j = i;
        bool minus = false, outerParen = false;
        if (t.Has(j, WordRole.Negation) && !t.Joined(j + 1))
        {
            minus = true;
            j++;
        }
        else if (t.IsMinusSign(j))
        {
            minus = true;
            j++;
        }
        else if (t.IsSymbol(j, '(') && t.Joined(j + 1))
        {
            outerParen = true;
            j++;
        }

        if (j != i && t.IsMinusSign(j))
        {
            minus = true;
            j++;
        }

        var d = TryAmount(s, j);
        if (d is null)
        {
            return null;
        }

        if (outerParen)
        {
            if (t.IsSymbol(d.LastTok + 1, ')'))
            {
                d.FirstTok = i;
                d.LastTok++;
                if (!LinkTranslation(s, d, i) && InOwnPlace(t, i))
                {
                    Negate(d);
                }
            }
        }
        else if (minus)
        {
            d.FirstTok = i;
            Negate(d);
        }

        d.CoreTok = d.FirstTok;
        if (!minus && !outerParen)
        {
            QualifierReader.Apply(s, d);
            if (t.IsSymbol(d.FirstTok - 1, '('))
            {
                LinkTranslation(s, d, d.FirstTok - 1);
            }
        }

        return d;
    }

    /// <summary>Parentheses mark a negative amount where the amount itself stands ("a loss of ($2.5 million)", a table
    /// cell); after a noun they are an aside ("expenses (RMB 300 thousand)"), and the amount is positive.</summary>
    private static bool InOwnPlace(TokenList t, int open)
    {
        int p = open - 1;
        return !t.IsWord(p) || t.Has(p, WordRole.Function) || t.Has(p, WordRole.NumberWord);
    }

    private static void Negate(Draft d)
    {
        if (d.IsNegative)
        {
            return;
        }

        d.IsNegative = true;
        d.Value = -d.Value;
    }

    /// <summary>An amount in parentheses right after another amount restates it in another currency (or in figures):
    /// "RMB8.7 billion (US$1.2 billion)", "ten million dollars ($10,000,000)". Positive, linked to the first.</summary>
    private static bool LinkTranslation(ScanState s, Draft d, int open)
    {
        var last = s.Last;
        if (last is null || last.Kind != FigureKind.Money || last.LastTok != open - 1 || d.InnerParen)
        {
            return false;
        }

        d.TranslationOf = last;
        return true;
    }

    /// <summary>The amount proper, from its first token: currency and number, or number and currency.</summary>
    private static Draft? TryAmount(ScanState s, int j)
    {
        var t = s.T;
        if (CurrencyReader.TryPrefix(s, j, out var cur))
        {
            return AfterPrefix(s, j, cur);
        }

        Amount amount;
        if (t.IsNumber(j))
        {
            if ((!IsRangeEnd(s, j) && NameParts.IsNamePart(t, j)) || !NumberReader.TryDigits(t, j, money: true, out amount))
            {
                return null;
            }
        }
        else if (IsArticleBeforeName(s, j, out var named))
        {
            // "a dollar", "a yen": one of the unit
            var one = Make(j, named.Last, 1m, named, null);
            TryCompound(s, one, new Amount { First = j, Last = j, Value = 1m, IsWholeUnscaled = true }, named);
            return one;
        }
        else if (!NumberReader.TryWords(t, j, out amount))
        {
            return null;
        }

        int after = amount.Last + 1;

        // "a 12-cent dividend", "one-yen bid": the unit glued by a hyphen
        if (t.IsSymbol(after, '-') && t.Joined(after) && t.Joined(after + 1) && CurrencyReader.TrySuffix(s, after + 1, out var hyphened)
            && (hyphened.Form == CurrencyForm.Minor || hyphened.Form == CurrencyForm.Name))
        {
            return Suffixed(s, j, amount, hyphened);
        }

        if (CurrencyReader.TrySuffix(s, after, out var suffix))
        {
            return Suffixed(s, j, amount, suffix);
        }

        if (amount.InWords)
        {
            return WordsInRange(s, j, amount);
        }

        return Borrowed(s, j, amount);
    }

    /// <summary>"10-20 dollars", "7-9 lakh rupees": a number in a dashed range is no compound name ("20-F") when the range
    /// has a currency.</summary>
    private static bool IsRangeEnd(ScanState s, int j)
    {
        var t = s.T;
        var last = s.Last;
        if (last is not null && last.Kind == FigureKind.Money && last.LastTok == j - 2 && t.IsSymbol(j - 1, '-'))
        {
            return true;
        }

        return t.IsSymbol(j + 1, '-') && t.Joined(j + 1) && t.IsNumber(j + 2) && RangeEnd.TryPeek(s, j + 1, out var end) && end.Currency is not null;
    }

    private static bool IsArticleBeforeName(ScanState s, int j, out CurrencyMatch named)
    {
        var t = s.T;
        named = default;
        if (!(t.Is(j, "a") || t.Is(j, "an")) || !CurrencyReader.TrySuffix(s, j + 1, out named))
        {
            return false;
        }

        // "a dollar-denominated bond" is no amount
        return named.Form == CurrencyForm.Name && !(t.IsSymbol(named.Last + 1, '-') && t.Joined(named.Last + 1));
    }

    private static Draft? AfterPrefix(ScanState s, int j, CurrencyMatch cur)
    {
        var t = s.T;
        int k = cur.Last + 1;
        bool innerParen = false;
        Amount amount;
        if (t.IsSymbol(k, '(') && t.Joined(k) && t.IsNumber(k + 1) && t.Joined(k + 1) && t.IsSymbol(k + 2, ')') && t.Joined(k + 2))
        {
            // "$(12.5) million": negative in the figure's own place
            if (!t.TryNumber(k + 1, out var inner))
            {
                return null;
            }

            amount = new Amount { First = k + 1, Value = inner };
            int close = k + 2;
            if (NumberReader.TryScale(t, close + 1, true, out var m) && NumberReader.TryMultiply(inner, m, out var scaled))
            {
                amount.Value = scaled;
                amount.Scale = t.Value(close + 1);
                close++;
            }

            amount.Last = close;
            innerParen = true;
        }
        else if (t.IsNumber(k) && (t.Joined(k) || t.IsWord(cur.Last) || t.IsAnySymbol(cur.Last)))
        {
            if (!NumberReader.TryDigits(t, k, money: true, out amount))
            {
                return null;
            }

            // a code glued to one digit is a name ("NIS2", "G7"): "RMB1.2 billion", "Rs20" have more
            if (t.IsWord(cur.Last) && t.Joined(k) && t.Value(k)!.Length == 1 && amount.Scale is null)
            {
                return null;
            }

            // a name before a spaced year is no currency ("U.S. dollars 2010")
            if (cur.Form == CurrencyForm.Name && !t.Joined(k) && amount.Scale is null && t.IsYearLike(k, out _))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        // "$5x": a glued word that is not a scale makes it a name
        if (t.Joined(amount.Last + 1) && t.IsWord(amount.Last + 1) && !t.Has(amount.Last + 1, WordRole.Scale))
        {
            return null;
        }

        int last = amount.Last;

        // "$5,000 CAD", "¥22.1 billion RMB": a code after the amount says what the sign before it meant
        if (cur.Source != CurrencySource.Code && CurrencyReader.TrySuffix(s, last + 1, out var restated) && restated.Form == CurrencyForm.Code && restated.Multiplier == 1)
        {
            cur.Code = restated.Code;
            cur.Source = CurrencySource.Code;
            cur.MinorDigits = restated.MinorDigits;
            last = restated.Last;
        }

        var d = Make(j, last, amount.Value * cur.Multiplier, cur, amount.Scale);
        if (innerParen)
        {
            d.InnerParen = true;
            Negate(d);
        }

        BorrowScaleFromRangeEnd(s, d, amount, cur.Code);
        TryCompound(s, d, amount, cur);
        return d;
    }

    private static Draft Make(int first, int last, decimal value, CurrencyMatch cur, string? scale) => new Draft
    {
        Kind = FigureKind.Money,
        FirstTok = first,
        CoreTok = first,
        LastTok = last,
        Value = value,
        Currency = cur.Code,
        CurrencySource = cur.Source,
        Scale = scale,
    };

    private static Draft? Suffixed(ScanState s, int j, Amount amount, CurrencyMatch cur)
    {
        var t = s.T;

        // "2022 INR Term Loan", "the 2025 Euro Notes": a year before a code or a capitalized name names an instrument
        if (amount.Scale is null && t.IsYearLike(amount.First, out _) && amount.Last == amount.First
            && (cur.Form == CurrencyForm.Code || t.StartsUpper(amount.Last + 1)))
        {
            return null;
        }

        decimal value = amount.Value;
        int last = cur.Last;
        string? scale = amount.Scale;
        if (cur.Form == CurrencyForm.Minor)
        {
            value = amount.Value / Pow10(cur.MinorDigits);
        }
        else
        {
            value *= cur.Multiplier;

            // "75 USD million": the scale after the code
            if (scale is null && NumberReader.TryScale(t, last + 1, true, out var m) && NumberReader.TryMultiply(value, m, out var scaled))
            {
                value = scaled;
                scale = t.Value(last + 1);
                last++;
            }
        }

        var d = Make(j, last, value, cur, scale);
        if (cur.Form != CurrencyForm.Minor)
        {
            TryCompound(s, d, amount, cur);
        }

        BorrowScaleFromRangeEnd(s, d, amount, cur.Code);
        return d;
    }

    /// <summary>"five and ten dollars": words need their currency, after them or at the range's other end.</summary>
    private static Draft? WordsInRange(ScanState s, int j, Amount amount)
    {
        if (amount.Value < 1 && amount.Scale is null)
        {
            return null;
        }

        if (!RangeEnd.TryPeek(s, amount.Last + 1, out var end) || end.Currency is null)
        {
            return null;
        }

        var d = Make(j, amount.Last, amount.Value, end.CurrencyMatch, amount.Scale);
        ShareScale(d, amount, end);
        return d;
    }

    /// <summary>A bare number takes its currency from the amount before it in a range ("$1 to 2 billion") or the one
    /// after ("10-20 dollars", "between 10 and 20 dollars").</summary>
    private static Draft? Borrowed(ScanState s, int j, Amount amount)
    {
        var t = s.T;
        var last = s.Last;
        if (last is not null && last.Kind == FigureKind.Money && last.LastTok == j - 2 && t.IsRangeWord(j - 1) && last.Currency is not null
            && !t.IsSymbol(amount.Last + 1, '%') && !t.Is(amount.Last + 1, "percent") && !Counts(t, amount.Last + 1)
            && (!t.Is(j - 1, "and") || amount.Scale is not null || OpensRange(t, last.FirstTok - 1)))
        {
            return new Draft
            {
                Kind = FigureKind.Money, FirstTok = j, CoreTok = j, LastTok = amount.Last, Value = amount.Value,
                Currency = last.Currency, CurrencySource = last.CurrencySource, Scale = amount.Scale,
            };
        }

        if (!RangeEnd.TryPeek(s, amount.Last + 1, out var end) || end.Currency is null)
        {
            return null;
        }

        if (t.IsYearLike(j, out _) && amount.Scale is null)
        {
            return null;
        }

        var d = Make(j, amount.Last, amount.Value, end.CurrencyMatch, amount.Scale);
        ShareScale(d, amount, end);
        return d;
    }

    /// <summary>"between $5 and 10", "from $5 to 10": a bare number after "and" ends a range only when one was opened
    /// ("the cost is $4.25 and 32 is the quantity" has no range).</summary>
    private static bool OpensRange(TokenList t, int k) => t.Is(k, "between") || t.Is(k, "from") || (t.IsWord(k) && t.Is(k - 1, "between"));

    /// <summary>A lower-case noun after the number ("2 employees") makes it a count, not the end of a money range.</summary>
    private static bool Counts(TokenList t, int k) => t.StartsLower(k) && !t.Has(k, WordRole.Function) && !t.Has(k, WordRole.Scale);

    /// <summary>"$10–$20 million", "between $5 and $10 million", "1 to 2 million yen": the first end takes the scale of the second.</summary>
    private static void BorrowScaleFromRangeEnd(ScanState s, Draft d, Amount amount, string code)
    {
        if (amount.Scale is not null || !RangeEnd.TryPeek(s, d.LastTok + 1, out var end) || end.Scale is null)
        {
            return;
        }

        if (end.Currency is not null && end.Currency != code)
        {
            return;
        }

        ShareScale(d, amount, end);
    }

    private static void ShareScale(Draft d, Amount amount, RangeEnd end)
    {
        if (amount.Scale is not null || end.Scale is null)
        {
            return;
        }

        if (!NumberReader.TryMultiply(d.Value, end.Multiplier, out var scaled))
        {
            return;
        }

        d.Value = scaled;
        d.Scale = end.Scale;
    }

    /// <summary>"3 dollars 50 cents", "$20 and 43c", "thirteen dollars and forty-five cents", "20 ringgit and 43 sen",
    /// "$20 43": a whole amount, then its minor part (up to 99) with a minor unit, or bare at the end of a clause.</summary>
    private static void TryCompound(ScanState s, Draft d, Amount amount, CurrencyMatch cur)
    {
        var t = s.T;
        if (!amount.IsWholeUnscaled || cur.MinorDigits == 0 || d.Scale is not null)
        {
            return;
        }

        int k = d.LastTok + 1;
        bool and = t.Is(k, "and");
        if (and)
        {
            k++;
        }

        int minor, minorLast;
        if (t.IsNumber(k) && t.Value(k)!.Length <= 2 && t.IsSmallInt(k, Bounds.MaxMinorAmount, out minor))
        {
            minorLast = k;
        }
        else if (NumberReader.TryCount(t, k, out minor, out minorLast) && minor <= Bounds.MaxMinorAmount && !t.Is(k, "a"))
        {
        }
        else
        {
            return;
        }

        int unit = minorLast + 1;
        if (CurrencyReader.TrySuffix(s, unit, out var minorUnit) && minorUnit.Form == CurrencyForm.Minor)
        {
            minorLast = minorUnit.Last;
        }
        else if (!EndsClause(t, unit))
        {
            return;
        }

        d.Value += minor / Pow10(cur.MinorDigits);
        d.LastTok = minorLast;
    }

    /// <summary>The end of a clause after a bare minor part: punctuation that is not part of a number, or the end.</summary>
    private static bool EndsClause(TokenList t, int k)
    {
        if (!t.InRange(k))
        {
            return true;
        }

        if (t.IsWord(k))
        {
            return t.Is(k, "more") || t.Is(k, "only");
        }

        char c = t.SymbolAt(k);
        return c is '.' or ',' or ';' or '!' or '?' or ')';
    }

    private static decimal Pow10(int digits)
    {
        decimal p = 1;
        for (int k = 0; k < digits; k++)
        {
            p *= 10;
        }

        return p;
    }
}
