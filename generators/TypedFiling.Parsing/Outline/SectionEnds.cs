using System;
using System.Text;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// What shows that risk factors were read past the end of their section: a heading or category that is the caption
/// of another part of an SEC filing ("LEGAL PROCEEDINGS", "Issuer Purchases of Equity Securities", "USE OF
/// PROCEEDS"), or an item's heading among the bodies ("Item 2. Unregistered Sales of Equity Securities ..."), which no
/// list of risk factors holds. Captions are compared by their letters and digits in capitals, whole or as the start of
/// the heading where a caption runs on ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF ...").
/// </summary>
internal static class SectionEnds
{
    /// <summary>An item's heading is short: "Item 2. Unregistered Sales of Equity Securities, Use of Proceeds, and Issuer Purchases of Equity Securities".</summary>
    private const int MaxItemHeadingWords = 25;

    /// <summary>Headings are sentences over this many risk factors before a change of shape is read as the section's end.</summary>
    private const int MinSentenceTitles = 5;

    /// <summary>At least this many headings that are not sentences follow the change.</summary>
    private const int MinOtherHeadings = 3;

    /// <summary>"Nearly all" is 9 in 10, "nearly none" 1 in 10.</summary>
    private const int MostlyNumerator = 9;

    private const int MostlyDenominator = 10;

    /// <summary>The captions of the parts of 10-Ks, 10-Qs and prospectuses that are not risk factors, whole.</summary>
    private static readonly string[] Captions =
    {
        "UNRESOLVED STAFF COMMENTS", "CYBERSECURITY", "PROPERTIES", "LEGAL PROCEEDINGS", "MINE SAFETY DISCLOSURES", "SELECTED FINANCIAL DATA",
        "CONTROLS AND PROCEDURES", "EXECUTIVE COMPENSATION", "PRINCIPAL ACCOUNTANT FEES AND SERVICES", "FORM 10K SUMMARY",
        "ISSUER PURCHASES OF EQUITY SECURITIES", "DEFAULTS UPON SENIOR SECURITIES", "USE OF PROCEEDS", "CAPITALIZATION", "DILUTION",
        "DIVIDEND POLICY", "UNDERWRITING", "PLAN OF DISTRIBUTION", "LEGAL MATTERS", "EXPERTS", "WHERE YOU CAN FIND MORE INFORMATION",
        "PRINCIPAL STOCKHOLDERS", "PRINCIPAL SHAREHOLDERS", "SHARES ELIGIBLE FOR FUTURE SALE", "MARKET AND INDUSTRY DATA",
    };

    /// <summary>Captions that run on in some filings: a heading that starts with one is that part.</summary>
    private static readonly string[] CaptionOpenings =
    {
        "MARKET FOR REGISTRANT", "MARKET FOR THE REGISTRANT", "MANAGEMENTS DISCUSSION AND ANALYSIS", "QUANTITATIVE AND QUALITATIVE DISCLOSURES",
        "FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", "CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS", "DIRECTORS EXECUTIVE OFFICERS AND CORPORATE GOVERNANCE",
        "SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS", "CERTAIN RELATIONSHIPS AND RELATED TRANSACTIONS", "EXHIBITS AND FINANCIAL STATEMENT SCHEDULES",
        "UNREGISTERED SALES OF EQUITY SECURITIES", "DESCRIPTION OF CAPITAL STOCK", "DESCRIPTION OF COMMON STOCK", "DESCRIPTION OF THE NOTES",
        "INCORPORATION OF CERTAIN INFORMATION BY REFERENCE", "INCORPORATION BY REFERENCE", "MATERIAL US FEDERAL INCOME TAX", "CERTAIN US FEDERAL INCOME TAX",
    };

