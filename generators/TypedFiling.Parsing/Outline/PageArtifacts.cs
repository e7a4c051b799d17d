using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// Page numbers and running headers or footers: short blocks which, page number aside, occur at least
/// <see cref="MinRepeats"/> times, most of them at a page break (beside a page number or another such block, or
/// holding a page number). A sentence is never one, however often a filing repeats it, but a company's name ending
/// with "Inc." is not a sentence; and a heading a filing repeats in its text ("Competition" in Item 1, Item 1A and
/// Item 4) stands among paragraphs, not at page breaks.
/// </summary>
internal sealed class PageArtifacts
{
    /// <summary>A running footer is short: "Apple Inc. | 2024 Form 10-K | 12" has 8 words.</summary>
    private const int MaxArtifactWords = 12;

    /// <summary>Seen on three pages: a footer; twice may be a heading repeated (TF0003's business).</summary>
    private const int MinRepeats = 3;

    /// <summary>A page number has at most four digits.</summary>
    private const int MaxPageNumberDigits = 4;

    private readonly IReadOnlyList<Block> blocks;
    private readonly CancellationToken cancellationToken;
    private readonly bool[] artifact;
    private readonly string?[] keys;
    private readonly bool[] repeated;
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> atBreaks = new(StringComparer.Ordinal);

    private PageArtifacts(IReadOnlyList<Block> blocks, CancellationToken cancellationToken)
    {
        this.blocks = blocks;
        this.cancellationToken = cancellationToken;
        artifact = new bool[blocks.Count];
        keys = new string?[blocks.Count];
        repeated = new bool[blocks.Count];
    }

    public static bool[] Find(IReadOnlyList<Block> blocks, CancellationToken cancellationToken = default)
    {
        var finder = new PageArtifacts(blocks, cancellationToken);
        finder.CountRepeats();
        finder.CountAtBreaks();
        finder.MarkRepeats();
        return finder.artifact;
    }

    /// <summary>Marks page numbers, and counts the short blocks that are no sentence by their text without a page number.</summary>
    private void CountRepeats()
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            Poll(i);
            var text = blocks[i].Text;
            if (IsPageNumber(text))
            {
                artifact[i] = true;
                continue;
            }

            if (blocks[i].Kind == BlockKind.ListItem || HeadingShapes.CountWords(text, MaxArtifactWords) > MaxArtifactWords || (HeadingShapes.EndsSentence(text) && !HeadingShapes.EndsWithAbbreviation(text)))
            {
                continue;
            }

            var key = WithoutPageNumber(text);
            keys[i] = key;
            counts.TryGetValue(key, out var seen);
            counts[key] = seen + 1;
        }
    }

    /// <summary>
    /// Counts, for each repeated text, the times it stands at a page break: it holds a page number, or a page number or
    /// another repeated text is beside it.
    /// </summary>
    private void CountAtBreaks()
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            repeated[i] = keys[i] is { } key && counts[key] >= MinRepeats;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            Poll(i);
            if (keys[i] is not { } key || !repeated[i])
            {
                continue;
            }

            if (key.Length != blocks[i].Text.Length || IsBreakMark(i - 1) || IsBreakMark(i + 1))
            {
                atBreaks.TryGetValue(key, out var seen);
                atBreaks[key] = seen + 1;
            }
        }
    }

    /// <summary>Whether the block at <paramref name="index"/> (if any) is a page number or a repeated text.</summary>
    private bool IsBreakMark(int index) => index >= 0 && index < blocks.Count && ((artifact[index] && keys[index] is null) || repeated[index]);

    /// <summary>
    /// Marks the repeated texts that stand at page breaks at least half the times they occur. A section heading that
    /// repeats is a real one (and its table of contents' entry), unless it is a bare "Item 1A" at the top of every page
    /// or repeats the heading of the section it stands in: "ITEM 1A. RISK FACTORS" atop each page of Item 1A is a
    /// running header.
    /// </summary>
    private void MarkRepeats()
    {
        string? section = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            Poll(i);
            var text = blocks[i].Text;
            var heading = MayBeSectionHeading(text) && HeadingShapes.CountWords(text, MaxArtifactWords) <= MaxArtifactWords && HeadingShapes.IsSectionHeading(blocks[i]);
            if (repeated[i] && AtBreaks(keys[i]!) && (!heading || HeadingShapes.IsBareItem(text) || (section is not null && SameWords(section, text))))
            {
                artifact[i] = true;
            }
            else if (heading)
            {
                section = text;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens as a section heading can ("Item ...", "Risk Factors", "D. ..."): a look at two
    /// characters spares the full test for the many short blocks (table rows) that cannot be one.
    /// </summary>
    private static bool MayBeSectionHeading(string text) =>
        text.Length > 3 && (text[0] is 'I' or 'i' or 'R' or 'r' || text[1] == '.');

    private bool AtBreaks(string key) => atBreaks.TryGetValue(key, out var seen) && seen * 2 >= counts[key];

    private void Poll(int index)
    {
        if (index % ParsePolls.Blocks == 0)
        {
            ParsePolls.Check(cancellationToken, ParseStage.Outline, index);
        }
    }

    /// <summary>Whether two headings have the same letters and digits in any case ("ITEM 1A. RISK FACTORS", "Item 1A - Risk factors").</summary>
    private static bool SameWords(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToUpperInvariant(a[i++]) != char.ToUpperInvariant(b[j++]))
            {
                return false;
            }
        }
    }

    /// <summary>"Part II 27": a table of contents' row, ending with its page number.</summary>
    public static bool EndsWithPageNumber(string text) =>
        text.Length > 2 && char.IsDigit(text[text.Length - 1]) && text.LastIndexOf(' ') is var space && space > 0 && IsPageNumber(text.Substring(space + 1));

    /// <summary>Page numbers that converters leave between paragraphs ("4", "-7-").</summary>
    public static bool IsPageNumber(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (c != '-' && c != ' ')
            {
                return false;
            }
        }

        return digits is > 0 and <= MaxPageNumberDigits;
    }

    /// <summary>
    /// The text without a page number at its end or start ("Apple Inc. | 2024 Form 10-K | 5" -> "Apple Inc. | 2024 Form
    /// 10-K |", "26 MASTERCARD 2024 FORM 10-K" -> "MASTERCARD 2024 FORM 10-K"): left and right pages put it either side.
    /// </summary>
    private static string WithoutPageNumber(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsDigit(text[end - 1]))
        {
            end--;
        }

        if (end < text.Length && end > 0)
        {
            while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '-'))
            {
                end--;
            }

            return text.Substring(0, end);
        }

        var start = 0;
        while (start < text.Length && char.IsDigit(text[start]))
        {
            start++;
        }

        if (start == 0 || start > MaxPageNumberDigits || start == text.Length || text[start] != ' ')
        {
            return text;
        }

        return text.Substring(start + 1);
    }
}
