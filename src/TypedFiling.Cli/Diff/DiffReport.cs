using System.Collections.Generic;
using TypedFiling.Parsing.Matching;

namespace TypedFiling.Cli.Diff;

/// <summary>What changed between two filings' risk factors.</summary>
/// <param name="Old">The earlier filing.</param>
/// <param name="New">The later filing.</param>
/// <param name="Added">Risk factors only in <paramref name="New"/>, in its order.</param>
/// <param name="Removed">Risk factors only in <paramref name="Old"/>, in its order.</param>
/// <param name="Reworded">Risk factors whose heading changed: matched by id or by title and text similarity.</param>
/// <param name="Moved">Matched risk factors whose place among the others changed.</param>
/// <param name="TextChanged">Matched risk factors with the same heading whose body changed beyond their figures.</param>
/// <param name="FiguresChanged">Figures of matched risk factors whose value changed under the same name.</param>
/// <param name="FactsChanged">Inline XBRL facts of the same concept, period, dimensions and unit whose value changed (restated comparatives).</param>
internal sealed record DiffReport(
    Filing Old,
    Filing New,
    IReadOnlyList<RiskFactor> Added,
    IReadOnlyList<RiskFactor> Removed,
    IReadOnlyList<RewordedRiskFactor> Reworded,
    IReadOnlyList<MatchedRiskFactor> Moved,
    IReadOnlyList<TextChange> TextChanged,
    IReadOnlyList<FigureChange> FiguresChanged,
    IReadOnlyList<FactChange>? FactsChanged = null)
{
    /// <summary>The restated facts; empty when neither filing has inline XBRL.</summary>
    public IReadOnlyList<FactChange> RestatedFacts => FactsChanged ?? System.Array.Empty<FactChange>();

    /// <summary>Whether the two filings' risk factors are the same.</summary>
    public bool IsEmpty =>
        Added.Count == 0 && Removed.Count == 0 && Reworded.Count == 0 && Moved.Count == 0 && TextChanged.Count == 0 && FiguresChanged.Count == 0 && RestatedFacts.Count == 0;
}

/// <summary>One risk factor in both filings.</summary>
internal sealed record MatchedRiskFactor(RiskFactor Old, RiskFactor New, MatchKind MatchedBy, double TitleSimilarity, double TextSimilarity);

/// <summary>A risk factor whose heading changed, with the word-level diff of its title.</summary>
internal sealed record RewordedRiskFactor(MatchedRiskFactor Match, IReadOnlyList<WordChange> TitleDiff, bool TextChanged);

/// <summary>A risk factor whose body changed while its heading did not.</summary>
internal sealed record TextChange(MatchedRiskFactor Match);

/// <summary>A figure whose value changed under the same generated name.</summary>
internal sealed record FigureChange(MatchedRiskFactor Match, Figure Old, Figure New);
