using System.Collections.Generic;

namespace TypedFiling.Parsing.Figures;

/// <summary>What the readers of one block share: the tokens, the options, the figures so far and the floor below which
/// no reader may reach back (the tokens of the last figure are taken).</summary>
internal sealed class ScanState
{
    public ScanState(TokenList tokens, FigureScanOptions options)
    {
        T = tokens;
        O = options;
    }

    public TokenList T { get; }

    public FigureScanOptions O { get; }

    public List<Draft> Drafts { get; } = new List<Draft>();

    /// <summary>The first token a reader may still use looking back (qualifiers, ratio context).</summary>
    public int Floor { get; set; }

    public Draft? Last => Drafts.Count == 0 ? null : Drafts[Drafts.Count - 1];
}