    /// <summary>
    /// The first risk factor read past the section's end and what shows it: its heading or category is another part's
    /// caption, an item's heading stands in the body before it, or the headings stop being sentences there. Null when
    /// none is.
    /// </summary>
    public static (int Index, string Finding)? Find(FilingOutline outline)
    {
        var riskFactors = outline.RiskFactors;
        var sentencesEnd = SentencesEnd(riskFactors);
        for (var i = 0; i < riskFactors.Count; i++)
        {
            var riskFactor = riskFactors[i];
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (IsCaption(riskFactor.Heading.Text) || (riskFactor.Category is { } category && IsCaption(category)))
            {
                var caption = IsCaption(riskFactor.Heading.Text) ? riskFactor.Heading.Text : riskFactor.Category!;
                return (i, "risk factor " + number + " stands under \"" + caption + "\", another part of the document: the risk factors seem to be read past the end of their section");
            }

            if (i == sentencesEnd)
            {
                return (i, "the headings are sentences before risk factor " + number + " and mostly not from it on: the risk factors seem to be read past the end of their section");
            }

            if (i + 1 < riskFactors.Count && ItemHeading(riskFactor) is { } item)
            {
                return (i + 1, "\"" + item + "\" stands in the body of risk factor " + number + ": the risk factors after it seem to be read past the end of their section");
            }
        }

        return null;
    }

    /// <summary>
    /// Where headings that were sentences (a final period) stop being so: the first risk factor after at least
    /// <see cref="MinSentenceTitles"/> headings, nearly all of them sentences, from which on at least
    /// <see cref="MinOtherHeadings"/> headings, nearly none of them sentences, follow (Intel's "Customers", "Sales
    /// Arrangements", ... of Item 1 after its risk factors). -1 when there is no such place.
    /// </summary>
    private static int SentencesEnd(System.Collections.Generic.IReadOnlyList<RiskFactorOutline> riskFactors)
    {
        var sentences = new int[riskFactors.Count + 1];
        for (var i = 0; i < riskFactors.Count; i++)
        {
            var title = riskFactors[i].Heading.Text;
            sentences[i + 1] = sentences[i] + (HeadingShapes.EndsSentence(title) && !HeadingShapes.EndsWithAbbreviation(title) ? 1 : 0);
        }

        var total = riskFactors.Count;
        for (var k = MinSentenceTitles; k + MinOtherHeadings <= total; k++)
        {
            var before = sentences[k];
            var after = sentences[total] - before;
            if (before * MostlyDenominator >= k * MostlyNumerator && after * MostlyDenominator <= (total - k) * (MostlyDenominator - MostlyNumerator) &&
                !HeadingShapes.EndsSentence(riskFactors[k].Heading.Text))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> is the caption of a part of a filing other than its risk factors.</summary>
    public static bool IsCaption(string text)
    {
        // Captions are short: the longest runs to about 15 words.
        if (HeadingShapes.CountWords(text, HeadingShapes.MaxCategoryWords) > HeadingShapes.MaxCategoryWords)
        {
            return false;
        }

        var key = Key(text);
        foreach (var caption in Captions)
        {
            if (key == caption)
            {
                return true;
            }
        }

        foreach (var opening in CaptionOpenings)
        {
            if (key.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body block of <paramref name="riskFactor"/> that reads as another item's heading, its caption after its number
    /// ("Item 2. Properties"), or null. A running header ("Item 1A, 1B") has no caption; one that names the risk factors
    /// ("Item 1A. Risk Factors (continued)") is still the section.
    /// </summary>
    private static string? ItemHeading(RiskFactorOutline riskFactor)
    {
        foreach (var block in riskFactor.Body)
        {
            var text = block.Text;
            if (block.Kind != BlockKind.ListItem && HeadingShapes.StartsWithItem(text) && !HeadingShapes.EndsSentence(text) && HasCaption(text) &&
                !HeadingShapes.IsRiskSectionTitle(text) && HeadingShapes.CountWords(text, MaxItemHeadingWords) <= MaxItemHeadingWords)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Whether a word of three letters or more follows the item's number ("Item 2. Properties", not "Item 1A, 1B").</summary>
    private static bool HasCaption(string text)
    {
        var letters = 0;
        for (var i = text.IndexOf(' ') + 1; i > 0 && i < text.Length; i++)
        {
            letters = char.IsLetter(text[i]) ? letters + 1 : 0;
            if (letters >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The letters and digits of <paramref name="text"/> in capitals, words one space apart ("Management’s Discussion" → "MANAGEMENTS DISCUSSION").</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else if (c == ' ')
            {
                space = true;
            }
        }

        return key.ToString();
    }
}
