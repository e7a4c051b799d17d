using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>Quantities: "eight consolidated subsidiaries", "approximately 1,600 domestic corporate customers", "a dozen engineers", "50 basis points".</summary>
internal static class QuantityReader
{
    public static Draft? TryRead(ScanState s, int i)
    {
        var t = s.T;
        if (!ReadCount(t, i, out decimal value, out int numEnd))
        {
            return null;
        }

        if (NameParts.FollowsName(t, i))
        {
            return null;
        }

        int after = numEnd + 1;
        string? scale = null;
        decimal multiplier = 1;
        if (NumberReader.TryScale(t, after, false, out multiplier))
        {
            scale = t.Value(after);
            after++;
        }

        if (!ReadUnit(s, after, out int unitLast))
        {
            return null;
        }

        if (IsAge(t, after, unitLast))
        {
            return null;
        }

        if (!NumberReader.TryMultiply(value, multiplier, out decimal scaled))
        {
            return null;
        }

        var d = new Draft
        {
            Kind = FigureKind.Quantity,
            FirstTok = i,
            CoreTok = i,
            LastTok = unitLast,
            Value = scaled,
            Scale = scale,
            Unit = t.Slice(after, unitLast),
            UnitFirstTok = after,
            UnitLastTok = unitLast,
        };
        QualifierReader.Apply(s, d);

        // a bare year-like number ("2015 annual report") is a count only with a qualifier ("about 2000 employees")
        if (t.IsYearLike(i, out _) && d.Qualifier == Qualifier.None)
        {
            return null;
        }

        return d;
    }

    /// <summary>The count at i, in digits ("1,600") or words ("eight", "a dozen"), ending at <paramref name="end"/>;
    /// false where the number is not a count.</summary>
    private static bool ReadCount(TokenList t, int i, out decimal value, out int end)
    {
        if (t.IsNumber(i))
        {
            end = i;
            return ReadCountInDigits(t, i, out value);
        }

        if (NumberReader.TryCount(t, i, out int words, out end))
        {
            value = words;
            return IsCountInWords(t, i, end);
        }

        value = 0;
        return false;
    }

    /// <summary>A number token that counts: not part of a name, a day after a month ("March 31") or an age ("aged 45").</summary>
    private static bool ReadCountInDigits(TokenList t, int i, out decimal value)
    {
        if (NameParts.IsNamePart(t, i))
        {
            value = 0;
            return false;
        }

        if (!t.TryNumber(i, out value))
        {
            return false;
        }

        if (t.IsMonth(i - 1))
        {
            return false;
        }

        return !(t.IsWord(i - 1) && (t.Is(i - 1, "age") || t.Is(i - 1, "aged")));
    }

    /// <summary>Whether number words from i to end count something: not "the one", "any one" (a pronoun), nor part of
    /// a hyphenated word.</summary>
    private static bool IsCountInWords(TokenList t, int i, int end)
    {
        if (t.Is(i, "one") && (t.Is(i - 1, "the") || t.Is(i - 1, "any") || t.Is(i - 1, "each") || t.Is(i - 1, "every")
                               || t.Is(i - 1, "this") || t.Is(i - 1, "that") || t.Is(i - 1, "no") || t.Is(i - 1, "which")))
        {
            return false;
        }

        // "one-time", "two-year": a compound adjective, not a count
        if (t.Joined(end + 1) && (t.IsSymbol(end + 1, '-') || t.IsSymbol(end + 1, '\u2011')))
        {
            return false;
        }

        return !(t.Joined(i) && t.IsSymbol(i - 1, '-'));
    }

    /// <summary>Ages: "45 years old", "45 years of age", with the unit from after to unitLast.</summary>
    private static bool IsAge(TokenList t, int after, int unitLast) =>
        (t.Is(after, "years") || t.Is(after, "year")) && (t.Is(unitLast + 1, "old") || (t.Is(unitLast + 1, "of") && t.Is(unitLast + 2, "age")));

    /// <summary>The counted noun phrase: up to four content words, ending at the first plural-looking word.</summary>
    private static bool ReadUnit(ScanState s, int k, out int last)
    {
        var t = s.T;
        last = -1;
        int words = 0;
        while (words < Bounds.MaxUnitWords && t.IsWord(k))
        {
            int ce = t.CompoundEnd(k);
            var w = t.Value(k)!;
            var lastPiece = t.IsWord(ce) ? t.Value(ce)! : w;
            if (WordTable.Is(w, WordRole.Function) || WordShapes.IsAdverb(w) || t.IsMonth(k))
            {
                break;
            }

            if (words == 0 && WordTable.Is(w, WordRole.NotUnit))
            {
                return false;
            }

            if (CurrencyReader.TrySuffix(s, k, out _) || NumberReader.TryReadSimple(t, k, out _))
            {
                break;
            }

            if (WordShapes.IsParticiple(lastPiece) && (!t.IsWord(ce + 1) || WordTable.Is(t.Value(ce + 1)!, WordRole.Function)))
            {
                break;
            }

            if (WordShapes.IsGerund(lastPiece) && (!t.IsWord(ce + 1) || WordTable.Is(t.Value(ce + 1)!, WordRole.Function)))
            {
                break;
            }

            last = ce;
            words++;
            k = ce + 1;
            if (WordShapes.IsPluralish(lastPiece))
            {
                break;
            }
        }

        return words > 0;
    }
}
