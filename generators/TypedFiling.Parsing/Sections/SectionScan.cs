using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Outline;

namespace TypedFiling.Parsing.Sections;

/// <summary>
/// The section locator's one pass over the blocks: the headings that divide the filing (<see cref="SectionMark"/>),
/// how much text stands between any two blocks, the page each running footer or page number closes, and the
/// cross-reference index, whose rows are not headings of the filing.
/// </summary>
internal sealed class SectionScan
{
    /// <summary>A section named without a number is short: "Factors That May Affect Future Results and Financial Condition".</summary>
    private static readonly string[] OtherRiskTitles = { "factors that may affect", "factors that could affect", "factors that might affect", "cautionary statements" };

    private readonly int[] chars;
    private readonly List<(int Block, int Page)> pageEnds = new();

    private readonly CancellationToken cancellationToken;

    private SectionScan(IReadOnlyList<Block> blocks, bool[] artifact, CancellationToken cancellationToken)
    {
        this.cancellationToken = cancellationToken;
        Blocks = blocks;
        Artifact = artifact;
        chars = new int[blocks.Count + 1];
    }

    public IReadOnlyList<Block> Blocks { get; }

    public bool[] Artifact { get; }

    /// <summary>The headings, in filing order (the index's rows left out).</summary>
    public List<SectionMark> Marks { get; } = new();

    /// <summary>The filing's cross-reference index, or null.</summary>
    public CrossReferenceIndex? Index { get; private set; }

    /// <summary>Whether the filing is divided into items (as a 10-K, 10-Q or 20-F is, and a prospectus is not).</summary>
    public bool HasItems { get; private set; }

    public static SectionScan Read(IReadOnlyList<Block> blocks, bool[] artifact, CancellationToken cancellationToken)
    {
        var scan = new SectionScan(blocks, artifact, cancellationToken);
        var indexHeading = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            scan.Poll(i);

            // The index's heading repeats (its entry in the table of contents, a running header) and is taken for furniture.
            scan.chars[i + 1] = scan.chars[i] + (artifact[i] ? 0 : blocks[i].Text.Length);
            indexHeading = CrossReferenceIndex.IsHeading(blocks[i].Text) ? i : indexHeading;
            if (artifact[i])
            {
                scan.AddPageEnd(blocks[i].Text, i);
                continue;
            }

            if (ItemHeadings.Read(blocks, i, IsRiskTitle) is { } mark)
            {
                scan.Marks.Add(mark);
                for (var j = i + 1; j < mark.After; j++)
                {
                    scan.chars[j + 1] = scan.chars[j];
                }

                i = mark.After - 1;
            }
        }

        scan.Index = CrossReferenceIndex.Find(blocks, indexHeading);
        if (scan.Index is { } index)
        {
            scan.Marks.RemoveAll(m => m.Block > index.Heading);
        }

        scan.HasItems = scan.Marks.Exists(m => m.Kind == MarkKind.Item);
        return scan;
    }

    /// <summary>Throws when the build was cancelled, looking once every <see cref="ParsePolls.Blocks"/> blocks.</summary>
    public void Poll(int index)
    {
        if (index % ParsePolls.Blocks == 0)
        {
            ParsePolls.Check(cancellationToken, ParseStage.Outline, index);
        }
    }

    /// <summary>The characters of text (page furniture left out) in blocks <paramref name="from"/> to <paramref name="to"/>.</summary>
    public int Chars(int from, int to) => from >= to ? 0 : chars[Math.Min(to, chars.Length - 1)] - chars[Math.Min(from, chars.Length - 1)];

    /// <summary>The page <paramref name="block"/> stands on: the number of the first page number or footer at or after it; -1 for none.</summary>
    public int PageOf(int block)
    {
        foreach (var (end, page) in pageEnds)
        {
            if (end >= block)
            {
                return page;
            }
        }

        return -1;
    }

    /// <summary>The block of the first page number or footer at or after <paramref name="block"/> that closes page <paramref name="page"/>, or -1.</summary>
    public int PageEnd(int page, int block)
    {
        foreach (var (end, number) in pageEnds)
        {
            if (end >= block && number == page)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>A section's title that names the risk factors: "Risk Factors", or "Factors That May Affect Future Results", "Cautionary Statements".</summary>
    private static bool IsRiskTitle(string title)
    {
        if (ItemHeadings.IsRiskFactors(title))
        {
            return true;
        }

        var normalized = ItemHeadings.Normalize(title);
        if (normalized.IndexOf("summary", StringComparison.Ordinal) >= 0 || HeadingShapes.IsCategoryName(title))
        {
            return false;
        }

        foreach (var other in OtherRiskTitles)
        {
            if (normalized.IndexOf(other, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return normalized.IndexOf("risk factors", StringComparison.Ordinal) >= 0;
    }

    /// <summary>Records the page a page number ("27") or a footer ending with one ("2023 FORM 10-K 27") closes.</summary>
    private void AddPageEnd(string text, int block)
    {
        var end = text.Length;
        var start = end;
        while (start > 0 && char.IsDigit(text[start - 1]))
        {
            start--;
        }

        if (start < end && end - start <= 4 && int.TryParse(text.Substring(start, end - start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) )
        {
            pageEnds.Add((block, page));
        }
    }
}
