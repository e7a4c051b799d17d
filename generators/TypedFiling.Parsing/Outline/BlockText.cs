using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>Joins blocks into one text: paragraphs apart by a blank line, items of one list by a line break.</summary>
internal static class BlockText
{
    public static string Join(IReadOnlyList<Block> blocks)
    {
        if (blocks.Count == 0)
        {
            return string.Empty;
        }

        if (blocks.Count == 1)
        {
            return blocks[0].Text;
        }

        // One concatenation: the result is allocated once at its final length, with no builder's chunks.
        var parts = new string[(2 * blocks.Count) - 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0)
            {
                var sameList = blocks[i].Kind == BlockKind.ListItem && blocks[i - 1].Kind == BlockKind.ListItem && blocks[i].ListId == blocks[i - 1].ListId;
                parts[(2 * i) - 1] = sameList ? "\n" : "\n\n";
            }

            parts[2 * i] = blocks[i].Text;
        }

        return string.Concat(parts);
    }
}
