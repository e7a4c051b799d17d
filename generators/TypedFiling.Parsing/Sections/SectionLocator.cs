using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Outline;

namespace TypedFiling.Parsing.Sections;

/// <summary>
/// The section locator: finds a filing's risk-factor section in its blocks, in one pass that reads the headings that
/// divide the filing (<see cref="ItemHeadings"/>), then a choice among them. In order of evidence: Item 1A (a 10-K,
/// Part II of a 10-Q) or a 20-F's "D. Risk Factors" with the most text, so that a table of contents' entry is passed
/// over; where the filer names its sections without numbers, the pages and title a cross-reference index gives Item 1A;
/// else a heading of its own ("Risk Factors", "Factors That May Affect Future Results") with body text under it. The
/// section ends where <see cref="SectionBoundaries"/> says. The locator records what it found the section by, and whether
/// the document has an EDGAR cover (<see cref="EdgarCover"/>): such a document without a section has no risk factors.
/// </summary>
internal static class SectionLocator
{
    /// <summary>A heading with body text under it has a paragraph of at least this many characters among its first blocks.</summary>
    private const int MinBodyParagraph = 150;

    /// <summary>How many blocks after a heading are looked at for body text (a category and a title may come first).</summary>
    private const int BodyLookahead = 4;

    /// <summary>Finds the risk-factor section of <paramref name="blocks"/>, <paramref name="artifact"/> marking page furniture.</summary>
    public static SectionLocation Locate(IReadOnlyList<Block> blocks, bool[] artifact, CancellationToken cancellationToken)
    {
        var scan = SectionScan.Read(blocks, artifact, cancellationToken);
        var cover = EdgarCover.Find(blocks);
        var found = ByItem(scan) ?? ByIndex(scan) ?? ByTitle(scan);
        if (found is not { } section)
        {
            return SectionLocation.NotFound(cover);
        }

        var mark = section.Mark;
        var text = mark.Kind == MarkKind.Titled ? mark.Title : blocks[mark.Block].Text + (mark.After > mark.Block + 1 ? " " + blocks[mark.Block + 1].Text : string.Empty);
        return new SectionLocation(mark.Block, mark.After, section.End, section.Evidence, cover)
        {
            HeadingText = text,
            NamesRiskFactors = mark.Kind != MarkKind.Titled || ItemHeadings.IsRiskFactors(mark.Title),
        };
    }

    /// <summary>Item 1A, Item 3.D or a 20-F's "D. Risk Factors" with the most text after it, where one has any.</summary>
    private static (SectionMark Mark, int End, SectionEvidence Evidence)? ByItem(SectionScan scan)
    {
        (SectionMark, int, SectionEvidence)? best = null;
        var bestSize = 0;
        for (var m = 0; m < scan.Marks.Count; m++)
        {
            var mark = scan.Marks[m];
            var numbered = (mark.Kind == MarkKind.Item && mark.Number is "1A" or "3D") || (mark.Kind == MarkKind.Letter && mark.Number == "D");
            if (!numbered || (mark.Title.Length > 0 && !ItemHeadings.IsRiskFactors(mark.Title) && !(mark.Kind == MarkKind.Item && mark.Number == "1A" && StartsRiskFactors(mark.Title))))
            {
                continue;
            }

            // Weighed by its text, and any block at all ("NOT APPLICABLE", repeated on pages and so taken for furniture)
            // over none: a table of contents' entry has the next entry right after it.
            var end = SectionBoundaries.OfItem(scan.Marks, m, scan.Blocks.Count);
            var size = (2 * scan.Chars(mark.After, end)) + (end > mark.After ? 1 : 0);
            if (size > 0 && size >= bestSize)
            {
                best = (mark, end, SectionEvidence.ItemHeading);
                bestSize = size;
            }
        }

        return best;
    }

