using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// Finds a filing's sections and risk factors in its blocks. A section heading is a heading-like block
/// that reads "Item 3." or "D. ..."; the risk factors are in the section titled "Risk Factors" (or, when
/// there is none, anywhere). There, a heading-like block followed by body text is a risk factor; one
/// followed by another heading is a category when it is short and has no final period, and otherwise
/// text (such as the emphasized introduction that many filings open with).
/// </summary>
internal static class OutlineBuilder
{
    private const int MaxCategoryWords = 15;

    public static FilingOutline Build(IReadOnlyList<Block> blocks)
    {
        var outline = new FilingOutline();
        var sectionOf = new SectionOutline?[blocks.Count];
        SectionOutline? section = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (IsSectionHeading(blocks[i]))
            {
                section = new SectionOutline(blocks[i]);
                outline.Sections.Add(section);
            }
            else
            {
                sectionOf[i] = section;
            }
        }

        var riskSection = FindRiskSection(outline.Sections);
        string? category = null;
        RiskFactorOutline? current = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (IsSectionHeading(block))
            {
                current = null;
                category = null;
                continue;
            }

            var owner = sectionOf[i];
            var inRiskRegion = riskSection is null || owner == riskSection;
            if (IsPageArtifact(block.Text))
            {
                continue;
            }

            if (inRiskRegion && block.LooksLikeHeading)
            {
                var next = i + 1 < blocks.Count && sectionOf[i + 1] == owner && !IsSectionHeading(blocks[i + 1]) ? blocks[i + 1] : null;
                if (next is not null && !next.LooksLikeHeading)
                {
                    current = new RiskFactorOutline(block, category);
                    outline.RiskFactors.Add(current);
                    continue;
                }

                if (IsCategoryTitle(block.Text))
                {
                    category = block.Text;
                    current = null;
                    continue;
                }
            }

            if (current is not null && inRiskRegion)
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

    /// <summary>"Item 3.", "Item 1A. Risk Factors", "D. Risk Factors." as a heading.</summary>
    internal static bool IsSectionHeading(Block block)
    {
        if (!block.LooksLikeHeading)
        {
            return false;
        }

        var text = block.Text;
        if (CountWords(text) > 12)
        {
            return false;
        }

        if (text.StartsWith("Item ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("ITEM\u00A0", StringComparison.Ordinal))
        {
            return text.Length > 5 && char.IsDigit(text[5]);
        }

        // A single capital letter and a period: the lettered parts of a 20-F item.
        return text.Length > 3 && text[0] >= 'A' && text[0] <= 'Z' && text[1] == '.' && text[2] == ' ' && char.IsUpper(text[3]);
    }

    private static SectionOutline? FindRiskSection(List<SectionOutline> sections)
    {
        foreach (var section in sections)
        {
            var title = section.Heading.Text;
            if (title.IndexOf("risk factors", StringComparison.OrdinalIgnoreCase) >= 0 &&
                title.IndexOf("summary", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>A short heading without a final period: "Risks Related to Our Business".</summary>
    private static bool IsCategoryTitle(string text) =>
        CountWords(text) <= MaxCategoryWords && !text.EndsWith(".", StringComparison.Ordinal);

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
