using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// How each block of the risk-factor region looks as a heading, against the region's body text: set apart by the
/// format (a Markdown or HTML heading), by emphasis over all of its words (<see cref="Block.WordEmphasis"/>: a period
/// or a bullet left plain does not count), or by type larger than the body's (a category in plain 15pt text over a
/// 9pt body). A look is what a filing keeps the same for all headings of one level: the emphasis, the size relative
/// to the body, and whether the text is in capitals.
/// </summary>
internal sealed class HeadingLooks
{
    /// <summary>Type this much larger than the body's (6/5: 12pt over 10pt, 11pt over 9pt) sets a block apart.</summary>
    private const int LargerNumerator = 6;

    private const int LargerDenominator = 5;

    /// <summary>Larger type sets apart a heading, not a paragraph: at most this many words (a long title has 60).</summary>
    private const int MaxLargerWords = RunInHeadings.MaxTitleWords;

    private readonly IReadOnlyList<Block> blocks;
    private readonly int bodySize;

    private HeadingLooks(IReadOnlyList<Block> blocks, int bodySize)
    {
        this.blocks = blocks;
        this.bodySize = bodySize;
    }

    /// <summary>The looks of <paramref name="state"/>'s blocks, against the body type of its region.</summary>
    public static HeadingLooks Read(OutlineState state) => new(state.Blocks, BodySize(state));

    /// <summary>Whether the block is set apart as a heading: marked by the format, emphasized over all its words, or in larger type.</summary>
    public bool IsHeadingLike(int index)
    {
        var block = blocks[index];
        return block.Kind == BlockKind.Heading || (block.Kind == BlockKind.Paragraph && (block.WordEmphasis != Emphasis.None || IsLarger(index)));
    }

    /// <summary>Whether the block is in type larger than the region's body.</summary>
    public bool IsLarger(int index)
    {
        var size = blocks[index].FontSize;
        return bodySize > 0 && size * LargerDenominator >= bodySize * LargerNumerator &&
            HeadingShapes.CountWords(blocks[index].Text, MaxLargerWords) <= MaxLargerWords;
    }

    /// <summary>
    /// The look of a heading-like block, a small number equal for blocks that look alike: its emphasis, whether it is in
    /// larger type (and how much: sizes a point apart are one level), whether in capitals, and whether the format marks it.
    /// </summary>
    public int Look(int index)
    {
        var block = blocks[index];
        var size = IsLarger(index) ? 1 + ((block.FontSize - bodySize) / 100) : 0;
        var capitals = HeadingShapes.IsAllCapitals(block.Text) ? 1 : 0;
        var marked = block.Kind == BlockKind.Heading ? 1 : 0;
        return (int)block.WordEmphasis | (capitals << 3) | (marked << 4) | (size << 5);
    }

    /// <summary>
    /// The font size most of the risk-factor section's plain text is set in (by characters), or 0 where the format gives
    /// none or no section was found: a whole document's cover, tables and statements come in too many sizes to tell by.
    /// </summary>
    private static int BodySize(OutlineState state)
    {
        var blocks = state.Blocks;
        if (state.RiskSection is null)
        {
            return 0;
        }

        var characters = new Dictionary<int, int>();
        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            state.Poll(i);
            var block = blocks[i];
            if (block.FontSize == 0 || block.WordEmphasis != Emphasis.None || !state.InRegion(i))
            {
                continue;
            }

            characters.TryGetValue(block.FontSize, out var count);
            count += block.Text.Length;
            characters[block.FontSize] = count;
            if (count > bestCount)
            {
                best = block.FontSize;
                bestCount = count;
            }
        }

        return best;
    }
}
