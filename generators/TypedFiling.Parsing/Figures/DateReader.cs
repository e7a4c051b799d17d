namespace TypedFiling.Parsing.Figures;

/// <summary>Dates ("September 17, 2010", "17 September 2010", "August 2011", "in 2007") and fiscal periods
/// ("fiscal year ended March 31, 2010", "the six months ended September 30, 2010", "fiscal 2009", "FY2010").</summary>
internal sealed partial class ScanContext
{
    private static readonly int[] DaysInMonth = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    /// <summary>Reads a date with a month at token k. Day precision needs a year ("March 31" alone is not read).</summary>
    private bool ReadDate(int k, out FigureDate date, out int last)
    {
        date = new FigureDate(0, null, null);
        last = k;
        int m = WordLists.Month(T, k, out bool abbreviated);
        if (m > 0)
        {
            int a = k + 1;
            if (abbreviated && T.IsSymbol(a, '.') && T.Joined(a)) a++;
            if (T.IsSmallInt(a, 31, out int d) && !T.IsYearLike(a, out _))
            {
                int b = a + 1;
                if (IsOrdinalSuffix(b)) b++;
                if (T.IsSymbol(b, ',')) b++;
                if (d <= DaysInMonth[m - 1] && T.IsYearLike(b, out int y) && !GluedAfter(b))
                {
                    date = new FigureDate(y, m, d);
                    last = b;
                    return true;
                }

                return false;
            }

            int c = a;
            if (T.IsSymbol(c, ',')) c++;
            if (T.IsYearLike(c, out int year) && !GluedAfter(c))
            {
                date = new FigureDate(year, m, null);
                last = c;
                return true;
            }

            return false;
        }

        if (T.IsSmallInt(k, 31, out int day) && !T.Joined(k))
        {
            int b = k + 1;
            if (IsOrdinalSuffix(b)) b++;
            if (T.Is(b, "of")) b++;
            int m2 = WordLists.Month(T, b, out bool abbr2);
            if (m2 == 0 || day > DaysInMonth[m2 - 1]) return false;
            int c = b + 1;
            if (abbr2 && T.IsSymbol(c, '.') && T.Joined(c)) c++;
            if (T.IsSymbol(c, ',')) c++;
            if (T.IsYearLike(c, out int y2) && !GluedAfter(c))
            {
                date = new FigureDate(y2, m2, day);
                last = c;
                return true;
            }
        }

        return false;
    }

    private bool IsOrdinalSuffix(int i) =>
        T.Joined(i) && (T.Is(i, "st") || T.Is(i, "nd") || T.Is(i, "rd") || T.Is(i, "th"));

    /// <summary>A year glued to what follows ("2010-11", "2010s") is not a plain year.</summary>
    private bool GluedAfter(int i) =>
        T.Joined(i + 1) && (T.IsWord(i + 1) || ((T.IsSymbol(i + 1, '-') || T.IsSymbol(i + 1, '/')) && T.Joined(i + 2) && T.IsNumber(i + 2)));

    private Draft? TryDate(int i)
    {
        if (!ReadDate(i, out var date, out int last)) return null;
        return new Draft { Kind = FigureKind.Date, FirstTok = i, CoreTok = i, LastTok = last, Date = date };
    }

    private Draft Period(int first, int last, PeriodKind kind, int? months, FigureDate end) =>
        new Draft { Kind = FigureKind.FiscalPeriod, FirstTok = first, CoreTok = first, LastTok = last, Period = kind, PeriodMonths = months, Date = end };

    /// <summary>"ended"/"ending" (optionally "on") then a date of month or day precision.</summary>
    private bool ReadEndedDate(int k, out FigureDate date, out int last)
    {
        date = new FigureDate(0, null, null);
        last = k;
        if (!(T.Is(k, "ended") || T.Is(k, "ending") || T.Is(k, "end"))) return false;
        k++;
        if (T.Is(k, "on")) k++;
        return ReadDate(k, out date, out last);
    }

