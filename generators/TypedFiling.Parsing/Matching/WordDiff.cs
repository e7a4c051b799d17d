using System;
using System.Collections.Generic;
using System.Text;

namespace TypedFiling.Parsing.Matching;

/// <summary>A word-level diff (longest common subsequence of whitespace-separated words), as <c>git diff --word-diff</c> shows.</summary>
internal static class WordDiff
{
    /// <summary>The runs of equal, removed and added words that turn <paramref name="oldText"/> into <paramref name="newText"/>.</summary>
    public static IReadOnlyList<WordChange> Compare(string oldText, string newText)
    {
        var left = Split(oldText);
        var right = Split(newText);
        var lengths = new int[left.Length + 1, right.Length + 1];
        for (var i = left.Length - 1; i >= 0; i--)
        {
            for (var j = right.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(left[i], right[j], StringComparison.Ordinal)
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var changes = new List<WordChange>();
        int a = 0, b = 0;
        while (a < left.Length || b < right.Length)
        {
            if (a < left.Length && b < right.Length && string.Equals(left[a], right[b], StringComparison.Ordinal))
            {
                Add(changes, WordOperation.Equal, left[a]);
                a++;
                b++;
            }
            else if (b < right.Length && (a == left.Length || lengths[a, b + 1] >= lengths[a + 1, b]))
            {
                Add(changes, WordOperation.Added, right[b]);
                b++;
            }
            else
            {
                Add(changes, WordOperation.Removed, left[a]);
                a++;
            }
        }

        return Reorder(changes);
    }

    /// <summary>"We may [-not-] {+never+} be": removed runs before added ones, words separated by spaces.</summary>
    public static string Format(IReadOnlyList<WordChange> changes)
    {
        var text = new StringBuilder();
        foreach (var change in changes)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(change.Operation switch
            {
                WordOperation.Removed => "[-" + change.Text + "-]",
                WordOperation.Added => "{+" + change.Text + "+}",
                _ => change.Text,
            });
        }

        return text.ToString();
    }

    private static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static void Add(List<WordChange> changes, WordOperation operation, string word)
    {
        var last = changes.Count - 1;
        if (last >= 0 && changes[last].Operation == operation)
        {
            changes[last] = changes[last] with { Text = changes[last].Text + " " + word };
        }
        else
        {
            changes.Add(new WordChange(operation, word));
        }
    }

    /// <summary>Within each run of changes between equal words, the removed words come first, then the added ones, each merged.</summary>
    private static List<WordChange> Reorder(List<WordChange> changes)
    {
        var result = new List<WordChange>();
        string? removed = null, added = null;
        foreach (var change in changes)
        {
            switch (change.Operation)
            {
                case WordOperation.Removed:
                    removed = removed is null ? change.Text : removed + " " + change.Text;
                    break;
                case WordOperation.Added:
                    added = added is null ? change.Text : added + " " + change.Text;
                    break;
                default:
                    Flush(result, ref removed, ref added);
                    result.Add(change);
                    break;
            }
        }

        Flush(result, ref removed, ref added);
        return result;
    }

    private static void Flush(List<WordChange> result, ref string? removed, ref string? added)
    {
        if (removed is not null)
        {
            result.Add(new WordChange(WordOperation.Removed, removed));
        }

        if (added is not null)
        {
            result.Add(new WordChange(WordOperation.Added, added));
        }

        removed = null;
        added = null;
    }
}

/// <summary>What a run of words did between the old and the new title.</summary>
internal enum WordOperation
{
    /// <summary>In both.</summary>
    Equal,

    /// <summary>Only in the old title.</summary>
    Removed,

    /// <summary>Only in the new title.</summary>
    Added,
}

/// <summary>A run of words of a title diff, as written (words separated by single spaces).</summary>
internal sealed record WordChange(WordOperation Operation, string Text);
