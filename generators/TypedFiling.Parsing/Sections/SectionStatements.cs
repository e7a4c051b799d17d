using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Sections;

/// <summary>
/// What a risk-factor section that lists no risk factors says instead, in the filing's own words: that the risk factors
/// are in another document ("... can be found in the 2024 Annual Report under 'Risk Factors'"; a 10-Q's "see Part I, Item
/// 1A of our Form 10-K"), that the item does not apply ("Not applicable", "As a smaller reporting company, we are not
/// required ..."), or that nothing changed since the 10-K ("There have been no material changes ..."). Where a section
/// says more than one, not applicable wins over no changes, and no changes over a reference.
/// </summary>
internal static class SectionStatements
{
    /// <summary>A statement is in the section's first paragraphs: a section that says one is short.</summary>
    private const int MaxBlocks = 12;

    /// <summary>A quote is cut at a word after this many characters.</summary>
    private const int MaxQuoteChars = 240;

    private static readonly string[] NotApplicable = { "not applicable", "not required to provide", "not required to include", "is not required" };

    private static readonly string[] NoChanges = { "no material change", "not been any material change", "no material updates", "no significant change" };

    private static readonly string[] References = { "incorporated herein by reference", "by reference", "refer to", "can be found", "please see" };

    private static readonly string[] Documents = { "form 10-k", "annual report", "item 1a", "risk factors\u201d", "risk factors\"", "risk factors.\u201d" };

    private static readonly string[] Pointers = { "see ", "discussed", "described", "set forth", "consider" };

    /// <summary>The diagnostic id of what the section at <paramref name="location"/> states and the block that says it, or null.</summary>
    public static (string Id, Block Block)? Find(IReadOnlyList<Block> blocks, SectionLocation location)
    {
        if (!location.Found)
        {
            return null;
        }

        (string Id, Block Block)? found = null;
        var rank = 0;
        var end = Math.Min(location.End, location.Heading + MaxBlocks);
        for (var i = location.Heading; i < end; i++)
        {
            var text = blocks[i].Text.ToLowerInvariant();
            var (id, weight) = ContainsAny(text, NotApplicable) ? (DiagnosticIds.RiskFactorsNotApplicable, 3)
                : ContainsAny(text, NoChanges) ? (DiagnosticIds.RiskFactorsUnchanged, 2)
                : ContainsAny(text, References) || (ContainsAny(text, Pointers) && ContainsAny(text, Documents)) ? (DiagnosticIds.RiskFactorsIncorporatedByReference, 1)
                : (string.Empty, 0);
            if (weight > rank)
            {
                found = (id, blocks[i]);
                rank = weight;
            }
        }

        return found;
    }

    /// <summary>The block's words, cut at a word after <see cref="MaxQuoteChars"/> characters.</summary>
    public static string Quote(string text)
    {
        if (text.Length <= MaxQuoteChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxQuoteChars);
        return text.Substring(0, cut > 0 ? cut : MaxQuoteChars).TrimEnd(',', ';', ':') + " …";
    }

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.IndexOf(phrase, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
