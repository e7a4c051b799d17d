using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// Finds a filing's sections and risk factors in its blocks, whatever format they were read from.
/// <list type="bullet">
/// <item>A section heading is a short block that reads "Item 1A. ...", "D. ..." or just "Risk Factors".
/// The risk factors are in the section titled "Risk Factors" (not "... Summary") with the most text, so
/// that a table of contents' entry for the same words, which has none, is passed over; cross-references
/// in prose are not headings. The section ends at the next section heading (Item 1B, Item 4, "E.").</item>
/// <item>There, a heading-like block followed by body text is a risk factor; one followed by another
/// heading is a category when it is short and has no final period, and otherwise text (such as the
/// emphasized introduction that many filings open with).</item>
/// <item>Where a section has no heading-like block at all (plain text, or Markdown converted without
/// emphasis), a risk factor's heading is a paragraph of one sentence, of at most
/// <see cref="MaxPlainHeadingWords"/> words, that does not refer back to the text before it ("also",
/// "however") and is followed by a longer paragraph; a category is a short title without a final
/// period followed by such a heading.</item>
/// <item>A "Risk Factors Summary" or "Summary of Risk Factors" and its lists, and a "Forward-Looking
/// Statements" note, belong to the section's text, not to its risk factors.</item>
/// <item>Page artifacts are skipped: page numbers ("4", "-7-") and running headers or footers, that is
/// short blocks which, page number aside, occur at least <see cref="MinRepeats"/> times.</item>
/// </list>
/// </summary>
internal static class OutlineBuilder
{
    private const int MaxCategoryWords = 15;
    private const int MaxPlainHeadingWords = 40;

    // Unmarked headings are read from the shape of a whole section: one short sentence before a longer
    // paragraph is not enough ("Not applicable." followed by an explanation), two or more are.
    private const int MinPlainHeadings = 2;
    private const int MinPlainHeadingWords = 2;
    private const int MaxPlainCategoryWords = 10;
    private const int MaxArtifactWords = 12;
    private const int MinRepeats = 3;
    private const int MaxTableOfContentsText = 100;

