namespace TypedFiling.Parsing.Figures;

/// <summary>Dates: "September 17, 2010", "17 September 2010", "August 2011".</summary>
internal static class DateReader
{
    private static readonly int[] DaysInMonth = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    /// <summary>Reads a date with a month at token k. Day precision needs a year ("March 31" alone is not read).</summary>
    public static bool ReadDate(ScanState s, int k, out FigureDate date, out int last)
    {
        // what the out values hold when no date is read; the readers below set them only for a date
        date = new FigureDate(0, null, null);
        last = k;
        int m = s.T.Month(k, out bool abbreviated);
        if (m > 0)
        {
            return ReadMonthFirst(s, k, m, abbreviated, ref date, ref last);
        }

        return ReadDayFirst(s, k, ref date, ref last);
    }

    /// <summary>"September 17, 2010", "Sept. 17th 2010", "August 2011", "August, 2011": month m at k.</summary>
    private static bool ReadMonthFirst(ScanState s, int k, int m, bool abbreviated, ref FigureDate date, ref int last)
    {
        var t = s.T;
        int a = k + 1;
        if (abbreviated && t.IsSymbol(a, '.') && t.Joined(a))
        {
            a++;
        }

        if (t.IsSmallInt(a, 31, out int d) && !t.IsYearLike(a, out _))
        {
            return ReadDayAndYear(s, a, m, d, ref date, ref last);
        }

        if (ReadYear(s, a, out int year, out int yearTok))
        {
            date = new FigureDate(year, m, null);
            last = yearTok;
            return true;
        }

        return false;
    }

    /// <summary>After the month m: day d at a, then the year ("17, 2010", "17th 2010").</summary>
    private static bool ReadDayAndYear(ScanState s, int a, int m, int d, ref FigureDate date, ref int last)
    {
        int b = a + 1;
        if (IsOrdinalSuffix(s, b))
        {
            b++;
        }

        if (d <= DaysInMonth[m - 1] && ReadYear(s, b, out int year, out int yearTok))
        {
            date = new FigureDate(year, m, d);
            last = yearTok;
            return true;
        }

        return false;
    }

    /// <summary>"17 September 2010", "17th of Sept. 2010", "31 March, 2010": the day at k.</summary>
    private static bool ReadDayFirst(ScanState s, int k, ref FigureDate date, ref int last)
    {
        var t = s.T;
        if (!t.IsSmallInt(k, 31, out int day) || t.Joined(k))
        {
            return false;
        }

        int b = k + 1;
        if (IsOrdinalSuffix(s, b))
        {
            b++;
        }

        if (t.Is(b, "of"))
        {
            b++;
        }

        int m = t.Month(b, out bool abbreviated);
        if (m == 0 || day > DaysInMonth[m - 1])
        {
            return false;
        }

        int c = b + 1;
        if (abbreviated && t.IsSymbol(c, '.') && t.Joined(c))
        {
            c++;
        }

        if (ReadYear(s, c, out int year, out int yearTok))
        {
            date = new FigureDate(year, m, day);
            last = yearTok;
            return true;
        }

        return false;
    }

    /// <summary>The year at k, or after a comma at k ("March 31, 2010"), not glued to what follows it.</summary>
    private static bool ReadYear(ScanState s, int k, out int year, out int yearTok)
    {
        yearTok = s.T.IsSymbol(k, ',') ? k + 1 : k;
        return s.T.IsYearLike(yearTok, out year) && !GluedAfter(s, yearTok);
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
