using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>A bare year after a preposition: "in 2007", "since 2000", "from 2009 to 2010".</summary>
internal static class YearReader
{
    /// <summary>A bare year after a preposition: "in 2007", "since 2000", "from 2009 to 2010".</summary>
    public static Draft? TryRead(ScanState s, int i)
    {
        var t = s.T;
        if (!t.IsYearLike(i, out int year))
        {
            return null;
        }

        if (t.Joined(i) || DateReader.GluedAfter(s, i))
        {
            return null;
        }

        if (t.Joined(i + 1) && t.IsSymbol(i + 1, '-'))
        {
            return null;
        }

        if (!t.IsWord(i - 1) || !WordTable.Is(t.Value(i - 1)!, WordRole.YearPreposition))
        {
            return null;
        }

        if ((t.Is(i - 1, "and") || t.Is(i - 1, "to") || t.Is(i - 1, "than")) && !t.IsYearLike(i - 2, out _))
        {
            return null;
        }

        // "in 2000 employees": a lower-case noun after the number makes it a count, not a year
        if (t.IsWord(i + 1) && t.StartsLower(i + 1) && !WordTable.Is(t.Value(i + 1)!, WordRole.Function))
        {
            return null;
        }

        return new Draft { Kind = FigureKind.Date, FirstTok = i, CoreTok = i, LastTok = i, Date = new FigureDate(year, null, null) };
    }
}
