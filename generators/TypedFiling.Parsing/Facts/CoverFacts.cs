using System.Collections.Generic;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Facts;

/// <summary>
/// What the cover page's dei: facts say the filing is: the registrant, the form and the end of the period it
/// reports on. Tagged by the filer, they are authoritative over what the prose seems to say.
/// </summary>
internal sealed record CoverFacts(string? Company, string? Form, FigureDate? PeriodEnd)
{
    public static CoverFacts Find(IReadOnlyList<FactModel> facts)
    {
        string? company = null, form = null;
        FigureDate? periodEnd = null;
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
            }
        }

        return new CoverFacts(company, form, periodEnd);
    }
}
