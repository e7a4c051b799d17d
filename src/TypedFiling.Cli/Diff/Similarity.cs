using System;
using System.Collections.Generic;
using System.Text;

namespace TypedFiling.Cli.Diff;

/// <summary>How alike two titles or two texts are, from 0 (nothing shared) to 1 (the same words).</summary>
internal static class Similarity
{
    /// <summary>The Dice coefficient of the two titles' sets of lower-case words: short texts, so single words.</summary>
    public static double Title(string left, string right) => Dice(Words(left), Words(right), 1);

    /// <summary>
    /// The Dice coefficient of the two texts' multisets of word pairs: every risk factor shares common words,
    /// so pairs of words are what tells one body from another.
    /// </summary>
    public static double Text(string left, string right) => Dice(Words(left), Words(right), 2);

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

    private static double Dice(List<string> left, List<string> right, int size)
    {
        var leftGrams = Grams(left, size);
        var rightGrams = Grams(right, size);
        var total = Count(leftGrams) + Count(rightGrams);
        if (total == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var pair in leftGrams)
        {
            if (rightGrams.TryGetValue(pair.Key, out var count))
            {
                shared += Math.Min(pair.Value, count);
            }
        }

        return 2.0 * shared / total;
    }

    private static Dictionary<string, int> Grams(List<string> words, int size)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + size <= words.Count; i++)
        {
            var gram = size == 1 ? words[i] : string.Join(" ", words.GetRange(i, size));
            grams[gram] = grams.TryGetValue(gram, out var count) ? count + 1 : 1;
        }

        return grams;
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
