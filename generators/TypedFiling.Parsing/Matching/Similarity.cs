using System;
using System.Collections.Generic;
using System.Text;

namespace TypedFiling.Parsing.Matching;

/// <summary>How alike two titles or two texts are, from 0 (nothing shared) to 1 (the same words).</summary>
internal static class Similarity
{
    /// <summary>The Dice coefficient of the two titles' sets of lower-case words: short texts, so single words.</summary>
    public static double Title(string left, string right) => Dice(Grams(Words(left), 1), Grams(Words(right), 1));

    /// <summary>
    /// The Dice coefficient of the two texts' multisets of word pairs: every risk factor shares common words,
    /// so pairs of words are what tells one body from another.
    /// </summary>
    public static double Text(string left, string right) => Dice(Grams(Words(left), 2), Grams(Words(right), 2));

    /// <summary>
    /// Whether the two texts have the same words in the same order: a text whose only change is its line
    /// breaks, spacing, case or punctuation has not changed.
    /// </summary>
    public static bool SameWords(string left, string right)
    {
        var a = Words(left);
        var b = Words(right);
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, lower-cased.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>The multiset of runs of <paramref name="size"/> words ("n-grams"), each joined by a space.</summary>
    internal static Dictionary<string, int> Grams(List<string> words, int size)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + size <= words.Count; i++)
        {
            var gram = size == 1 ? words[i] : words[i] + " " + words[i + 1];
            grams[gram] = grams.TryGetValue(gram, out var count) ? count + 1 : 1;
        }

        return grams;
    }

    /// <summary>Twice the shared count over the total count of two multisets.</summary>
    internal static double Dice(Dictionary<string, int> left, Dictionary<string, int> right)
    {
        var total = Count(left) + Count(right);
        if (total == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var pair in left)
        {
            if (right.TryGetValue(pair.Key, out var count))
            {
                shared += Math.Min(pair.Value, count);
            }
        }

        return 2.0 * shared / total;
    }

    private static int Count(Dictionary<string, int> grams)
    {
        var count = 0;
        foreach (var value in grams.Values)
        {
            count += value;
        }

        return count;
    }
}