    /// <summary>The "Risk Factors" heading on the pages a cross-reference index gives Item 1A, ended by the index's other titles.</summary>
    private static (SectionMark Mark, int End, SectionEvidence Evidence)? ByIndex(SectionScan scan)
    {
        if (scan.Index?.For("1A") is not { } entry)
        {
            return null;
        }

        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in scan.Index.Entries)
        {
            if (other.Number != "1A" && other.Title.Length > 0)
            {
                others.Add(ItemHeadings.Normalize(other.Title));
            }
        }

        // On the pages the index gives (where the filing numbers its pages), and ended after the last of them.
        var index = scan.Index.Heading;
        bool OnPages(SectionMark m) => entry.First == 0 || scan.PageOf(m.Block) is var page && (page < 0 || (page >= entry.First && page <= Math.Max(entry.First, entry.Last)));
        int Limit(SectionMark m) => entry.Last > entry.First && scan.PageEnd(entry.Last, m.Block) is var last && last >= 0 ? Math.Min(last + 1, index) : index;
        return Largest(scan, m => ItemHeadings.IsRiskFactors(m.Title) && m.Block < index && OnPages(m), others, Limit, SectionEvidence.CrossReferenceIndex);
    }

    /// <summary>A "Risk Factors" heading with body text under it, else one that names the factors otherwise ("Factors That May Affect ...").</summary>
    private static (SectionMark Mark, int End, SectionEvidence Evidence)? ByTitle(SectionScan scan)
    {
        var evidence = scan.HasItems ? SectionEvidence.SectionHeading : SectionEvidence.RiskFactorsHeading;
        var none = Array.Empty<string>();
        int Limit(SectionMark m) => scan.Blocks.Count;
        return Largest(scan, m => ItemHeadings.IsRiskFactors(m.Title) && HasBody(scan, m), none, Limit, evidence) ??
            Largest(scan, m => HasBody(scan, m), none, Limit, SectionEvidence.SectionHeading);
    }

    /// <summary>The titled heading <paramref name="accept"/> takes whose section holds the most text.</summary>
    private static (SectionMark Mark, int End, SectionEvidence Evidence)? Largest(SectionScan scan, Func<SectionMark, bool> accept, ICollection<string> others, Func<SectionMark, int> limitOf, SectionEvidence evidence)
    {
        (SectionMark, int, SectionEvidence)? best = null;
        var bestSize = -1;
        for (var m = 0; m < scan.Marks.Count; m++)
        {
            var mark = scan.Marks[m];
            if (mark.Kind != MarkKind.Titled || !accept(mark))
            {
                continue;
            }

            var end = SectionBoundaries.OfTitled(scan, m, others, limitOf(mark));
            var size = scan.Chars(mark.After, end);
            if (size > bestSize)
            {
                best = (mark, end, evidence);
                bestSize = size;
            }
        }

        return best;
    }

    /// <summary>Whether a paragraph of body text follows the heading closely (a table of contents' entry has none).</summary>
    private static bool HasBody(SectionScan scan, SectionMark mark)
    {
        var seen = 0;
        for (var i = mark.After; i < scan.Blocks.Count && seen < BodyLookahead; i++)
        {
            if (scan.Artifact[i])
            {
                continue;
            }

            seen++;
            if (scan.Blocks[i].Text.Length >= MinBodyParagraph || (i == mark.Block && ItemHeadings.CapsLead(scan.Blocks[i].Text) is not null))
            {
                return true;
            }
        }

        // A caps phrase that opens its paragraph ("RISK FACTORS. The following ...") holds its body itself.
        return scan.Blocks[mark.Block].Text.Length >= MinBodyParagraph;
    }

    /// <summary>"Risk Factors" followed by more ("Risk Factors and Cautionary Statements"), not a summary.</summary>
    private static bool StartsRiskFactors(string title) =>
        title.StartsWith("risk factors", StringComparison.OrdinalIgnoreCase) && title.IndexOf("summary", StringComparison.OrdinalIgnoreCase) < 0;
}
