using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// Reads the headings of a section whose headings stand apart (emphasized, or in larger type) against the look most
/// of its risk factors' headings share, the title look:
/// <list type="bullet">
/// <item>a heading a page break split in two is one heading: its second half, in the same look, opens in lowercase
/// after a first half that ends no sentence (a page number and running header between them are artifacts);</item>
/// <item>a sentence in another look just under a title, before the body, restates the title and is body text (an
/// italic sentence under a bold-italic title);</item>
/// <item>a bare line in Title Case or capitals, short and without a final period, just before a heading is a
/// category that lacks emphasis ("II. Insurance Risks").</item>
/// </list>
/// </summary>
internal static class EmphasizedHeadings
{
    public static void Refine(OutlineState state)
    {
        state.TitleLook = TitleLook(state);
        for (var i = 0; i < state.Blocks.Count; i++)
        {
            state.Poll(i);
            if (!state.InRegion(i) || state.Continuation[i])
            {
                continue;
            }

            if (state.Heading[i])
            {
                JoinSecondHalf(state, i);
                DemoteRestatement(state, i);
            }
            else if (IsBareCategory(state, i))
            {
                state.Heading[i] = true;
                state.Category[i] = true;
            }
        }
    }

    /// <summary>The look most often seen on a heading over body text in the region, or -1 when there is none.</summary>
    private static int TitleLook(OutlineState state)
    {
        var counts = new Dictionary<int, int>();
        var best = -1;
        var bestCount = 0;
        for (var i = 0; i < state.Blocks.Count; i++)
        {
            state.Poll(i);
            if (!state.InRegion(i) || !state.Heading[i] || !(state.Next(i) is var next && next >= 0 && IsBody(state, next)))
            {
                continue;
            }

            var look = state.Looks.Look(i);
            counts.TryGetValue(look, out var count);
            counts[look] = ++count;
            if (count > bestCount)
            {
                best = look;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>Whether the block is body text: a paragraph that is not a heading.</summary>
    private static bool IsBody(OutlineState state, int index) => !state.Heading[index] && state.Blocks[index].Kind == BlockKind.Paragraph;

    /// <summary>
    /// Joins the heading at <paramref name="index"/> with the next heading when that one is its second half: the same
    /// look, opening in lowercase, after a first half longer than a category that ends no sentence.
    /// </summary>
    private static void JoinSecondHalf(OutlineState state, int index)
    {
        var next = state.Next(index);
        var text = state.Blocks[index].Text;
        if (next < 0 || !state.Heading[next] || state.Looks.Look(next) != state.Looks.Look(index) || state.Blocks[next].Kind != BlockKind.Paragraph ||
            !char.IsLower(state.Blocks[next].Text[0]) || HeadingShapes.EndsSentence(text) || text[text.Length - 1] == ':' ||
            HeadingShapes.CountWords(text, HeadingShapes.MaxCategoryWords) <= HeadingShapes.MaxCategoryWords)
        {
            return;
        }

        state.ContinuedBy[index] = next;
        state.Continuation[next] = true;
        state.Heading[next] = false;
    }

    /// <summary>
    /// A sentence in a look other than the titles' just under a title sentence, and over body text, restates the title:
    /// it opens the body.
    /// </summary>
    private static void DemoteRestatement(OutlineState state, int index)
    {
        var next = state.Next(index);
        if (next < 0 || !state.Heading[next] || state.Looks.Look(index) != state.TitleLook || state.Looks.Look(next) == state.TitleLook ||
            !HeadingShapes.EndsSentence(state.Blocks[index].Text) || !HeadingShapes.EndsSentence(state.Blocks[next].Text) ||
            !(state.Next(next) is var after && after >= 0 && IsBody(state, after)))
        {
            return;
        }

        state.Heading[next] = false;
    }

    /// <summary>A short line in Title Case or capitals, without a final period, just before a heading: a category without emphasis.</summary>
    private static bool IsBareCategory(OutlineState state, int index)
    {
        var block = state.Blocks[index];
        var text = block.Text;
        return block.Kind == BlockKind.Paragraph && state.Next(index) is var next && next >= 0 && state.Heading[next] &&
            HeadingShapes.IsPlainCategory(text) && (HeadingShapes.IsAllCapitals(text) || RunInHeadings.IsTitleCasePhrase(text));
    }
}
