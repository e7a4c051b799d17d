using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Outline;

namespace TypedFiling.Parsing.Sections;

/// <summary>
/// Where a section that the locator found ends. An item ends at the next item or part heading (Item 1B, 1C, 2, Part
/// II; a 20-F's "D." at Item 4 or the next letter). A section named by a heading of its own ends there too, or at the
/// next heading of the same shape (a prospectus's "RISK FACTORS" at "USE OF PROCEEDS"), or at a heading that names
/// another part of a filing ("Legal Proceedings", "Liquidity and Capital Resources", a title the cross-reference index
/// gives another item), or after the last page the index gives it.
/// </summary>
internal static class SectionBoundaries
{
    /// <summary>A heading of the same shape as the section's is short, as section headings are.</summary>
    private const int MaxShapeWords = 12;

    /// <summary>The titles of a 10-K's items and of the parts of its MD&amp;A, which no risk factor is titled.</summary>
    private static readonly string[] OtherSections =
    {
        "business", "unresolved staff comments", "cybersecurity", "properties", "legal proceedings", "mine safety disclosures",
        "submission of matters to a vote of security holders", "selected financial data", "selected consolidated financial data",
        "quantitative and qualitative disclosures about market risk", "financial statements and supplementary data", "controls and procedures",
        "executive compensation", "liquidity and capital resources", "results of operations", "critical accounting policies",
        "critical accounting estimates", "use of proceeds", "management's discussion and analysis", "market for registrant's common equity",
        "market for the registrant's common equity", "changes in and disagreements with accountants", "directors, executive officers",
        "security ownership of certain beneficial owners", "certain relationships and related transactions", "principal accountant fees",
        "exhibits and financial statement schedules", "exhibits, financial statement schedules",
    };

    /// <summary>The end of the item or part that <paramref name="marks"/> holds at <paramref name="at"/>.</summary>
    public static int OfItem(IReadOnlyList<SectionMark> marks, int at, int blockCount)
    {
        var mark = marks[at];
        for (var j = at + 1; j < marks.Count; j++)
        {
            var next = marks[j];
            // The same item again is its running header at the top of a page ("ITEM 1A. RISK FACTORS" on every page).
            var repeated = next.Kind == mark.Kind && next.Number == mark.Number;
            if (next.Block >= mark.After && !repeated && (next.IsItemOrPart || (mark.Kind == MarkKind.Letter && next.Kind == MarkKind.Letter)))
            {
                return next.Block;
            }
        }

        return blockCount;
    }

    /// <summary>
    /// The end of the section a titled heading opens: the first of the next item or part, a heading of the same shape,
    /// a heading naming another section (or one of <paramref name="otherTitles"/>), and <paramref name="limit"/>.
    /// </summary>
    public static int OfTitled(SectionScan scan, int at, ICollection<string> otherTitles, int limit)
    {
        var (blocks, artifact, marks) = (scan.Blocks, scan.Artifact, scan.Marks);
        var mark = marks[at];
        var end = Math.Min(OfItem(marks, at, blocks.Count), limit);
        var heading = blocks[mark.Block];
        var shaped = heading.LooksLikeHeading && ItemHeadings.CapsLead(heading.Text) is null;
        var title = ItemHeadings.Normalize(mark.Title);
        for (var i = mark.After; i < end; i++)
        {
            // A heading that repeats (its table of contents' entry) is taken for page furniture, but still heads its section;
            // the section's own title repeated at the top of its pages does not end it.
            scan.Poll(i);
            var text = blocks[i].Text;
            if ((!artifact[i] || !PageArtifacts.IsPageNumber(text)) && (NamesOtherSection(text, otherTitles) || (shaped && SameShape(heading, blocks[i]))) &&
                ItemHeadings.Normalize(text) != title)
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>Whether the block is a heading ("LEGAL PROCEEDINGS", "Legal Proceedings.") or opens with one ("LEGAL PROCEEDINGS. Refer to ...").</summary>
    private static bool NamesOtherSection(string text, ICollection<string> otherTitles)
    {
        var title = ItemHeadings.CapsLead(text) ?? (HeadingShapes.CountWords(text, MaxShapeWords) <= MaxShapeWords ? text : null);
        if (title is null)
        {
            return false;
        }

        var normalized = ItemHeadings.Normalize(title);
        if (otherTitles.Contains(normalized))
        {
            return true;
        }

        foreach (var other in OtherSections)
        {
            if (normalized.StartsWith(other, StringComparison.Ordinal) && (normalized.Length == other.Length || other.Length > 20))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A block emphasized and cased as the heading is, short and without a final period, that names no risk category.</summary>
    private static bool SameShape(Block heading, Block block)
    {
        var text = block.Text;
        return block.Kind == heading.Kind && block.Emphasis == heading.Emphasis && HeadingShapes.IsAllCapitals(text) == HeadingShapes.IsAllCapitals(heading.Text) &&
            HeadingShapes.CountWords(text, MaxShapeWords) <= MaxShapeWords && !HeadingShapes.EndsSentence(text) && !HeadingShapes.IsCategoryName(text) &&
            !text.EndsWith(":", StringComparison.Ordinal);
    }
}
