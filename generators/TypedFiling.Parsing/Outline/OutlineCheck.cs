using System;
using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// The outline stage's verdict, in one place: whether the text reads as a filing (<see cref="FilingShape"/>), whether it
/// has risk factors, and whether its outline is plausible, from the shape real filings have in common: their risk
/// factors share the section's text, no body is many times the others, and headings are shorter than bodies. The
/// first risk factor that breaks one of these (in filing order) is where the outline is reported suspicious.
/// Thresholds lie well outside what the repository's real filings show (see docs/diagnostics/TF0010.md).
/// </summary>
internal static class OutlineCheck
{
    /// <summary>A section this long holds more than one risk factor: the shortest real one has two in 1,500 characters.</summary>
    private const int LongSectionChars = 6_000;

    /// <summary>The checks on bodies' lengths need this many risk factors to have a median to compare with.</summary>
    private const int MinRiskFactorsToCompare = 4;

    /// <summary>One body holding more than this share of all bodies' text has swallowed its neighbours'.</summary>
    private const double MaxBodyShare = 0.5;

    /// <summary>A body this many times the median is several risk factors merged (the corpus's widest is about 6).</summary>
    private const double MaxTimesMedian = 12;

    /// <summary>Only bodies this long are compared: short sections' medians are small.</summary>
    private const int MinSuspiciousBodyChars = 8_000;

    /// <summary>A heading of more words than this is a paragraph of body text (the longest real one, in tests/Data/edgar, has 121).</summary>
    private const int MaxHeadingWords = 160;

    /// <summary>A file with this many sections (items) but no "Risk Factors" one is a whole document read as one.</summary>
    private const int MinSectionsOfADocument = 2;

    /// <summary>Where a section was found by weak evidence, every bound above is this fraction of itself.</summary>
    private const double WeakEvidenceFactor = 0.75;

    /// <summary>A file with this much text but no "Risk Factors" section is a whole document read as one.</summary>
    private const int LongFilingChars = 150_000;

    /// <summary>
    /// <paramref name="outline"/> as the assembler read it with headings of <paramref name="mode"/>, judged: the outline the
    /// parser gets. A text that does not read as a filing keeps no risk factors it had to infer (<paramref name="inferred"/>:
    /// headings read from Title-Case phrases or plain sentences, where emphasized ones were marked), rather than invented
    /// ones (TF0002 says so); the risk factors that remain are checked against the text of <paramref name="blocks"/>.
    /// </summary>
    public static FilingOutline Judge(FilingOutline outline, HeadingMode mode, bool inferred, IReadOnlyList<Block> blocks)
    {
        outline = outline with { Mode = outline.RiskFactors.Count == 0 ? HeadingMode.None : mode };
        var readsAsFiling = FilingShape.ReadsAsFiling(outline);
        if (!readsAsFiling && inferred)
        {
            outline = outline with { RiskFactors = Array.Empty<RiskFactorOutline>() };
        }

        if (outline.RiskFactors.Count == 0)
        {
            return outline with { Mode = HeadingMode.None, Verdict = OutlineVerdict.NoRiskFactors, ReadsAsFiling = readsAsFiling };
        }

        if (Find(outline, FilingChars(blocks)) is { } finding)
        {
            return outline with { Verdict = OutlineVerdict.Suspicious, Finding = finding.Finding, FindingAt = outline.RiskFactors[finding.Index].Heading, ReadsAsFiling = readsAsFiling };
        }

        return outline with { Verdict = OutlineVerdict.Plausible, ReadsAsFiling = readsAsFiling };
    }

    /// <summary>The characters of text the filing's blocks hold.</summary>
    private static int FilingChars(IReadOnlyList<Block> blocks)
    {
        var chars = 0;
        foreach (var block in blocks)
        {
            chars += block.Text.Length;
        }

        return chars;
    }

    /// <summary>The index of the first suspicious risk factor and what looked wrong, or null.</summary>
    private static (int Index, string Finding)? Find(FilingOutline outline, int filingChars)
    {
        var riskFactors = outline.RiskFactors;
        if (riskFactors.Count == 0)
        {
            return null;
        }

        if (outline.RiskSection is null && !outline.Section.HasCover && filingChars >= LongFilingChars)
        {
            return (0, Format("no \"Risk Factors\" section was found in {0:N0} characters of text, so risk factors were read in the whole file", filingChars));
        }

        if (outline.RiskSection is null && outline.Sections.Count >= MinSectionsOfADocument)
        {
            return (0, Format("the filing has {0} sections but none titled \"Risk Factors\", so risk factors were read in the whole file", outline.Sections.Count));
        }

        // A section found only by a "Risk Factors" heading, in a document without items, is held to tighter bounds.
        var weak = outline.Section.IsWeak;
        var strictness = weak ? WeakEvidenceFactor : 1;
        if (riskFactors.Count == 1 && outline.RegionSize >= LongSectionChars * strictness)
        {
            return (0, Format("a single risk factor holds a section of {0:N0} characters", outline.RegionSize));
        }

        if (weak && FirstNotRiskShaped(outline) is { } odd)
        {
            return (odd, Format("the section was found only by its \"{0}\" heading, and fewer than half its headings read as risk factors", outline.Section.HeadingText ?? "Risk Factors"));
        }

        var lengths = new int[riskFactors.Count];
        var total = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            foreach (var block in riskFactors[i].Body)
            {
                lengths[i] += block.Text.Length;
            }

            total += lengths[i];
        }

        var median = Median(lengths);
        var pastEnd = SectionEnds.Find(outline);
        for (var i = 0; i < riskFactors.Count; i++)
        {
            if (pastEnd is { } end && end.Index == i)
            {
                return end;
            }

            var words = HeadingShapes.CountWords(riskFactors[i].Heading.Text);
            if (words > MaxHeadingWords * strictness)
            {
                return (i, Format("the heading of risk factor {0} has {1} words and reads like body text", i + 1, words));
            }

            if (lengths.Length < MinRiskFactorsToCompare || lengths[i] < MinSuspiciousBodyChars * strictness)
            {
                continue;
            }

            if (lengths[i] > total * MaxBodyShare * strictness)
            {
                return (i, Format("risk factor {0} holds {1:N0}% of the risk factors' text", i + 1, 100.0 * lengths[i] / total));
            }

            if (lengths[i] > median * MaxTimesMedian * strictness)
            {
                return (i, Format("the body of risk factor {0} is {1:N0} times as long as the median", i + 1, (double)lengths[i] / median));
            }
        }

        return null;
    }

    /// <summary>The first heading that does not read as a risk factor's, where fewer than half of them do; otherwise null.</summary>
    private static int? FirstNotRiskShaped(FilingOutline outline)
    {
        int? first = null;
        var shaped = 0;
        for (var i = 0; i < outline.RiskFactors.Count; i++)
        {
            var isShaped = FilingShape.IsRiskShaped(outline.RiskFactors[i].Heading.Text, outline.Mode);
            shaped += isShaped ? 1 : 0;
            first ??= isShaped ? null : i;
        }

        return shaped * 2 >= outline.RiskFactors.Count ? null : first;
    }

    private static double Median(int[] values)
    {
        var sorted = (int[])values.Clone();
        System.Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return System.Math.Max(1, sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0);
    }

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
