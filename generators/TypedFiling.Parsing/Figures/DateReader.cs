namespace TypedFiling.Parsing.Figures;

/// <summary>Dates: "September 17, 2010", "17 September 2010", "August 2011".</summary>
internal static class DateReader
{
    private static readonly int[] DaysInMonth = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    /// <summary>Reads a date with a month at token k. Day precision needs a year ("March 31" alone is not read).</summary>
    public static bool ReadDate(ScanState s, int k, out FigureDate date, out int last)
    {
        var t = s.T;
        date = new FigureDate(0, null, null);
        last = k;
        int m = t.Month(k, out bool abbreviated);
        if (m > 0)
        {
            int a = k + 1;
            if (abbreviated && t.IsSymbol(a, '.') && t.Joined(a))
            {
                a++;
            }

            if (t.IsSmallInt(a, 31, out int d) && !t.IsYearLike(a, out _))
            {
                int b = a + 1;
                if (IsOrdinalSuffix(s, b))
                {
                    b++;
                }

                if (t.IsSymbol(b, ','))
                {
                    b++;
                }

                if (d <= DaysInMonth[m - 1] && t.IsYearLike(b, out int y) && !GluedAfter(s, b))
                {
                    date = new FigureDate(y, m, d);
                    last = b;
                    return true;
                }

                return false;
            }

            int c = a;
            if (t.IsSymbol(c, ','))
            {
                c++;
            }

            if (t.IsYearLike(c, out int year) && !GluedAfter(s, c))
            {
                date = new FigureDate(year, m, null);
                last = c;
                return true;
            }

            return false;
        }

        if (t.IsSmallInt(k, 31, out int day) && !t.Joined(k))
        {
            int b = k + 1;
            if (IsOrdinalSuffix(s, b))
            {
                b++;
            }

            if (t.Is(b, "of"))
            {
                b++;
            }

            int m2 = t.Month(b, out bool abbr2);
            if (m2 == 0 || day > DaysInMonth[m2 - 1])
            {
                return false;
            }

            int c = b + 1;
            if (abbr2 && t.IsSymbol(c, '.') && t.Joined(c))
            {
                c++;
            }

            if (t.IsSymbol(c, ','))
            {
                c++;
            }

            if (t.IsYearLike(c, out int y2) && !GluedAfter(s, c))
            {
                date = new FigureDate(y2, m2, day);
                last = c;
                return true;
            }
        }

        return false;
    }

    public static bool IsOrdinalSuffix(ScanState s, int i) =>
        s.T.Joined(i) && (s.T.Is(i, "st") || s.T.Is(i, "nd") || s.T.Is(i, "rd") || s.T.Is(i, "th"));

    /// <summary>A year glued to what follows ("2010-11", "2010s") is not a plain year.</summary>
    public static bool GluedAfter(ScanState s, int i)
    {
        var t = s.T;
        return t.Joined(i + 1) && (t.IsWord(i + 1) || ((t.IsSymbol(i + 1, '-') || t.IsSymbol(i + 1, '/')) && t.Joined(i + 2) && t.IsNumber(i + 2)));
    }

    public static Draft? TryRead(ScanState s, int i)
    {
        if (!ReadDate(s, i, out var date, out int last))
        {
            return null;
        }

        return new Draft { Kind = FigureKind.Date, FirstTok = i, CoreTok = i, LastTok = last, Date = date };
    }
}
