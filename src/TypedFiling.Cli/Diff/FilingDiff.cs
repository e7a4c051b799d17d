using System;
using System.Collections.Generic;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Diff;

/// <summary>
/// Compares two filings of one company: matches their risk factors by id, then the rest by title and text
/// similarity (so a reworded heading is reworded, not removed and added), and reports what changed.
/// </summary>
internal static class FilingDiff
{
    /// <summary>A pair whose text is at least this alike is the same risk factor, whatever its heading says now.</summary>
    internal const double TextThreshold = 0.5;

    /// <summary>A pair whose title is at least this alike is the same risk factor, even with a rewritten body.</summary>
    internal const double TitleThreshold = 0.6;

    public static DiffReport Compare(Filing oldFiling, Filing newFiling)
    {
        var matches = Match(oldFiling.RiskFactors, newFiling.RiskFactors, out var removed, out var added);

        var reworded = new List<RewordedRiskFactor>();
        var textChanged = new List<TextChange>();
        var figuresChanged = new List<FigureChange>();
        foreach (var match in matches)
        {
            var bodyChanged = !string.Equals(WithoutFigures(match.Old), WithoutFigures(match.New), StringComparison.Ordinal);
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

        return new DiffReport(oldFiling, newFiling, added, removed, reworded, Moved(matches), textChanged, figuresChanged, FactDiff.Compare(oldFiling, newFiling));
    }

    /// <summary>Pairs of the same risk factor, in the old filing's order; the rest are removed or added.</summary>
    internal static List<MatchedRiskFactor> Match(IReadOnlyList<RiskFactor> oldRisks, IReadOnlyList<RiskFactor> newRisks, out List<RiskFactor> removed, out List<RiskFactor> added)
    {
        var pairs = new Dictionary<RiskFactor, MatchedRiskFactor>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<RiskFactor>(ReferenceEqualityComparer.Instance);

        var newById = new Dictionary<string, RiskFactor>(StringComparer.Ordinal);
        foreach (var riskFactor in newRisks)
        {
            newById.TryAdd(riskFactor.Id, riskFactor);
        }

        foreach (var riskFactor in oldRisks)
        {
            if (newById.TryGetValue(riskFactor.Id, out var same) && taken.Add(same))
            {
                pairs.Add(riskFactor, Pair(riskFactor, same, MatchKind.Id));
            }
        }

        // The rest by similarity: the most alike pairs first, each risk factor in one pair at most.
        var candidates = new List<MatchedRiskFactor>();
        foreach (var oldRisk in oldRisks)
        {
            if (pairs.ContainsKey(oldRisk))
            {
                continue;
            }

            foreach (var newRisk in newRisks)
            {
                if (!taken.Contains(newRisk))
                {
                    var candidate = Pair(oldRisk, newRisk, MatchKind.Similarity);
                    if (candidate.TextSimilarity >= TextThreshold || candidate.TitleSimilarity >= TitleThreshold)
                    {
                        candidates.Add(candidate);
                    }
                }
            }
        }

        candidates.Sort((x, y) =>
        {
            var byScore = Score(y).CompareTo(Score(x));
            return byScore != 0 ? byScore : x.Old.Number != y.Old.Number ? x.Old.Number.CompareTo(y.Old.Number) : x.New.Number.CompareTo(y.New.Number);
        });
        foreach (var candidate in candidates)
        {
            if (!pairs.ContainsKey(candidate.Old) && !taken.Contains(candidate.New))
            {
                pairs.Add(candidate.Old, candidate);
                taken.Add(candidate.New);
            }
        }

        var matches = new List<MatchedRiskFactor>();
        removed = new List<RiskFactor>();
        foreach (var riskFactor in oldRisks)
        {
            if (pairs.TryGetValue(riskFactor, out var match))
            {
                matches.Add(match);
            }
            else
            {
                removed.Add(riskFactor);
            }
        }

        added = new List<RiskFactor>();
        foreach (var riskFactor in newRisks)
        {
            if (!taken.Contains(riskFactor))
            {
                added.Add(riskFactor);
            }
        }

        return matches;
    }

    private static MatchedRiskFactor Pair(RiskFactor oldRisk, RiskFactor newRisk, MatchKind kind) =>
        new(oldRisk, newRisk, kind, Similarity.Title(oldRisk.Title, newRisk.Title), Similarity.Text(oldRisk.Text, newRisk.Text));

    private static double Score(MatchedRiskFactor match) => (0.4 * match.TitleSimilarity) + (0.6 * match.TextSimilarity);

    /// <summary>
    /// Matched risk factors whose place changed: those outside the longest run that keeps its order (in the old
    /// filing's order, the longest increasing subsequence of new positions), so one risk factor moved is one move.
    /// </summary>
    private static List<MatchedRiskFactor> Moved(List<MatchedRiskFactor> matches)
    {
        var count = matches.Count;
        var length = new int[count];
        var previous = new int[count];
        var best = -1;
        for (var i = 0; i < count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (matches[j].New.Number < matches[i].New.Number && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var inOrder = new bool[count];
        for (var i = best; i >= 0; i = previous[i])
        {
            inOrder[i] = true;
        }

        var moved = new List<MatchedRiskFactor>();
        for (var i = 0; i < count; i++)
        {
            if (!inOrder[i])
            {
                moved.Add(matches[i]);
            }
        }

        return moved;
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
