using System;
using System.Collections.Generic;
using TypedFiling.Cli.Diff;
using TypedFiling.Parsing.Matching;

namespace TypedFiling.Cli.Output;

/// <summary>
/// <c>diff --text</c>: what changed in a risk factor's body, as word-diff hunks with a few words of context
/// either side (<c>… the words [-removed-] {+added+} around …</c>), one line each. The paragraphs both bodies
/// begin and end with are left out before the words are compared, so a long body costs its changed middle.
/// </summary>
internal static class BodyDiff
{
    /// <summary>The words of unchanged text kept either side of a change.</summary>
    public const int Context = 8;

    public static List<string> Hunks(string oldText, string newText, Func<string, string> removed, Func<string, string> added)
    {
        var (oldMiddle, newMiddle, cutStart, cutEnd) = ChangedMiddle(oldText, newText);

        // Unchanged runs as single words, each changed run as one formatted token.
        var tokens = new List<string>();
        var changed = new List<int>();
        foreach (var change in WordDiff.Compare(oldMiddle, newMiddle))
        {
            if (change.Operation == WordOperation.Equal)
            {
                tokens.AddRange(change.Text.Split(' '));
                continue;
            }

            changed.Add(tokens.Count);
            tokens.Add(change.Operation == WordOperation.Removed ? removed("[-" + change.Text + "-]") : added("{+" + change.Text + "+}"));
        }

        // Changes closer than twice the context share a hunk.
        var hunks = new List<string>();
        for (var i = 0; i < changed.Count;)
        {
            var last = i;
            while (last + 1 < changed.Count && changed[last + 1] - changed[last] <= (2 * Context) + 1)
            {
                last++;
            }

            var from = Math.Max(0, changed[i] - Context);
            var to = Math.Min(tokens.Count, changed[last] + Context + 1);
            hunks.Add(
                (from > 0 || cutStart ? "\u2026 " : string.Empty) +
                string.Join(' ', tokens.GetRange(from, to - from)) +
                (to < tokens.Count || cutEnd ? " \u2026" : string.Empty));
            i = last + 1;
        }

        return hunks;
    }

    /// <summary>The bodies without the whole paragraphs they share at their start and their end.</summary>
    private static (string Old, string New, bool CutStart, bool CutEnd) ChangedMiddle(string oldText, string newText)
    {
        var oldParagraphs = oldText.Split("\n\n");
        var newParagraphs = newText.Split("\n\n");
        var start = 0;
        while (start < oldParagraphs.Length && start < newParagraphs.Length && oldParagraphs[start] == newParagraphs[start])
        {
            start++;
        }

        var end = 0;
        while (end < oldParagraphs.Length - start && end < newParagraphs.Length - start &&
            oldParagraphs[oldParagraphs.Length - 1 - end] == newParagraphs[newParagraphs.Length - 1 - end])
        {
            end++;
        }

        return (
            string.Join("\n\n", oldParagraphs, start, oldParagraphs.Length - start - end),
            string.Join("\n\n", newParagraphs, start, newParagraphs.Length - start - end),
            start > 0,
            end > 0);
    }
}
