namespace TypedFiling.Parsing.Figures;

/// <summary>Fiscal periods: "fiscal year ended March 31, 2010", "the six months ended September 30, 2010", "fiscal 2009", "FY2010", "the fourth quarter of fiscal 2010".</summary>
internal static class PeriodReader
{
    private static Draft Period(int first, int last, PeriodKind kind, int? months, FigureDate end) =>
        new Draft { Kind = FigureKind.FiscalPeriod, FirstTok = first, CoreTok = first, LastTok = last, Period = kind, PeriodMonths = months, Date = end };

    /// <summary>"ended"/"ending" (optionally "on") then a date of month or day precision.</summary>
    private static bool ReadEndedDate(ScanState s, int k, out FigureDate date, out int last)
    {
        var t = s.T;
        date = new FigureDate(0, null, null);
        last = k;
        if (!(t.Is(k, "ended") || t.Is(k, "ending") || t.Is(k, "end")))
        {
            return false;
        }

        k++;
        if (t.Is(k, "on"))
        {
            k++;
        }

        return DateReader.ReadDate(s, k, out date, out last);
    }

    public static Draft? TryRead(ScanState s, int i)
    {
        var t = s.T;
        if (!t.IsWord(i))
        {
            return null;
        }

        var w = t.Value(i)!;
        if (w.Length >= 2 && w[0] == 'F' && w[1] == 'Y')
        {
            return TryFiscalYearAbbreviation(s, i, w);
        }

        if (t.Is(i, "fiscal") || t.Is(i, "calendar"))
        {
            return TryQualifiedPeriod(s, i);
        }

        if (t.Is(i, "year") || t.Is(i, "years"))
        {
            return TryYearEnded(s, i, i, qualified: false, PeriodKind.FiscalYear);
        }

        if (t.Is(i, "quarter") && TryQuarterEnded(s, i, i) is { } quarter)
        {
            return quarter;
        }

        // "first quarter of fiscal 2010", "fourth quarter of 2009"
        if ((t.Is(i, "first") || t.Is(i, "second") || t.Is(i, "third") || t.Is(i, "fourth")) && t.Is(i + 1, "quarter") && t.Is(i + 2, "of"))
        {
            return TryQuarterOfYear(s, i);
        }

        // "period ended/ending DATE"
        if (t.Is(i, "period") && ReadEndedDate(s, i + 1, out var pEnd, out int pLast))
        {
            return Period(i, pLast, PeriodKind.Period, null, pEnd);
        }

        return TryMonthsEnded(s, i);
    }

    /// <summary>"FY2010", "FY10", "FY 2010"; null for any other word starting "FY".</summary>
    private static Draft? TryFiscalYearAbbreviation(ScanState s, int i, string w)
    {
        var t = s.T;
        if (w.Length == 2 && t.IsYearLike(i + 1, out int fy) && !DateReader.GluedAfter(s, i + 1))
        {
            return Period(i, i + 1, PeriodKind.FiscalYear, 12, new FigureDate(fy, null, null));
        }

        if ((w.Length == 6 || w.Length == 4) && AllDigits(w, 2))
        {
            int y = 0;
            for (int k = 2; k < w.Length; k++)
            {
                y = (y * 10) + (w[k] - '0');
            }

            if (w.Length == 4)
            {
                y += 2000;
            }

            if (y >= 1900 && y <= 2099)
            {
                return Period(i, i, PeriodKind.FiscalYear, 12, new FigureDate(y, null, null));
            }
        }

        return null;
    }

    /// <summary>After "fiscal" or "calendar" at i: "fiscal 2009", "fiscal year 2010", "fiscal years ended ...",
    /// "fiscal quarter ended ..."; null for anything else.</summary>
    private static Draft? TryQualifiedPeriod(ScanState s, int i)
    {
        var t = s.T;
        int j = i + 1;
        var yearKind = t.Is(i, "calendar") ? PeriodKind.CalendarYear : PeriodKind.FiscalYear;
        if (t.IsYearLike(j, out int year) && !DateReader.GluedAfter(s, j))
        {
            return Period(i, j, yearKind, 12, new FigureDate(year, null, null));
        }

        if (t.Is(j, "year") || t.Is(j, "years"))
        {
            return TryYearEnded(s, i, j, qualified: true, yearKind);
        }

        return t.Is(j, "quarter") ? TryQuarterEnded(s, i, j) : null;
    }

