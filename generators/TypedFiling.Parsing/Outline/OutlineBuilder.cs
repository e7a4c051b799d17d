using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// Finds a filing's sections and risk factors in its blocks, whatever format they were read from.
/// <list type="bullet">
/// <item>A section heading is a short block that reads "Item 1A. ...", "D. ..." or just "Risk Factors".
/// The risk factors are in the section titled "Risk Factors" (not "... Summary") with the most text, so
/// that a table of contents' entry for the same words, which has none, is passed over; cross-references
/// in prose are not headings. The section ends at the next section heading (Item 1B, Item 4, "E.").</item>
/// <item>How that section heads its risk factors is read from the section's own shape (see
/// <see cref="ChooseMode"/>): emphasized headings standing alone, run-in headings opening their paragraphs
/// (<see cref="RunInHeadings"/>), or, where nothing is emphasized, unmarked one-sentence paragraphs.</item>
/// <item>A heading followed by another heading is a category when it is short and has no final period, and
/// otherwise text (such as the emphasized introduction that many filings open with).</item>
/// <item>A "Risk Factors Summary" and its lists, and a "Forward-Looking Statements" note, belong to the
/// section's text, not to its risk factors. Page numbers and running footers are skipped
/// (<see cref="PageArtifacts"/>).</item>
/// </list>
/// </summary>
internal static class OutlineBuilder
{
    /// <summary>
    /// A section's headings are run-in when at least this many of its paragraphs open that way (and more
    /// than stand alone): one or two bold lead-ins are emphasis within prose.
    /// </summary>
    private const int MinRunInHeadings = 3;

    /// <summary>
    /// Unmarked headings are read from the shape of a whole section: one short sentence before a longer
    /// paragraph is not enough ("Not applicable." followed by an explanation), two or more are.
    /// </summary>
    private const int MinPlainHeadings = 2;

    /// <summary>The outline stage: the filing's sections and risk factors, with its mode and verdict decided (<see cref="OutlineCheck"/>).</summary>
    public static FilingOutline Build(IReadOnlyList<Block> blocks, HeadingMode? headings = null, CancellationToken cancellationToken = default)
    {
        var state = OutlineState.Scan(blocks, cancellationToken);
        state.Mode = headings is { } forced ? Force(state, forced) : ChooseMode(state);
        return OutlineCheck.Judge(OutlineAssembler.Assemble(state) with { Section = state.Section }, state.Mode, state.Inferred, blocks);
    }

    /// <summary>
    /// The heading mode the risk-factor region's shape shows. Run-in when at least
    /// <see cref="MinRunInHeadings"/> paragraphs open with an emphasized run-in heading and they outnumber
    /// the emphasized headings that stand alone; else emphasized when anything is; else run-in when
    /// Title-Case run-in headings outnumber the unmarked one-sentence headings; else plain.
    /// </summary>
    private static HeadingMode ChooseMode(OutlineState state)
    {
        var emphasizedRunIns = state.CountRunIns(emphasized: true);
        if (emphasizedRunIns >= MinRunInHeadings && emphasizedRunIns > state.CountEmphasizedHeadings())
        {
            state.MarkRunIn(emphasized: true);
            return HeadingMode.RunIn;
        }

        if (state.CountHeadingLike() > 0)
        {
            state.MarkEmphasized();
            return HeadingMode.Emphasized;
        }

        var plainRunIns = state.CountRunIns(emphasized: false);
        var plain = state.MarkPlain(MinPlainHeadings);
        if (plainRunIns >= MinRunInHeadings && plainRunIns > plain)
        {
            state.ClearMarks();
            state.MarkRunIn(emphasized: false);
            return HeadingMode.RunIn;
        }

        return HeadingMode.Plain;
    }

    /// <summary>The mode the user named (the <c>Headings</c> option): one heading of that kind is enough.</summary>
    private static HeadingMode Force(OutlineState state, HeadingMode mode)
    {
        switch (mode)
        {
            case HeadingMode.RunIn:
                state.MarkRunIn(emphasized: state.CountRunIns(emphasized: true) >= state.CountRunIns(emphasized: false));
                break;
            case HeadingMode.Plain:
                state.MarkPlain(1);
                break;
            default:
                state.MarkEmphasized();
                break;
        }

        return mode;
    }
}
