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

        // FY2010, FY10, FY 2010
        if (w.Length >= 2 && w[0] == 'F' && w[1] == 'Y')
        {
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

        int j = i;
        bool fiscal = false, calendar = false;
        if (t.Is(j, "fiscal"))
        {
            fiscal = true;
            j++;
        }
        else if (t.Is(j, "calendar"))
        {
            calendar = true;
            j++;
        }

        var yearKind = calendar ? PeriodKind.CalendarYear : PeriodKind.FiscalYear;
        if ((fiscal || calendar) && t.IsYearLike(j, out int year) && !DateReader.GluedAfter(s, j))
        {
            return Period(i, j, yearKind, 12, new FigureDate(year, null, null));
        }

        if (t.Is(j, "year") || t.Is(j, "years"))
        {
            if ((fiscal || calendar) && t.IsYearLike(j + 1, out int y2) && !DateReader.GluedAfter(s, j + 1))
            {
                return Period(i, j + 1, yearKind, 12, new FigureDate(y2, null, null));
            }

            if (ReadEndedDate(s, j + 1, out var end, out int last))
            {
                var p = Period(i, last, yearKind, 12, end);
                p.PluralPeriod = t.Is(j, "years");
                return p;
            }

            return null;
        }

        if (t.Is(j, "quarter") && ReadEndedDate(s, j + 1, out var qEnd, out int qLast))
        {
            return Period(i, qLast, PeriodKind.Quarter, 3, qEnd);
        }

        if (fiscal || calendar)
        {
            return null;
        }

        // "first quarter of fiscal 2010", "fourth quarter of 2009"
        if ((t.Is(i, "first") || t.Is(i, "second") || t.Is(i, "third") || t.Is(i, "fourth")) && t.Is(i + 1, "quarter") && t.Is(i + 2, "of"))
        {
            int k = i + 3;
            if (t.Is(k, "fiscal") || t.Is(k, "calendar"))
            {
                k++;
            }

            if (t.Is(k, "year"))
            {
                k++;
            }

            if (t.IsYearLike(k, out int qy) && !DateReader.GluedAfter(s, k))
            {
                return Period(i, k, PeriodKind.Quarter, 3, new FigureDate(qy, null, null));
            }

            return null;
        }

        // "period ended/ending DATE"
        if (t.Is(i, "period") && ReadEndedDate(s, i + 1, out var pEnd, out int pLast))
        {
            return Period(i, pLast, PeriodKind.Period, null, pEnd);
        }

        // "six months ended", "3 months ended", "twelve-month period ended"
        int months;
        int mEnd;
        if (t.IsSmallInt(i, 60, out int digits) && !t.Joined(i))
        {
            months = digits;
            mEnd = i;
        }
        else if (NumberReader.TryCount(t, i, out int wordValue, out int wEnd))
        {
            months = wordValue;
            mEnd = wEnd;
        }
        else
        {
            return null;
        }

        int n = mEnd + 1;
        if (t.IsSymbol(n, '-') && t.Joined(n) && t.Joined(n + 1) && t.Is(n + 1, "month") && t.Is(n + 2, "period"))
        {
            if (ReadEndedDate(s, n + 3, out var e3, out int l3))
            {
                return Period(i, l3, PeriodKind.Months, months, e3);
            }

            return null;
        }

        if (t.Is(n, "months") || t.Is(n, "month"))
        {
            if (ReadEndedDate(s, n + 1, out var e2, out int l2))
            {
                var p = Period(i, l2, PeriodKind.Months, months, e2);
                p.PluralPeriod = true;
                return p;
            }
        }

        return null;
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