    /// <summary>Words by which a sentence continues the one before it: such a sentence is not a heading.</summary>
    private static readonly HashSet<string> BackReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "however", "moreover", "furthermore", "additionally", "conversely", "accordingly", "therefore", "thus", "nevertheless",
    };

    private enum Mode
    {
        RiskFactors,
        Summary,
        Boilerplate,
    }

    public static FilingOutline Build(IReadOnlyList<Block> blocks)
    {
        var outline = new FilingOutline();
        var count = blocks.Count;
        var artifact = FindArtifacts(blocks);
        var isSection = new bool[count];
        var sectionOf = new SectionOutline?[count];
        var sectionSize = new Dictionary<SectionOutline, int>();
        SectionOutline? section = null;
        for (var i = 0; i < count; i++)
        {
            if (artifact[i])
            {
                sectionOf[i] = section;
                continue;
            }

            if (IsSectionHeading(blocks[i]))
            {
                isSection[i] = true;
                section = new SectionOutline(blocks[i]);
                outline.Sections.Add(section);
                sectionSize[section] = 0;
            }
            else
            {
                sectionOf[i] = section;
                if (section is not null)
                {
                    sectionSize[section] += blocks[i].Text.Length;
                }
            }
        }

        // A table of contents' entry: a heading with a page number and next to nothing under it (a "Part II" row).
        outline.Sections.RemoveAll(s => sectionSize[s] < MaxTableOfContentsText && EndsWithPageNumber(s.Heading.Text));
        var riskSection = FindRiskSection(outline.Sections, sectionSize);
        var plain = !HasHeadingLikeBlock(blocks, artifact, isSection, sectionOf, riskSection);
        var heading = new bool[count];
        var plainCategory = new bool[count];
        if (plain)
        {
            FindPlainHeadings(blocks, artifact, isSection, sectionOf, riskSection, heading, plainCategory);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                heading[i] = blocks[i].LooksLikeHeading;
            }
        }

        string? category = null;
        RiskFactorOutline? current = null;
        var mode = Mode.RiskFactors;
        for (var i = 0; i < count; i++)
        {
            var block = blocks[i];
            if (isSection[i])
            {
                current = null;
                category = null;
                mode = Mode.RiskFactors;
                continue;
            }

            if (artifact[i])
            {
                continue;
            }

            var owner = sectionOf[i];
            var inRiskRegion = riskSection is null || owner == riskSection;
            if (inRiskRegion && heading[i])
            {
                var next = Next(blocks, artifact, isSection, sectionOf, i);
                if (IsSummaryTitle(block.Text))
                {
                    mode = Mode.Summary;
                }
                else if (IsForwardLookingTitle(block.Text))
                {
                    mode = Mode.Boilerplate;
                }
                else if (next >= 0 && !heading[next] && IsCategoryName(block.Text))
                {
                    // "Risks Related to Our Common Stock" over plain text: a category whose first risk factor's
                    // heading lacks the emphasis, so it is told by the rule for sections without any.
                    mode = Mode.RiskFactors;
                    category = block.Text;
                    current = null;
                    heading[next] = IsPlainHeadingAt(blocks, artifact, isSection, sectionOf, next);
                    continue;
                }
                else if (next >= 0 && !heading[next] && !plainCategory[i])
                {
                    // In a summary, a heading over a list is one of its categories.
                    if (mode != Mode.Summary || blocks[next].Kind != BlockKind.ListItem)
                    {
                        mode = Mode.RiskFactors;
                        current = new RiskFactorOutline(block, category);
                        outline.RiskFactors.Add(current);
                        continue;
                    }
                }
                else if (plainCategory[i] || IsCategoryTitle(block.Text))
                {
                    var leavesSummary = mode != Mode.Summary || StartsRiskFactor(blocks, artifact, isSection, sectionOf, heading, next);
                    if (leavesSummary)
                    {
                        mode = Mode.RiskFactors;
                        category = block.Text;
                        current = null;
                        continue;
                    }
                }
                else if (mode == Mode.Boilerplate)
                {
                    mode = Mode.RiskFactors;
                }

                if (mode != Mode.RiskFactors)
                {
                    current = null;
                }
            }

            if (current is not null && inRiskRegion && mode == Mode.RiskFactors)
            {
                current.Body.Add(block);
            }
            else
            {
                owner?.Body.Add(block);
            }
        }

        return outline;
    }

    /// <summary>Whether the heading at <paramref name="index"/> is followed by body paragraphs: a risk factor's heading.</summary>
    private static bool StartsRiskFactor(IReadOnlyList<Block> blocks, bool[] artifact, bool[] isSection, SectionOutline?[] sectionOf, bool[] heading, int index)
    {
        if (index < 0 || !heading[index])
        {
            return false;
        }

        var next = Next(blocks, artifact, isSection, sectionOf, index);
        return next >= 0 && !heading[next] && blocks[next].Kind != BlockKind.ListItem;
    }

    /// <summary>The next block of the same section that is not a page artifact, or -1.</summary>
    private static int Next(IReadOnlyList<Block> blocks, bool[] artifact, bool[] isSection, SectionOutline?[] sectionOf, int index)
    {
        for (var j = index + 1; j < blocks.Count; j++)
        {
            if (isSection[j] || sectionOf[j] != sectionOf[index])
            {
                return -1;
            }

            if (!artifact[j])
            {
                return j;
            }
        }

        return -1;
    }

    private static bool HasHeadingLikeBlock(IReadOnlyList<Block> blocks, bool[] artifact, bool[] isSection, SectionOutline?[] sectionOf, SectionOutline? riskSection)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!artifact[i] && !isSection[i] && (riskSection is null || sectionOf[i] == riskSection) && blocks[i].LooksLikeHeading)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the headings of a section without emphasis: see the class summary.</summary>
    private static void FindPlainHeadings(IReadOnlyList<Block> blocks, bool[] artifact, bool[] isSection, SectionOutline?[] sectionOf, SectionOutline? riskSection, bool[] heading, bool[] category)
    {
        var count = blocks.Count;
        var found = 0;
        for (var i = 0; i < count; i++)
        {
            if (artifact[i] || isSection[i] || (riskSection is not null && sectionOf[i] != riskSection) || blocks[i].Kind == BlockKind.ListItem)
            {
                continue;
            }

            heading[i] = IsPlainHeadingAt(blocks, artifact, isSection, sectionOf, i);
            found += heading[i] ? 1 : 0;
        }

        if (found < MinPlainHeadings)
        {
            System.Array.Clear(heading, 0, count);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            if (!heading[i] || CountWords(blocks[i].Text) > MaxPlainCategoryWords || EndsSentence(blocks[i].Text))
            {
                continue;
            }

            var next = Next(blocks, artifact, isSection, sectionOf, i);
            if (next >= 0 && heading[next])
            {
                category[i] = true;
            }
        }
    }

    /// <summary>
    /// Whether the paragraph at <paramref name="index"/> reads as a heading without emphasis: one sentence of
    /// at most <see cref="MaxPlainHeadingWords"/> words followed by a longer paragraph.
    /// </summary>
    private static bool IsPlainHeadingAt(IReadOnlyList<Block> blocks, bool[] artifact, bool[] isSection, SectionOutline?[] sectionOf, int index)
    {
        if (blocks[index].Kind == BlockKind.ListItem)
        {
            return false;
        }

        var next = Next(blocks, artifact, isSection, sectionOf, index);
        if (next < 0)
        {
            return false;
        }

        var words = CountWords(blocks[index].Text);
        return words >= MinPlainHeadingWords && words <= MaxPlainHeadingWords && CountWords(blocks[next].Text) > words && IsPlainHeadingSentence(blocks[index].Text);
    }

    /// <summary>
    /// A category's name: short, without a final period, naming risks ("Risks Related to Our Business",
    /// "Risks Relating to the COVID-19 Pandemic", "General Risks").
    /// </summary>
    private static bool IsCategoryName(string text) =>
        IsCategoryTitle(text) && CountWords(text) <= MaxPlainCategoryWords &&
        (StartsWithAny(text, CategoryOpenings) || text.EndsWith(" Risks", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// How category names open. "Risks of ..." is not among them: "Risks of doing business in China" over
    /// its body text is a risk factor's heading.
    /// </summary>
    private static readonly string[] CategoryOpenings =
    {
        "Risks Related ", "Risks Relating ", "Risks Associated ", "Risks Concerning ", "Risks Regarding ", "Risks Pertaining ",
        "Risks Specific ", "Risks Affecting ", "Risks Inherent ", "Risks Attendant ", "Risk Factors Related ", "Risk Factors Relating ",
    };

    private static bool StartsWithAny(string text, string[] openings)
    {
        foreach (var opening in openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One sentence that does not continue the text before it and does not introduce a list.</summary>
    private static bool IsPlainHeadingSentence(string text)
    {
        if (text.Length == 0 || text[text.Length - 1] == ':' || text[text.Length - 1] == ';' || text[text.Length - 1] == ',')
        {
            return false;
        }

        if (Figures.SentenceSplitter.Starts(text).Count > 1)
        {
            return false;
        }

        foreach (var word in Naming.Words.Split(text))
        {
            if (!word.IsBreak && BackReferences.Contains(word.Text))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[text.Length - 1] is '.' or '?' or '!';

    /// <summary>
    /// "Item 3.", "Item 1A. Risk Factors", "D. Risk Factors." or "Risk Factors" as a heading. Marked or
    /// emphasized blocks qualify as before; a plain paragraph qualifies when it is short and has no final
    /// period, so that a filing converted without emphasis still shows its items.
    /// </summary>
    internal static bool IsSectionHeading(Block block)
    {
        if (block.Kind == BlockKind.ListItem)
        {
            return false;
        }

        var text = block.Text;
        var words = CountWords(text);
        if (words > 12)
        {
            return false;
        }

        var marked = block.LooksLikeHeading;
        if (!marked && (words > 8 || text.EndsWith(".", StringComparison.Ordinal)) && !IsItemWithNumber(text, out _))
        {
            return false;
        }

        if (IsItemWithNumber(text, out var afterNumber))
        {
            return marked || afterNumber == text.Length || text[afterNumber] == '.' || text[afterNumber] == ' ' || text[afterNumber] == '\u00A0';
        }

        if (IsRiskFactorsTitle(text))
        {
            return true;
        }

        // A single capital letter and a period: the lettered parts of a 20-F item.
        return text.Length > 3 && text[0] >= 'A' && text[0] <= 'Z' && text[1] == '.' && text[2] == ' ' && char.IsUpper(text[3]) &&
            (marked || !text.EndsWith(".", StringComparison.Ordinal));
    }

    /// <summary>"Item 1A" (any case): where the item number ends.</summary>
    private static bool IsItemWithNumber(string text, out int afterNumber)
    {
        afterNumber = 0;
        if (text.Length < 6 || string.Compare(text, 0, "Item", 0, 4, StringComparison.OrdinalIgnoreCase) != 0 || (text[4] != ' ' && text[4] != '\u00A0') || !char.IsDigit(text[5]))
        {
            return false;
        }

        var i = 5;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && char.IsLetter(text[i]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
        {
            i++;
        }

        afterNumber = i;
        return true;
    }

    /// <summary>"Risk Factors" alone (any case, with a final period or colon).</summary>
    private static bool IsRiskFactorsTitle(string text)
    {
        var length = text.Length;
        while (length > 0 && (text[length - 1] == '.' || text[length - 1] == ':'))
        {
            length--;
        }

        return length == 12 && string.Compare(text, 0, "Risk Factors", 0, 12, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>The section titled "Risk Factors" (not its summary) with the most text: a table of contents' entry has none.</summary>
    private static SectionOutline? FindRiskSection(List<SectionOutline> sections, Dictionary<SectionOutline, int> sizes)
    {
        SectionOutline? best = null;
        var bestSize = -1;
        foreach (var section in sections)
        {
            var title = section.Heading.Text;
            if (title.IndexOf("risk factors", StringComparison.OrdinalIgnoreCase) >= 0 &&
                title.IndexOf("summary", StringComparison.OrdinalIgnoreCase) < 0 &&
                sizes[section] > bestSize)
            {
                best = section;
                bestSize = sizes[section];
            }
        }

        return best;
    }

    /// <summary>"Risk Factors Summary", "Summary of Risk Factors", "Summary Risk Factors".</summary>
    private static bool IsSummaryTitle(string text) =>
        CountWords(text) <= 8 && text.IndexOf("summary", StringComparison.OrdinalIgnoreCase) >= 0 && text.IndexOf("risk", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>"Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements".</summary>
    private static bool IsForwardLookingTitle(string text) =>
        CountWords(text) <= 8 && (text.IndexOf("forward-looking", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("forward looking", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>A short heading without a final period: "Risks Related to Our Business".</summary>
    private static bool IsCategoryTitle(string text) =>
        CountWords(text) <= MaxCategoryWords && !text.EndsWith(".", StringComparison.Ordinal);

    /// <summary>Page numbers and running headers or footers (see the class summary).</summary>
    private static bool[] FindArtifacts(IReadOnlyList<Block> blocks)
    {
        var artifact = new bool[blocks.Count];
        var keys = new string?[blocks.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (IsPageArtifact(text))
            {
                artifact[i] = true;
                continue;
            }

            // A sentence is never a running footer, however often a filing repeats it (a repeated heading is TF0003).
            if (blocks[i].Kind == BlockKind.ListItem || CountWords(text) > MaxArtifactWords || EndsSentence(text))
            {
                continue;
            }

            var key = WithoutPageNumber(text);
            keys[i] = key;
            counts.TryGetValue(key, out var seen);
            counts[key] = seen + 1;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (keys[i] is { } key && counts[key] >= MinRepeats && !IsSectionHeading(blocks[i]))
            {
                artifact[i] = true;
            }
        }

        return artifact;
    }

    private static bool EndsWithPageNumber(string text) =>
        text.Length > 2 && char.IsDigit(text[text.Length - 1]) && text.LastIndexOf(' ') is var space && space > 0 && IsPageArtifact(text.Substring(space + 1));

    /// <summary>The text without a trailing page number ("Apple Inc. | 2024 Form 10-K | 5" -> "Apple Inc. | 2024 Form 10-K |").</summary>
    private static string WithoutPageNumber(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsDigit(text[end - 1]))
        {
            end--;
        }

        if (end == text.Length || end == 0)
        {
            return text;
        }

        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '-'))
        {
            end--;
        }

        return text.Substring(0, end);
    }

    /// <summary>Page numbers and running footers that converters leave between paragraphs ("4", "-7-").</summary>
    internal static bool IsPageArtifact(string text)
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

        return digits is > 0 and <= 4;
    }

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var white = c == ' ';
            if (!white && !inWord)
            {
                count++;
            }

            inWord = !white;
        }

        return count;
    }
}