    private Draft? TryPeriod(int i)
    {
        if (!T.IsWord(i)) return null;
        var w = T.Value(i)!;

        // FY2010, FY10, FY 2010
        if (w.Length >= 2 && w[0] == 'F' && w[1] == 'Y')
        {
            if (w.Length == 2 && T.IsYearLike(i + 1, out int fy) && !GluedAfter(i + 1))
            {
                return Period(i, i + 1, PeriodKind.FiscalYear, 12, new FigureDate(fy, null, null));
            }

            if ((w.Length == 6 || w.Length == 4) && AllDigits(w, 2))
            {
                int y = 0;
                for (int k = 2; k < w.Length; k++) y = (y * 10) + (w[k] - '0');
                if (w.Length == 4) y += 2000;
                if (y >= 1900 && y <= 2099) return Period(i, i, PeriodKind.FiscalYear, 12, new FigureDate(y, null, null));
            }

            return null;
        }

        int j = i;
        bool fiscal = false, calendar = false;
        if (T.Is(j, "fiscal"))
        {
            fiscal = true;
            j++;
        }
        else if (T.Is(j, "calendar"))
        {
            calendar = true;
            j++;
        }

        var yearKind = calendar ? PeriodKind.CalendarYear : PeriodKind.FiscalYear;
        if ((fiscal || calendar) && T.IsYearLike(j, out int year) && !GluedAfter(j))
        {
            return Period(i, j, yearKind, 12, new FigureDate(year, null, null));
        }

        if (T.Is(j, "year") || T.Is(j, "years"))
        {
            if ((fiscal || calendar) && T.IsYearLike(j + 1, out int y2) && !GluedAfter(j + 1))
            {
                return Period(i, j + 1, yearKind, 12, new FigureDate(y2, null, null));
            }

            if (ReadEndedDate(j + 1, out var end, out int last))
            {
                var p = Period(i, last, yearKind, 12, end);
                p.PluralPeriod = T.Is(j, "years");
                return p;
            }

            return null;
        }

        if (T.Is(j, "quarter") && ReadEndedDate(j + 1, out var qEnd, out int qLast))
        {
            return Period(i, qLast, PeriodKind.Quarter, 3, qEnd);
        }

        if (fiscal || calendar) return null;

        // "first quarter of fiscal 2010", "fourth quarter of 2009"
        if ((T.Is(i, "first") || T.Is(i, "second") || T.Is(i, "third") || T.Is(i, "fourth")) && T.Is(i + 1, "quarter") && T.Is(i + 2, "of"))
        {
            int k = i + 3;
            if (T.Is(k, "fiscal") || T.Is(k, "calendar")) k++;
            if (T.Is(k, "year")) k++;
            if (T.IsYearLike(k, out int qy) && !GluedAfter(k))
            {
                return Period(i, k, PeriodKind.Quarter, 3, new FigureDate(qy, null, null));
            }

            return null;
        }

        // "period ended/ending DATE"
        if (T.Is(i, "period") && ReadEndedDate(i + 1, out var pEnd, out int pLast))
        {
            return Period(i, pLast, PeriodKind.Period, null, pEnd);
        }

        // "six months ended", "3 months ended", "twelve-month period ended"
        int months;
        int mEnd;
        if (T.IsSmallInt(i, 60, out int digits) && !T.Joined(i))
        {
            months = digits;
            mEnd = i;
        }
        else if (NumberWords.TryRead(T, i, out int wordValue, out int wEnd))
        {
            months = wordValue;
            mEnd = wEnd;
        }
        else
        {
            return null;
        }

        int n = mEnd + 1;
        if (T.IsSymbol(n, '-') && T.Joined(n) && T.Joined(n + 1) && T.Is(n + 1, "month") && T.Is(n + 2, "period"))
        {
            if (ReadEndedDate(n + 3, out var e3, out int l3)) return Period(i, l3, PeriodKind.Months, months, e3);
            return null;
        }

        if (T.Is(n, "months") || T.Is(n, "month"))
        {
            if (ReadEndedDate(n + 1, out var e2, out int l2))
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
    private Draft? TryFollowingPeriodYear(Draft first)
    {
        if (!first.PluralPeriod || first.Date is null || !first.Date.Month.HasValue) return null;
        int k = first.LastTok + 1;
        if (T.IsSymbol(k, ',')) k++;
        if (T.Is(k, "and")) k++;
        if (k == first.LastTok + 1 || !T.IsYearLike(k, out int year) || GluedAfter(k)) return null;
        var d = Period(k, k, first.Period ?? PeriodKind.FiscalYear, first.PeriodMonths, new FigureDate(year, first.Date.Month, first.Date.Day));
        d.PluralPeriod = true;
        return d;
    }

    private static bool AllDigits(string s, int from)
    {
        for (int k = from; k < s.Length; k++)
        {
            if (s[k] < '0' || s[k] > '9') return false;
        }

        return s.Length > from;
    }

    /// <summary>A bare year after a preposition: "in 2007", "since 2000", "from 2009 to 2010".</summary>
    private Draft? TryYear(int i)
    {
        if (!T.IsYearLike(i, out int year)) return null;
        if (T.Joined(i) || GluedAfter(i)) return null;
        if (T.Joined(i + 1) && T.IsSymbol(i + 1, '-')) return null;
        if (!T.IsWord(i - 1) || !WordLists.YearPrepositions.Contains(T.Value(i - 1)!)) return null;
        if ((T.Is(i - 1, "and") || T.Is(i - 1, "to") || T.Is(i - 1, "than")) && !T.IsYearLike(i - 2, out _)) return null;

        // "in 2000 employees": a lower-case noun after the number makes it a count, not a year
        if (T.IsWord(i + 1) && T.StartsLower(i + 1) && !WordLists.Stop.Contains(T.Value(i + 1)!)) return null;
        return new Draft { Kind = FigureKind.Date, FirstTok = i, CoreTok = i, LastTok = i, Date = new FigureDate(year, null, null) };
    }
}
