using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Outline;

namespace TypedFiling.Parsing.Sections;

/// <summary>
/// Reads the headings that divide a filing: "Item 1A. Risk Factors", "ITEM 1A: RISK FACTORS", "Item 1A — Risk
/// Factors", "Item 3.D", a bare "Item 1A." over a "Risk Factors" block, "PART II — OTHER INFORMATION", a 20-F's
/// "D. Risk Factors", and a section named without a number ("Risk Factors", "RISK FACTORS." opening its paragraph),
/// whatever case and punctuation the filer used. A sentence that mentions an item ("Item 1A of this report
/// describes ...") is none.
/// </summary>
internal static class ItemHeadings
{
    /// <summary>An item heading with its title has at most this many words (Item 5's title is fifteen, a contents row adds a page).</summary>
    private const int MaxItemWords = 24;

    /// <summary>A part's heading is short: "PART II — OTHER INFORMATION".</summary>
    private const int MaxPartWords = 8;

    /// <summary>A lettered heading or a titled one is short, as a section heading is.</summary>
    private const int MaxTitledWords = 12;

    /// <summary>A caps phrase opening a paragraph ("RISK FACTORS. The following ...") has at most this many words.</summary>
    private const int MaxLeadWords = 8;

    /// <summary>What separates an item's number from its title.</summary>
    private const string Separators = ".:;-–—)|\u00A0 ";

    /// <summary>
    /// The heading at <paramref name="index"/>, or null: a numbered item, part or letter, or a titled section that
    /// <paramref name="isTitle"/> accepts. A bare item takes the short block after it as its title.
    /// </summary>
    public static SectionMark? Read(IReadOnlyList<Block> blocks, int index, Func<string, bool> isTitle)
    {
        var block = blocks[index];
        if (block.Kind == BlockKind.ListItem)
        {
            return null;
        }

        var text = block.Text;
        if (Item(text) is { } item)
        {
            if (item.Title.Length == 0 && index + 1 < blocks.Count && IsTitleBlock(blocks[index + 1]))
            {
                return new SectionMark(index, index + 2, MarkKind.Item, item.Number, Trim(blocks[index + 1].Text));
            }

            return new SectionMark(index, index + 1, MarkKind.Item, item.Number, item.Title);
        }

        if (Part(text) is { } part)
        {
            return new SectionMark(index, index + 1, MarkKind.Part, part.Number, part.Title);
        }

        if (Letter(block) is { } letter)
        {
            return new SectionMark(index, index + 1, MarkKind.Letter, letter.Number, letter.Title);
        }

        // Most blocks are paragraphs: the word count stops past the limit before anything is copied.
        if (HeadingShapes.CountWords(text, MaxTitledWords) <= MaxTitledWords && Trim(text) is var title && isTitle(title))
        {
            return new SectionMark(index, index + 1, MarkKind.Titled, string.Empty, title);
        }

        return CapsLead(text) is { } lead && isTitle(lead) ? new SectionMark(index, index + 1, MarkKind.Titled, string.Empty, lead) : null;
    }

    /// <summary>"Item 1A. Risk Factors" as ("1A", "Risk Factors"); null for anything else.</summary>
    public static (string Number, string Title)? Item(string text)
    {
        const int Word = 4;
        if (text.Length <= Word + 1 || string.Compare(text, 0, "Item", 0, Word, StringComparison.OrdinalIgnoreCase) != 0 || !IsSpace(text[Word]))
        {
            return null;
        }

        var i = Word;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        var numberStart = i;
        while (i < text.Length && char.IsDigit(text[i]) && i - numberStart < 3)
        {
            i++;
        }

        if (i == numberStart || (i < text.Length && char.IsDigit(text[i])))
        {
            return null;
        }

        var number = text.Substring(numberStart, i - numberStart);
        i = ItemLetter(text, i, ref number);
        if (i < text.Length && !IsSeparator(text[i]))
        {
            return null;
        }

        var title = Trim(text.Substring(SkipSeparators(text, i)));
        return IsItemTitle(title) && HeadingShapes.CountWords(text, MaxItemWords) <= MaxItemWords ? (number, title) : null;
    }

    /// <summary>Whether the text names the risk factors: "Risk Factors", any case, not their summary.</summary>
    public static bool IsRiskFactors(string title) =>
        string.Equals(Normalize(title), "risk factors", StringComparison.Ordinal);

    /// <summary>A title for comparing: trimmed, no trailing period or colon, straight apostrophes, lower case, single spaces.</summary>
    public static string Normalize(string title)
    {
        var builder = new System.Text.StringBuilder(title.Length);
        foreach (var c in Trim(title))
        {
            var d = c is '\u2019' or '\u2018' ? '\'' : c == '\u00A0' ? ' ' : char.ToLowerInvariant(c);
            if (d != ' ' || (builder.Length > 0 && builder[builder.Length - 1] != ' '))
            {
                builder.Append(d);
            }
        }

        return builder.ToString();
    }

