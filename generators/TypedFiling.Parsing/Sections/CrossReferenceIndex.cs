using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Outline;

namespace TypedFiling.Parsing.Sections;

/// <summary>
/// A "Form 10-K Cross-Reference Index": where a filer names its sections without item numbers (GE, Intel, McDonald's), a
/// table at the end maps each item to its title and pages ("Item 1A. Risk Factors 27-36", "Item 1ARisk Factors" /
/// "Page 28"). The section locator reads it for Item 1A's first and last page, and for the titles of the other items,
/// whose headings end the section.
/// </summary>
internal sealed class CrossReferenceIndex
{
    /// <summary>The index's heading is short: "FORM 10-K CROSS REFERENCE INDEX Page(s)".</summary>
    private const int MaxHeadingWords = 8;

    /// <summary>An entry's pages are given in its own block or in the few after it.</summary>
    private const int PageBlocks = 2;

    private CrossReferenceIndex(int heading, List<(string Number, string Title, int First, int Last)> entries)
    {
        Heading = heading;
        Entries = entries;
    }

    /// <summary>The index's heading block: blocks after it are the index, not the filing's headings.</summary>
    public int Heading { get; }

    /// <summary>Each item's number, title and pages (0 where the index gives none).</summary>
    public IReadOnlyList<(string Number, string Title, int First, int Last)> Entries { get; }

    /// <summary>The last cross-reference index of <paramref name="blocks"/> that lists items, or null.</summary>
    public static CrossReferenceIndex? Find(IReadOnlyList<Block> blocks, int last)
    {
        if (last < 0)
        {
            return null;
        }

        var entries = new List<(string, string, int, int)>();
        for (var i = last + 1; i < blocks.Count; i++)
        {
            if (Entry(blocks[i].Text) is { } entry)
            {
                var (first, lastPage) = Pages(entry.Text);
                for (var j = i + 1; first == 0 && j < Math.Min(blocks.Count, i + 1 + PageBlocks) && Entry(blocks[j].Text) is null; j++)
                {
                    (first, lastPage) = Pages(blocks[j].Text);
                }

                // "Item 1C." over "Cybersecurity": the title is the next block.
                var title = entry.Text.Length == 0 && i + 1 < blocks.Count && Entry(blocks[i + 1].Text) is null && Pages(blocks[i + 1].Text).First == 0 ? blocks[i + 1].Text : entry.Text;
                entries.Add((entry.Number, TitleOf(title), first, lastPage));
            }
        }

        return entries.Count == 0 ? null : new CrossReferenceIndex(last, entries);
    }

    /// <summary>Whether the block heads a cross-reference index.</summary>
    public static bool IsHeading(string text) =>
        HeadingShapes.CountWords(text, MaxHeadingWords) <= MaxHeadingWords &&
        (text.IndexOf("cross-reference index", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("cross reference index", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The entry for item <paramref name="number"/>, or null.</summary>
    public (string Number, string Title, int First, int Last)? For(string number)
    {
        foreach (var entry in Entries)
        {
            if (entry.Number == number)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>"Item 1ARisk Factors", "Item 1A.Risk Factors27-36": the number (its letter glued to a capitalized title) and the rest.</summary>
    private static (string Number, string Text)? Entry(string text)
    {
        if (ItemHeadings.Item(text) is { } item)
        {
            return (item.Number, item.Title);
        }

        if (text.Length < 7 || !text.StartsWith("Item ", StringComparison.OrdinalIgnoreCase) || !char.IsDigit(text[5]))
        {
            return null;
        }

        var i = 5;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        var number = text.Substring(5, i - 5);
        if (i + 1 < text.Length && char.IsUpper(text[i]) && char.IsUpper(text[i + 1]))
        {
            number += text[i];
            i++;
        }

        return i < text.Length && char.IsUpper(text[i]) ? (number, text.Substring(i)) : null;
    }

    /// <summary>The title without the pages or "Not applicable" glued to its end.</summary>
    private static string TitleOf(string rest)
    {
        foreach (var none in new[] { "Not applicable", "None" })
        {
            if (rest.EndsWith(none, StringComparison.OrdinalIgnoreCase) && rest.Length > none.Length)
            {
                rest = rest.Substring(0, rest.Length - none.Length);
            }
        }

        var end = rest.Length;
        while (end > 0 && (char.IsDigit(rest[end - 1]) || rest[end - 1] is '-' or '–' or ',' or ' ' or '(' or ')' || (end > 1 && rest[end - 2] == '(')))
        {
            end--;
        }

        return ItemHeadings.Trim(rest.Substring(0, end));
    }

    /// <summary>The first page (or range) a text gives: "Pages 48-62", "27-36", "Page 28"; (0, 0) for none.</summary>
    private static (int First, int Last) Pages(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsDigit(text[i]))
        {
            i++;
        }

        var first = Number(text, ref i);
        if (first == 0)
        {
            return (0, 0);
        }

        var last = first;
        if (i + 1 < text.Length && text[i] is '-' or '–' && char.IsDigit(text[i + 1]))
        {
            i++;
            last = Number(text, ref i);
        }

        return (first, Math.Max(first, last));
    }

    private static int Number(string text, ref int i)
    {
        var value = 0;
        var digits = 0;
        while (i < text.Length && char.IsDigit(text[i]) && digits++ < 4)
        {
            value = (value * 10) + (text[i++] - '0');
        }

        return value;
    }
}
