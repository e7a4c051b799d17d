using System;
using System.Collections.Generic;
using TypedFiling.Cli.Output;
using TypedFiling.Parsing.Matching;

namespace TypedFiling.Cli.Diff;

/// <summary>
/// Compares two filings of one company with the parser library's matcher (the one the generator keeps locked
/// names with): risk factors by id, then the rest by title and text similarity, and reports what changed.
/// </summary>
internal static class FilingDiff
{
    public static DiffReport Compare(Filing oldFiling, Filing newFiling)
    {
        var matches = Match(oldFiling.RiskFactors, newFiling.RiskFactors, out var removed, out var added, out var moved);

        var reworded = new List<RewordedRiskFactor>();
        var textChanged = new List<TextChange>();
        var figuresChanged = new List<FigureChange>();
        foreach (var match in matches)
        {
            // Changed only when a word changed: line breaks, spacing and punctuation of a body are not a change.
            var bodyChanged = !Similarity.SameWords(WithoutFigures(match.Old), WithoutFigures(match.New));
            if (!string.Equals(match.Old.Title, match.New.Title, StringComparison.Ordinal))
            {
                reworded.Add(new RewordedRiskFactor(match, WordDiff.Compare(match.Old.Title, match.New.Title), bodyChanged));
            }
            else if (bodyChanged)
            {
                textChanged.Add(new TextChange(match));
            }

            FigureChanges(match, figuresChanged);
        }

        return new DiffReport(oldFiling, newFiling, added, removed, reworded, moved, textChanged, figuresChanged, FactDiff.Compare(oldFiling, newFiling));
    }

    /// <summary>Pairs of the same risk factor, in the old filing's order; the rest are removed or added.</summary>
    internal static List<MatchedRiskFactor> Match(IReadOnlyList<RiskFactor> oldRisks, IReadOnlyList<RiskFactor> newRisks, out List<RiskFactor> removed, out List<RiskFactor> added, out List<MatchedRiskFactor> moved)
    {
        var oldItems = Items(oldRisks);
        var newItems = Items(newRisks);
        var result = RiskFactorMatcher.Match(oldItems, newItems, MatchKeys.Id);

        var matches = new List<MatchedRiskFactor>(result.Pairs.Count);
        foreach (var pair in result.Pairs)
        {
            matches.Add(new MatchedRiskFactor(oldRisks[pair.Old], newRisks[pair.New], pair.MatchedBy, pair.TitleSimilarity, pair.TextSimilarity));
        }

        removed = result.Removed.Pick(oldRisks);
        added = result.Added.Pick(newRisks);
        moved = new List<MatchedRiskFactor>();
        foreach (var index in RiskFactorMatcher.Moved(result.Pairs, newItems))
        {
            moved.Add(matches[index]);
        }

        return matches;
    }

    private static List<MatchItem> Items(IReadOnlyList<RiskFactor> riskFactors)
    {
        var items = new List<MatchItem>(riskFactors.Count);
        foreach (var riskFactor in riskFactors)
        {
            items.Add(new MatchItem(riskFactor.Number, riskFactor.Id, riskFactor.Title, riskFactor.Text));
        }

        return items;
    }

    private static List<RiskFactor> Pick(this IReadOnlyList<int> indexes, IReadOnlyList<RiskFactor> riskFactors)
    {
        var list = new List<RiskFactor>(indexes.Count);
        foreach (var index in indexes)
        {
            list.Add(riskFactors[index]);
        }

        return list;
    }

    /// <summary>Figures of the same name in both whose value, unit, hedge or as-of date differ.</summary>
    private static void FigureChanges(MatchedRiskFactor match, List<FigureChange> changes)
    {
        var newByName = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var figure in match.New.Figures)
        {
            newByName.TryAdd(figure.Name, figure);
        }

        foreach (var figure in match.Old.Figures)
        {
            if (newByName.TryGetValue(figure.Name, out var same) &&
                (figure.Kind != same.Kind || !string.Equals(FigureText.Describe(figure), FigureText.Describe(same), StringComparison.Ordinal)))
            {
                changes.Add(new FigureChange(match, figure, same));
            }
        }
    }

    /// <summary>The body with each figure's words taken out, so that a changed figure is reported once, as a figure.</summary>
    private static string WithoutFigures(RiskFactor riskFactor)
    {
        var text = riskFactor.Text;
        foreach (var figure in riskFactor.Figures)
        {
            if (figure.Text.Length > 0)
            {
                text = text.Replace(figure.Text, "\u2026", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