    /// <summary>"year(s)" at j (after "fiscal" or "calendar" when <paramref name="qualified"/>): "fiscal year 2010",
    /// "year ended March 31, 2010", "fiscal years ended ..." (plural: more years may follow the date).</summary>
    private static Draft? TryYearEnded(ScanState s, int i, int j, bool qualified, PeriodKind yearKind)
    {
        var t = s.T;
        if (qualified && t.IsYearLike(j + 1, out int year) && !DateReader.GluedAfter(s, j + 1))
        {
            return Period(i, j + 1, yearKind, 12, new FigureDate(year, null, null));
        }

        if (ReadEndedDate(s, j + 1, out var end, out int last))
        {
            var p = Period(i, last, yearKind, 12, end);
            p.PluralPeriod = t.Is(j, "years");
            return p;
        }

        return null;
    }

    /// <summary>"quarter ended June 30, 2010" with "quarter" at j.</summary>
    private static Draft? TryQuarterEnded(ScanState s, int i, int j) =>
        ReadEndedDate(s, j + 1, out var end, out int last) ? Period(i, last, PeriodKind.Quarter, 3, end) : null;

    /// <summary>"first quarter of fiscal 2010", "fourth quarter of 2009": i is the ordinal, "quarter of" follows it.</summary>
    private static Draft? TryQuarterOfYear(ScanState s, int i)
    {
        var t = s.T;
        int k = i + 3;
        if (t.Is(k, "fiscal") || t.Is(k, "calendar"))
        {
            k++;
        }

        if (t.Is(k, "year"))
        {
            k++;
        }

        if (t.IsYearLike(k, out int year) && !DateReader.GluedAfter(s, k))
        {
            return Period(i, k, PeriodKind.Quarter, 3, new FigureDate(year, null, null));
        }

        return null;
    }

    /// <summary>"six months ended", "3 months ended", "twelve-month period ended" with the count at i.</summary>
    private static Draft? TryMonthsEnded(ScanState s, int i)
    {
        var t = s.T;
        if (!ReadMonthCount(t, i, out int months, out int countEnd))
        {
            return null;
        }

        int n = countEnd + 1;
        if (t.IsSymbol(n, '-') && t.Joined(n) && t.Joined(n + 1) && t.Is(n + 1, "month") && t.Is(n + 2, "period"))
        {
            if (ReadEndedDate(s, n + 3, out var periodEnd, out int periodLast))
            {
                return Period(i, periodLast, PeriodKind.Months, months, periodEnd);
            }

            return null;
        }

        if (t.Is(n, "months") || t.Is(n, "month"))
        {
            if (ReadEndedDate(s, n + 1, out var end, out int last))
            {
                var p = Period(i, last, PeriodKind.Months, months, end);
                p.PluralPeriod = true;
                return p;
            }
        }

        return null;
    }

    /// <summary>A count of months at i, in digits (up to 60, standing alone) or in words ("six", "twelve").</summary>
    private static bool ReadMonthCount(TokenList t, int i, out int months, out int end)
    {
        if (t.IsSmallInt(i, 60, out months) && !t.Joined(i))
        {
            end = i;
            return true;
        }

        return NumberReader.TryCount(t, i, out months, out end);
    }

    /// <summary>"fiscal years ended March 31, 2009 and 2010": the years after the first period are periods too,
    /// with the same month and day. Returns null when no such year follows <paramref name="first"/>.</summary>
    public static Draft? TryFollowingPeriodYear(ScanState s, Draft first)
    {
        var t = s.T;
        if (!first.PluralPeriod || first.Date is null || !first.Date.Month.HasValue)
        {
            return null;
        }

        int k = first.LastTok + 1;
        if (t.IsSymbol(k, ','))
        {
            k++;
        }

        if (t.Is(k, "and"))
        {
            k++;
        }

        if (k == first.LastTok + 1 || !t.IsYearLike(k, out int year) || DateReader.GluedAfter(s, k))
        {
            return null;
        }

        var d = Period(k, k, first.Period ?? PeriodKind.FiscalYear, first.PeriodMonths, new FigureDate(year, first.Date.Month, first.Date.Day));
        d.PluralPeriod = true;
        return d;
    }

    private static bool AllDigits(string s, int from)
    {
        for (int k = from; k < s.Length; k++)
        {
            if (s[k] < '0' || s[k] > '9')
            {
                return false;
            }
        }

        return s.Length > from;
    }
}
