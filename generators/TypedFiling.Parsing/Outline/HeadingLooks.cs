using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// How each block of the risk-factor region looks as a heading, against the region's body text: set apart by the
/// format (a Markdown or HTML heading), by emphasis over all of its words other than the body's
/// (<see cref="Block.WordEmphasis"/>: a period or a bullet left plain does not count; over an italic body, only bold
/// or bold-italic sets a block apart), or by type larger than the body's (a category in plain 15pt text over a 9pt
/// body). A look is what a filing keeps the same for all headings of one level: the emphasis, the size relative to
/// the body, and whether the text is in capitals.
/// </summary>
internal sealed class HeadingLooks
{
    /// <summary>Type this much larger than the body's (6/5: 12pt over 10pt, 11pt over 9pt) sets a block apart.</summary>
    private const int LargerNumerator = 6;

    private const int LargerDenominator = 5;

    /// <summary>Larger type sets apart a heading, not a paragraph: at most this many words (a long title has 60).</summary>
    private const int MaxLargerWords = RunInHeadings.MaxTitleWords;

    /// <summary>
    /// Body text is told by size only in a section or in a text of at most this many characters (a cut of a filing): a
    /// whole document read as one region (its section not found) sets cover pages, tables and statements in too many
    /// sizes to tell by (as <see cref="OutlineCheck"/> says of such a document).
    /// </summary>
    private const int MaxUnsectionedChars = 150_000;

    /// <summary>An emphasized body has many paragraphs: in a short text, a few headings can outweigh their bodies.</summary>
    private const int MinEmphasizedBodyParagraphs = 10;

    private readonly IReadOnlyList<Block> blocks;
    private readonly Emphasis bodyEmphasis;
    private readonly int bodySize;

    private HeadingLooks(IReadOnlyList<Block> blocks, Emphasis bodyEmphasis, int bodySize)
    {
        this.blocks = blocks;
        this.bodyEmphasis = bodyEmphasis;
        this.bodySize = bodySize;
    }

    /// <summary>The looks of <paramref name="state"/>'s blocks, against the body text of its region.</summary>
    public static HeadingLooks Read(OutlineState state)
    {
        var emphasis = BodyEmphasis(state, out var regionChars);
        var size = state.RiskSection is null && regionChars > MaxUnsectionedChars ? 0 : BodySize(state, emphasis);
        return new HeadingLooks(state.Blocks, emphasis, size);
    }

    /// <summary>Whether the block is set apart as a heading: marked by the format, emphasized over all its words unlike the body, or in larger type.</summary>
    public bool IsHeadingLike(int index)
    {
        var block = blocks[index];
        return block.Kind == BlockKind.Heading ||
            (block.Kind == BlockKind.Paragraph && ((block.WordEmphasis != Emphasis.None && block.WordEmphasis != bodyEmphasis) || IsLarger(index)));
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
    /// The emphasis of the region's body: one that covers more than half of its paragraphs and of their text, in at least
    /// <see cref="MinEmphasizedBodyParagraphs"/> paragraphs (an italic body makes italic no heading's mark), else none.
    /// <paramref name="regionChars"/> is the region's paragraph text.
    /// </summary>
    private static Emphasis BodyEmphasis(OutlineState state, out int regionChars)
    {
        var characters = new int[(int)Emphasis.Underlined + 1];
        var paragraphs = new int[characters.Length];
        var regionParagraphs = 0;
        regionChars = 0;
        for (var i = 0; i < state.Blocks.Count; i++)
        {
            state.Poll(i);
            var block = state.Blocks[i];
            if (block.Kind == BlockKind.Paragraph && state.InRegion(i))
            {
                characters[(int)block.WordEmphasis] += block.Text.Length;
                paragraphs[(int)block.WordEmphasis]++;
                regionChars += block.Text.Length;
                regionParagraphs++;
            }
        }

        for (var emphasis = Emphasis.Italic; emphasis <= Emphasis.Underlined; emphasis++)
        {
            var count = paragraphs[(int)emphasis];
            if (count >= MinEmphasizedBodyParagraphs && count * 2 > regionParagraphs && characters[(int)emphasis] * 2 > regionChars)
            {
                return emphasis;
            }
        }

        return Emphasis.None;
    }

    /// <summary>The font size most of the region's body text (in <paramref name="emphasis"/>) is set in, by characters; 0 where the format gives none.</summary>
    private static int BodySize(OutlineState state, Emphasis emphasis)
    {
        var blocks = state.Blocks;
        var characters = new Dictionary<int, int>();
        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            state.Poll(i);
            var block = blocks[i];
            if (block.FontSize == 0 || block.WordEmphasis != emphasis || !state.InRegion(i))
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
