using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// Whether a document reads as a filing: it has item or risk-factor sections, or most of the headings the
/// outline found are shaped like risk factors. A README's "Installation", a changelog's "Fixed" and a
/// manual's "Options" are not; "We may lose customers." and "Risks of doing business in China" are.
/// </summary>
internal static class FilingShape
{
    /// <summary>Words that hedge, as a risk factor's heading does: "... may adversely affect ...".</summary>
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "may", "could", "might", "would", "cannot",
    };

    /// <summary>The openings of the words risk disclosures are written in (risk, adverse, harm, failure, loss, ...).</summary>
    private static readonly string[] RiskStems =
    {
        "risk", "advers", "harm", "fail", "loss", "uncertain", "depend", "volatil", "impair", "disrupt", "breach", "liabilit", "dilut", "litigat", "compet",
    };

    public static bool ReadsAsFiling(FilingOutline outline)
    {
        if (outline.Sections.Count > 0)
        {
            return true;
        }

        var shaped = 0;
        foreach (var riskFactor in outline.RiskFactors)
        {
            shaped += IsRiskShaped(riskFactor.Heading.Text, outline.Mode) ? 1 : 0;
        }

        // More than half: a README may have one "What could go wrong" among its headings.
        return shaped * 2 > outline.RiskFactors.Count;
    }

    /// <summary>
    /// A heading that hedges or names a risk; where the writer marked headings, a sentence heading (one
    /// ending with a period) too, since documents' own headings seldom end with one. Unmarked headings are
    /// sentences by construction, so for them the period says nothing.
    /// </summary>
    public static bool IsRiskShaped(string title, HeadingMode mode)
    {
        if (mode != HeadingMode.Plain && HeadingShapes.CountWords(title) > 1 && title.EndsWith(".", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var word in Naming.Words.Split(title))
        {
            if (word.IsBreak)
            {
                continue;
            }

            if (Modals.Contains(word.Text))
            {
                return true;
            }

            foreach (var stem in RiskStems)
            {
                if (word.Lower.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
