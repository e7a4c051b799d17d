using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Matching;

/// <summary>How two risk factors were found to be the same one.</summary>
internal enum MatchKind
{
    /// <summary>They have the same id.</summary>
    Id,

    /// <summary>Their titles and texts are alike.</summary>
    Similarity,

    /// <summary>They have the same title, word for word.</summary>
    Title,
}

/// <summary>Which exact keys pair risk factors before similarity does.</summary>
[Flags]
internal enum MatchKeys
{
    /// <summary>Similarity alone.</summary>
    None = 0,

    /// <summary>The same title pairs first (a lock: ids are names, titles are the filer's).</summary>
    Title = 1,

    /// <summary>The same id pairs (two filings' generated ids).</summary>
    Id = 2,
}

/// <summary>One risk factor in both lists: the indexes into each, how it was matched and how alike the two are.</summary>
internal sealed record MatchPair(int Old, int New, MatchKind MatchedBy, double TitleSimilarity, double TextSimilarity);

/// <summary>What matching two lists found: the pairs in the old list's order, and the indexes left on each side.</summary>
internal sealed record MatchResult(IReadOnlyList<MatchPair> Pairs, IReadOnlyList<int> Removed, IReadOnlyList<int> Added);

/// <summary>
/// Matches the risk factors of two years (or of a lock and a filing): by exact keys first, then the rest by title
/// and text similarity, the most alike pairs first and each risk factor in one pair at most, so a reworded heading
/// is reworded, not removed and added. Shared by <c>typedfiling diff</c> and the generator's locked names.
/// </summary>
internal static class RiskFactorMatcher
{
    /// <summary>A pair whose text is at least this alike is the same risk factor, whatever its heading says now.</summary>
    public const double TextThreshold = 0.5;

    /// <summary>A pair whose title is at least this alike is the same risk factor, even with a rewritten body.</summary>
    public const double TitleThreshold = 0.6;

    /// <summary>Pairs of the same risk factor of <paramref name="oldItems"/> and <paramref name="newItems"/>.</summary>
    public static MatchResult Match(IReadOnlyList<MatchItem> oldItems, IReadOnlyList<MatchItem> newItems, MatchKeys keys)
    {
        var pairs = new MatchPair?[oldItems.Count];
        var taken = new bool[newItems.Count];
        if ((keys & MatchKeys.Title) != 0)
        {
            PairExactly(oldItems, newItems, static item => item.Title, MatchKind.Title, pairs, taken);
        }

        if ((keys & MatchKeys.Id) != 0)
        {
            PairExactly(oldItems, newItems, static item => item.Id, MatchKind.Id, pairs, taken);
        }

        PairBySimilarity(oldItems, newItems, pairs, taken);

        var matched = new List<MatchPair>();
        var removed = new List<int>();
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i] is { } pair)
            {
                matched.Add(pair);
            }
            else
            {
                removed.Add(i);
            }
        }

        var added = new List<int>();
        for (var j = 0; j < taken.Length; j++)
        {
            if (!taken[j])
            {
                added.Add(j);
            }
        }

        return new MatchResult(matched, removed, added);
    }

    /// <summary>
    /// Indexes into <paramref name="pairs"/> of those whose place changed: outside the longest run that keeps its
    /// order (in the old order, the longest increasing subsequence of new numbers), so one risk factor moved is one move.
    /// </summary>
    public static List<int> Moved(IReadOnlyList<MatchPair> pairs, IReadOnlyList<MatchItem> newItems)
    {
        var count = pairs.Count;
        var length = new int[count];
        var previous = new int[count];
        var best = -1;
        for (var i = 0; i < count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (newItems[pairs[j].New].Number < newItems[pairs[i].New].Number && length[j] + 1 > length[i])
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

        var moved = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (!inOrder[i])
            {
                moved.Add(i);
            }
        }

        return moved;
    }

    /// <summary>How alike two risk factors' bodies are: exactly when both texts are known, else from their fingerprints.</summary>
    public static double TextSimilarity(MatchItem left, MatchItem right) =>
        left.Text is not null && right.Text is not null ? Similarity.Text(left.Text, right.Text) : left.Fingerprint.SimilarityTo(right.Fingerprint);

    private static void PairExactly(IReadOnlyList<MatchItem> oldItems, IReadOnlyList<MatchItem> newItems, Func<MatchItem, string> key, MatchKind kind, MatchPair?[] pairs, bool[] taken)
    {
        // The first free one of each key: two risk factors with one title pair in order.
        var byKey = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < newItems.Count; j++)
        {
            if (!taken[j])
            {
                var k = key(newItems[j]);
                if (!byKey.TryGetValue(k, out var queue))
                {
                    byKey.Add(k, queue = new Queue<int>());
                }

                queue.Enqueue(j);
            }
        }

        for (var i = 0; i < oldItems.Count; i++)
        {
            if (pairs[i] is null && byKey.TryGetValue(key(oldItems[i]), out var queue) && queue.Count > 0)
            {
                var j = queue.Dequeue();
                taken[j] = true;
                pairs[i] = Pair(oldItems, newItems, i, j, kind);
            }
        }
    }

    private static void PairBySimilarity(IReadOnlyList<MatchItem> oldItems, IReadOnlyList<MatchItem> newItems, MatchPair?[] pairs, bool[] taken)
    {
        var candidates = new List<MatchPair>();
        for (var i = 0; i < oldItems.Count; i++)
        {
            if (pairs[i] is not null)
            {
                continue;
            }

            for (var j = 0; j < newItems.Count; j++)
            {
                if (!taken[j])
                {
                    var candidate = Pair(oldItems, newItems, i, j, MatchKind.Similarity);
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
            return byScore != 0 ? byScore : x.Old != y.Old ? x.Old.CompareTo(y.Old) : x.New.CompareTo(y.New);
        });
        foreach (var candidate in candidates)
        {
            if (pairs[candidate.Old] is null && !taken[candidate.New])
            {
                pairs[candidate.Old] = candidate;
                taken[candidate.New] = true;
            }
        }
    }

    private static MatchPair Pair(IReadOnlyList<MatchItem> oldItems, IReadOnlyList<MatchItem> newItems, int i, int j, MatchKind kind) =>
        new(i, j, kind, Similarity.Title(oldItems[i].Title, newItems[j].Title), TextSimilarity(oldItems[i], newItems[j]));

    private static double Score(MatchPair pair) => (0.4 * pair.TitleSimilarity) + (0.6 * pair.TextSimilarity);
}
