using System;
using System.Threading;

namespace TypedFiling.Parsing;

/// <summary>The loops of the parser that poll the cancellation token, each with the unit its position counts.</summary>
internal enum ParseStage
{
    /// <summary>The Markdown block reader's lines; position: the source offset.</summary>
    MarkdownBlocks,

    /// <summary>The Markdown inline reader within one block; position: the source offset.</summary>
    MarkdownInline,

    /// <summary>The plain-text block reader; position: the source offset.</summary>
    TextBlocks,

    /// <summary>The HTML block reader; position: the source offset.</summary>
    HtmlBlocks,

    /// <summary>The line map of the whole text; position: the source offset.</summary>
    Lines,

    /// <summary>The outline's passes over the blocks; position: the block index.</summary>
    Outline,

    /// <summary>The currency conventions' pass over the blocks; position: the block index.</summary>
    Conventions,

    /// <summary>The currency conventions' tokens within one block; position: the offset in the block's text.</summary>
    ConventionsText,

    /// <summary>The naming of risk factors; position: the risk factor index.</summary>
    Naming,

    /// <summary>The figure scanner's tokenizer within one block; position: the offset in the block's text.</summary>
    Tokens,

    /// <summary>The sentence splitter within one block; position: the offset in the block's text.</summary>
    Sentences,

    /// <summary>The figure scanner's readers within one block; position: the offset in the block's text.</summary>
    Figures,

    /// <summary>The risk factors' figures, one poll per block; position: the risk factor index.</summary>
    RiskFactors,

    /// <summary>The inline XBRL facts reader; position: the source offset.</summary>
    Facts,

    /// <summary>The emitter's members (risk factors, figures, concepts) and its table's packing; position: the member or chunk written.</summary>
    Emit,
}

/// <summary>
/// Where every long loop of the parser polls its cancellation token, a bounded amount of work apart (see each
/// loop's constant), so that a run the IDE cancels stops within that much work on any input, a 10 MB filing
/// or a single enormous paragraph alike.
/// </summary>
internal static class ParsePolls
{
    /// <summary>How many characters a loop over text reads between polls: about 0.1 ms of any reader's work.</summary>
    internal const int Chars = 16 * 1024;

    /// <summary>How many blocks a loop over blocks reads between polls (each block's work there is bounded).</summary>
    internal const int Blocks = 256;

    /// <summary>
    /// A test and benchmark seam, null in the product: when set (for the current thread only), it sees every poll
    /// that passed, after the token was checked, with its stage and position. A probe that cancels the token
    /// there makes the next poll throw, as a cancellation that arrives just after a poll does: so tests can
    /// count the work between polls deterministically and benchmarks can time the worst-case latency. Unset,
    /// it costs one thread-static read per poll, and polls are thousands of characters apart.
    /// </summary>
    [ThreadStatic]
    internal static Action<ParseStage, int>? Probe;

    /// <summary>
    /// Where in its block the slice the figure scanner reads starts (<see cref="Figures.FigureReading"/> reads a long block a
    /// slice at a time): the probe sees the scanner's positions in the block, as if the block had been read whole.
    /// </summary>
    [ThreadStatic]
    internal static int SliceStart;

    /// <summary>Throws when <paramref name="cancellationToken"/> is cancelled; then tells the probe, if any.</summary>
    public static void Check(CancellationToken cancellationToken, ParseStage stage, int position)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Probe?.Invoke(stage, stage is ParseStage.Tokens or ParseStage.Sentences or ParseStage.Figures ? position + SliceStart : position);
    }

    private static readonly char[] LineBreaks = { '\n', '\r' };

    /// <summary>
    /// Where the line at <paramref name="start"/> ends: its first '\n' or '\r', or the text's end. Polls as
    /// <see cref="IndexOfAny"/> does, first at <paramref name="start"/> when <paramref name="poll"/> is due there.
    /// </summary>
    public static int LineEnd(string text, int start, ref int poll, CancellationToken cancellationToken, ParseStage stage)
    {
        var end = IndexOfAny(text, LineBreaks, start, ref poll, cancellationToken, stage);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// The index of the first of <paramref name="anyOf"/> at or after <paramref name="start"/>, or -1: searched
    /// <see cref="Chars"/> at a time, polling between, since a line can be a whole filing's worth of text.
    /// <paramref name="poll"/> is the caller's next poll position, moved on as it polls.
    /// </summary>
    public static int IndexOfAny(string text, char[] anyOf, int start, ref int poll, CancellationToken cancellationToken, ParseStage stage)
    {
        for (var from = start; from < text.Length; from += Chars)
        {
            if (from >= poll)
            {
                poll = from + Chars;
                Check(cancellationToken, stage, from);
            }

            var found = text.IndexOfAny(anyOf, from, Math.Min(Chars, text.Length - from));
            if (found >= 0)
            {
                return found;
            }
        }

        return -1;
    }

    /// <summary>
    /// For benchmarks and tests: a probe that cancels <paramref name="source"/> at the first poll of
    /// <paramref name="stage"/> at or past <paramref name="position"/> (half the text's length: cancelled half-way),
    /// calling <paramref name="cancelled"/> just after (where a benchmark reads its clock). Set it as
    /// <see cref="Probe"/> around one <see cref="FilingParser.Parse"/> call, and clear it after.
    /// </summary>
    internal static Action<ParseStage, int> CancelAt(CancellationTokenSource source, ParseStage stage, int position, Action? cancelled = null) =>
        (polled, at) =>
        {
            if (polled == stage && at >= position && !source.IsCancellationRequested)
            {
                source.Cancel();
                cancelled?.Invoke();
            }
        };
}
