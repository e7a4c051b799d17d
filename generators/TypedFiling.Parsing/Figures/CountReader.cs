namespace TypedFiling.Parsing.Figures;

/// <summary>Quantities ("eight consolidated subsidiaries", "approximately 1,600 domestic corporate customers",
/// "a dozen engineers") and ratios ("1 to 5 split", "two-for-one", "1-for-10 reverse split", "a ratio of 3:1").</summary>
internal sealed partial class ScanContext
{
    /// <summary>
    /// "RTX 6000 Ada", "Ethereum 2.0 merge", "Pillar Two rules", "Tier 2 countries": a number right after a
    /// capitalized word inside a sentence is part of a name, not a count. Not after a month ("August 2010,
    /// 140 ATMs" has a comma between), a possessive ("IIJ's 12 directors"), or a sentence's first word.
    /// </summary>
    private bool FollowsName(int i)
    {
        int p = i - 1;
        if (!T.StartsUpper(p) || T.Joined(i) || WordLists.IsMonthWord(T, p)) return false;
        if (p == 0 || T.IsSymbol(p - 1, '.') || T.IsSymbol(p - 1, '!') || T.IsSymbol(p - 1, '?') || T.IsSymbol(p - 1, ':')
            || T.IsSymbol(p - 1, '(') || T.IsSymbol(p - 1, '"') || T.IsSymbol(p - 1, '\u201C') || T.IsSymbol(p - 1, '\u2022'))
        {
            return false;
        }

        var word = T.Value(p)!;
        var possessive = word.EndsWith("'s", System.StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", System.StringComparison.OrdinalIgnoreCase);
        return !possessive && !WordLists.SubjectPronouns.Contains(word);
    }

    private Draft? TryQuantity(int i)
    {
        decimal value;
        int numEnd;
        if (T.IsNumber(i))
        {
            if (IsNamePart(i) || !T.TryNumber(i, out value)) return null;
            numEnd = i;
            if (WordLists.IsMonthWord(T, i - 1)) return null;
            if (T.IsWord(i - 1) && (T.Is(i - 1, "age") || T.Is(i - 1, "aged"))) return null;
        }
        else if (NumberWords.TryRead(T, i, out int wv, out int we))
        {
            value = wv;
            numEnd = we;
            if (T.Is(i, "one") && (T.Is(i - 1, "the") || T.Is(i - 1, "any") || T.Is(i - 1, "each") || T.Is(i - 1, "every")
                                   || T.Is(i - 1, "this") || T.Is(i - 1, "that") || T.Is(i - 1, "no") || T.Is(i - 1, "which")))
            {
                return null;
            }

            // "one-time", "two-year": a compound adjective, not a count
            if (T.Joined(numEnd + 1) && (T.IsSymbol(numEnd + 1, '-') || T.IsSymbol(numEnd + 1, '\u2011'))) return null;
            if (T.Joined(i) && T.IsSymbol(i - 1, '-')) return null;
        }
        else
        {
            return null;
        }

        if (FollowsName(i)) return null;

        int after = numEnd + 1;
        string? scale = null;
        decimal multiplier = 1;
        if (CurrencyTable.TryScale(T, after, out multiplier))
        {
            scale = T.Value(after);
            after++;
        }

        if (!ReadUnit(after, out int unitLast)) return null;

        // ages: "45 years old", "45 years of age"
        if ((T.Is(after, "years") || T.Is(after, "year")) && (T.Is(unitLast + 1, "old") || (T.Is(unitLast + 1, "of") && T.Is(unitLast + 2, "age")))) return null;

        if (!CurrencyTable.TryScaleValue(value, multiplier, out decimal scaled)) return null;
        var d = new Draft
        {
            Kind = FigureKind.Quantity,
            FirstTok = i,
            CoreTok = i,
            LastTok = unitLast,
            Value = scaled,
            Scale = scale,
            Unit = T.Slice(after, unitLast),
            UnitFirstTok = after,
            UnitLastTok = unitLast,
        };
        ApplyQualifier(d);

        // a bare year-like number ("2015 annual report") is a count only with a qualifier ("about 2000 employees")
        if (T.IsYearLike(i, out _) && d.Qualifier == Qualifier.None) return null;
        return d;
    }

    /// <summary>The counted noun phrase: up to four content words, ending at the first plural-looking word.</summary>
    private bool ReadUnit(int k, out int last)
    {
        last = -1;
        int words = 0;
        while (words < 4 && T.IsWord(k))
        {
            int ce = T.CompoundEnd(k);
            var w = T.Value(k)!;
            var lastPiece = T.IsWord(ce) ? T.Value(ce)! : w;
            if (WordLists.Stop.Contains(w) || WordLists.IsAdverb(w) || WordLists.IsMonthWord(T, k)) break;
            if (words == 0 && WordLists.NotUnits.Contains(w)) return false;
            if (CurrencyTable.TrySuffix(T, k, O, out _, out _) || NumberWords.TryReadSimple(T, k, out _)) break;
            if (WordLists.IsParticiple(lastPiece) && (!T.IsWord(ce + 1) || WordLists.Stop.Contains(T.Value(ce + 1)!))) break;
            if (lastPiece.EndsWith("ing", System.StringComparison.OrdinalIgnoreCase) && lastPiece.Length > 5 && (!T.IsWord(ce + 1) || WordLists.Stop.Contains(T.Value(ce + 1)!))) break;
            last = ce;
            words++;
            k = ce + 1;
            if (WordLists.IsPluralish(lastPiece)) break;
        }

        return words > 0;
    }

    private bool ReadRatioSide(int i, out decimal value)
    {
        value = 0;
        if (T.IsNumber(i)) return T.TryNumber(i, out value);
        if (NumberWords.TryReadSimple(T, i, out int v))
        {
            value = v;
            return true;
        }

        return false;
    }

    /// <summary>After a ratio: "split", "stock split", "reverse split", "reverse stock split". Returns the last token or -1.</summary>
    private int ReadSplitPhrase(int k)
    {
        int j = k;
        int n = 0;
        while (n < 4 && (T.Is(j, "reverse") || T.Is(j, "forward") || T.Is(j, "stock") || T.Is(j, "share") || T.Is(j, "split")))
        {
            if (T.Is(j, "split")) return j;
            j++;
            n++;
        }

        return -1;
    }

    private bool RatioContextBefore(int i)
    {
        for (int k = i - 1; k >= i - 3 && k >= _floor; k--)
        {
            if (T.Is(k, "ratio") || T.Is(k, "ratios")) return true;
        }

        return false;
    }

    private Draft? TryRatio(int i)
    {
        if (!ReadRatioSide(i, out decimal a)) return null;
        if (T.IsNumber(i) && T.Joined(i) && (T.IsWord(i - 1) || T.IsNumber(i - 1))) return null;
        decimal b;
        int last;
        if (T.IsSymbol(i + 1, '-') && T.Joined(i + 1) && (T.Is(i + 2, "for") || T.Is(i + 2, "to")) && T.Joined(i + 2)
            && T.IsSymbol(i + 3, '-') && T.Joined(i + 3) && T.Joined(i + 4) && ReadRatioSide(i + 4, out b))
        {
            last = i + 4;
            if (T.Is(i + 2, "to") && ReadSplitPhrase(last + 1) < 0 && !RatioContextBefore(i)) return null;
        }
        else if ((T.Is(i + 1, "to") || T.Is(i + 1, "for")) && ReadRatioSide(i + 2, out b)
                 && !(T.Joined(i + 3) && (T.IsWord(i + 3) || T.IsNumber(i + 3) || T.IsSymbol(i + 3, '-') || T.IsSymbol(i + 3, '%'))))
        {
            last = i + 2;
            if (ReadSplitPhrase(last + 1) < 0 && !(T.Is(i - 1, "of") && RatioContextBefore(i))) return null;
        }
        else if (T.IsNumber(i) && T.IsSymbol(i + 1, ':') && T.Joined(i + 1) && T.Joined(i + 2) && T.IsNumber(i + 2) && T.TryNumber(i + 2, out b))
        {
            last = i + 2;
            if (!RatioContextBefore(i) && !T.Is(last + 1, "ratio") && ReadSplitPhrase(last + 1) < 0) return null;
        }
        else
        {
            return null;
        }

        var d = new Draft { Kind = FigureKind.Ratio, FirstTok = i, CoreTok = i, LastTok = last, Value = a, Value2 = b };
        int split = ReadSplitPhrase(last + 1);
        if (split >= 0)
        {
            d.Unit = T.Slice(last + 1, split);
            d.LastTok = split;
        }

        return d;
    }
}
