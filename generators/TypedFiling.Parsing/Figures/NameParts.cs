using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>Numbers that are part of a name or a reference, not figures: "COVID-19", "Form 20-F", "Item 3.D", "Note 10",
/// "3D", "RTX 6000 Ada".</summary>
internal static class NameParts
{
    /// <summary>A number glued into a compound or after a reference word.</summary>
    public static bool IsNamePart(TokenList t, int n)
    {
        // glued to a word or number before it: "M 23", "COVID-19"
        if (t.Joined(n) && (t.IsWord(n - 1) || t.IsNumber(n - 1)))
        {
            return true;
        }

        if (t.Joined(n) && (t.IsSymbol(n - 1, '-') || t.IsSymbol(n - 1, '/') || t.IsSymbol(n - 1, '.') || t.IsSymbol(n - 1, '#') || t.IsSymbol(n - 1, '_'))
            && (t.IsSymbol(n - 1, '#') || (t.Joined(n - 1) && (t.IsWord(n - 2) || t.IsNumber(n - 2)))))
        {
            return true;
        }

        // glued to a word after it ("3D", "10b"), except scale, ordinal and currency suffixes
        if (t.Joined(n + 1) && t.IsWord(n + 1))
        {
            var w = t.Value(n + 1)!;
            var lexeme = t.Lex(n + 1);
            var suffix = lexeme is not null && (lexeme.Has(WordRole.Scale) || lexeme.Has(WordRole.Currency));
            if (!suffix && !IsOrdinal(w))
            {
                return true;
            }
        }

        // "20-F", "2-year", "3.D"; not "a 12-cent dividend", "10-percent", "10-20 dollars" (the range is the reader's)
        if (t.Joined(n + 1) && (t.IsSymbol(n + 1, '-') || t.IsSymbol(n + 1, '.') || t.IsSymbol(n + 1, '_')) && t.Joined(n + 2) && (t.IsWord(n + 2) || t.IsNumber(n + 2))
            && !(t.IsSymbol(n + 1, '-') && (t.Has(n + 2, WordRole.Currency) || t.Is(n + 2, "percent"))))
        {
            return true;
        }

        return IsReference(t, n);
    }

    private static bool IsOrdinal(string w) =>
        string.Equals(w, "st", System.StringComparison.OrdinalIgnoreCase) || string.Equals(w, "nd", System.StringComparison.OrdinalIgnoreCase) ||
        string.Equals(w, "rd", System.StringComparison.OrdinalIgnoreCase) || string.Equals(w, "th", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>"Item 5", "Note 10", "No. 5", "page 12", "aged 45", "Items 7 and 8".</summary>
    public static bool IsReference(TokenList t, int n)
    {
        if (t.Has(n - 1, WordRole.Reference))
        {
            return true;
        }

        if (t.IsSymbol(n - 1, '.') && t.Has(n - 2, WordRole.Reference))
        {
            return true;
        }

        return (t.Is(n - 1, "and") || t.IsSymbol(n - 1, ',')) && t.IsNumber(n - 2) && t.Has(n - 3, WordRole.Reference);
    }

    /// <summary>A number glued into a compound before a percent: "IIJ-10%" style names.</summary>
    public static bool IsNamePartForPercent(TokenList t, int n)
    {
        if (t.Joined(n) && (t.IsWord(n - 1) || t.IsNumber(n - 1)))
        {
            return true;
        }

        if (t.Joined(n) && t.IsSymbol(n - 1, '-') && t.Joined(n - 1) && t.IsWord(n - 2))
        {
            return true;
        }

        return IsReference(t, n);
    }

    /// <summary>
    /// "RTX 6000 Ada", "Ethereum 2.0 merge", "Pillar Two rules", "Tier 2 countries": a number right after a
    /// capitalized word inside a sentence is part of a name, not a count. Not after a month ("August 2010,
    /// 140 ATMs" has a comma between), a possessive ("IIJ's 12 directors"), or a sentence's first word.
    /// </summary>
    public static bool FollowsName(TokenList t, int i)
    {
        int p = i - 1;
        if (!t.StartsUpper(p) || t.Joined(i) || t.IsMonth(p))
        {
            return false;
        }

        if (p == 0 || t.IsSymbol(p - 1, '.') || t.IsSymbol(p - 1, '!') || t.IsSymbol(p - 1, '?') || t.IsSymbol(p - 1, ':')
            || t.IsSymbol(p - 1, '(') || t.IsSymbol(p - 1, '"') || t.IsSymbol(p - 1, '\u201C') || t.IsSymbol(p - 1, '\u2022'))
        {
            return false;
        }

        var word = t.Value(p)!;
        return !WordShapes.IsPossessive(word) && !t.Has(p, WordRole.SubjectPronoun);
    }
}
