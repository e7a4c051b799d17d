using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Facts;

/// <summary>
/// What the cover page's dei: facts say the filing is: the registrant, the form, the end of the period it reports
/// on, the fiscal year the filer calls it, and the month and day its fiscal years end. Tagged by the filer, they are
/// authoritative over what the prose seems to say.
/// </summary>
internal sealed record CoverFacts(string? Company, string? Form, FigureDate? PeriodEnd, int? FiscalYearFocus = null, (int Month, int Day)? FiscalYearEndDay = null)
{
    public static CoverFacts Find(IReadOnlyList<FactModel> facts)
    {
        string? company = null, form = null;
        FigureDate? periodEnd = null;
        int? focus = null;
        (int, int)? yearEnd = null;
        foreach (var fact in facts)
        {
            // The filing's own facts, not a class of stock's or an exchange's (those carry dimensions).
            if (fact.Dimensions.Count > 0 || fact.IsNil || fact.Text.Length == 0)
            {
                continue;
            }

            switch (fact.Concept)
            {
                case "dei:EntityRegistrantName":
                    company ??= fact.Text;
                    break;
                case "dei:DocumentType":
                    form ??= fact.Text;
                    break;
                case "dei:DocumentPeriodEndDate":
                    periodEnd ??= fact.Date ?? XbrlHeaderReader.IsoDate(fact.Text);
                    break;
                case "dei:DocumentFiscalYearFocus":
                    focus ??= int.TryParse(fact.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1 and < 9999 ? year : null;
                    break;
                case "dei:CurrentFiscalYearEndDate":
                    yearEnd ??= MonthDay(fact.Text);
                    break;
            }
        }

        return new CoverFacts(company, form, periodEnd, focus, yearEnd);
    }

    /// <summary>Whether the form reports on a quarter (10-Q, 10-Q/A) rather than a fiscal year.</summary>
    public bool IsQuarterly => Form is not null && Form.StartsWith("10-Q", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>"--01-28" (xbrli:gMonthDay) as its month and day.</summary>
    private static (int, int)? MonthDay(string text) =>
        text.Length == 7 && text[0] == '-' && text[1] == '-' && text[4] == '-' &&
        int.TryParse(text.Substring(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12 &&
        int.TryParse(text.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= System.DateTime.DaysInMonth(2000, month)
            ? (month, day)
            : null;
}