    /// <summary>The text without the separators and trailing periods, colons and spaces around it.</summary>
    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && (IsSpace(text[end - 1]) || text[end - 1] is '.' or ':' or ';' or '|'))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>
    /// The caps phrase that opens a paragraph and ends with a period or colon ("RISK FACTORS. The following ..."
    /// gives "RISK FACTORS"), or null.
    /// </summary>
    public static string? CapsLead(string text)
    {
        const int MaxLeadChars = 80;
        var end = text.IndexOfAny(LeadEnds, 0, Math.Min(text.Length, MaxLeadChars));
        if (end <= 0 || end + 1 >= text.Length || text[end + 1] != ' ' || !char.IsUpper(text[0]) || !char.IsUpper(text[end - 1]))
        {
            return null;
        }

        var lead = text.Substring(0, end);
        return HeadingShapes.IsAllCapitals(lead) && HeadingShapes.CountWords(lead, MaxLeadWords) <= MaxLeadWords ? lead : null;
    }

    private static readonly char[] LeadEnds = { '.', ':' };

    /// <summary>A 20-F item's letter after its number ("3.D", "3D"): appended to <paramref name="number"/>; where the number ends.</summary>
    private static int ItemLetter(string text, int i, ref string number)
    {
        var letterAt = i < text.Length && text[i] == '.' ? i + 1 : i;
        if (letterAt < text.Length && char.IsLetter(text[letterAt]) && (letterAt + 1 == text.Length || !char.IsLetter(text[letterAt + 1])))
        {
            number += char.ToUpperInvariant(text[letterAt]);
            return letterAt + 1;
        }

        return i;
    }

    /// <summary>An item's title starts with a capital (not "of this report") and is not a sentence of prose.</summary>
    private static bool IsItemTitle(string title) =>
        title.Length == 0 || (!char.IsLower(title[0]) && title[0] != ',' && !(HeadingShapes.EndsSentence(title) && HeadingShapes.CountWords(title, MaxTitledWords) > MaxTitledWords));

    /// <summary>"PART II — OTHER INFORMATION" as ("II", "OTHER INFORMATION").</summary>
    private static (string Number, string Title)? Part(string text)
    {
        const int Word = 4;
        if (text.Length <= Word + 1 || string.Compare(text, 0, "Part", 0, Word, StringComparison.OrdinalIgnoreCase) != 0 || !IsSpace(text[Word]) ||
            HeadingShapes.CountWords(text, MaxPartWords) > MaxPartWords)
        {
            return null;
        }

        var i = SkipSeparators(text, Word);
        var start = i;
        while (i < text.Length && (text[i] is 'I' or 'V' or 'X' or 'i' or 'v' or 'x' || char.IsDigit(text[i])))
        {
            i++;
        }

        if (i == start || (i < text.Length && !IsSeparator(text[i]) && text[i] != ','))
        {
            return null;
        }

        var title = Trim(text.Substring(SkipSeparators(text, i)).TrimStart(','));
        return title.Length > 0 && char.IsLower(title[0]) ? null : (text.Substring(start, i - start).ToUpperInvariant(), title);
    }

    /// <summary>"D. Risk Factors" (a capital, a period, a capitalized title), as a 20-F's lettered part.</summary>
    private static (string Number, string Title)? Letter(Block block)
    {
        var text = block.Text;
        if (text.Length <= 3 || text[0] < 'A' || text[0] > 'Z' || text[1] != '.' || !IsSpace(text[2]) || HeadingShapes.CountWords(text, MaxTitledWords) > MaxTitledWords)
        {
            return null;
        }

        var title = Trim(text.Substring(SkipSeparators(text, 2)));
        return title.Length > 0 && char.IsUpper(title[0]) && (block.LooksLikeHeading || !text.EndsWith(".", StringComparison.Ordinal)) ? (text.Substring(0, 1), title) : null;
    }

    /// <summary>A short block that can be a bare item's title: "Risk Factors", "RISK FACTORS".</summary>
    private static bool IsTitleBlock(Block block) =>
        block.Kind != BlockKind.ListItem && block.Text.Length > 0 && !char.IsLower(block.Text[0]) && Item(block.Text) is null &&
        HeadingShapes.CountWords(block.Text, MaxTitledWords) <= MaxTitledWords && !HeadingShapes.EndsSentence(Trim(block.Text));

    private static int SkipSeparators(string text, int i)
    {
        while (i < text.Length && IsSeparator(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsSeparator(char c) => Separators.IndexOf(c) >= 0;

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\t';
}
