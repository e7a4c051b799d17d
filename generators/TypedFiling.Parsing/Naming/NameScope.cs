using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Naming;

/// <summary>
/// Hands out unique identifiers within one C# scope. A clash is resolved the same way every build: the
/// later name takes its next unused word from its source, else a number (2, 3, ...), in the order names are asked for.
/// </summary>
internal sealed class NameScope
{
    /// <summary>How many names a scope holds in a plain array before it takes a hash set: most scopes hold a few.</summary>
    private const int Few = 8;

    // A figure's or a concept's scope holds a handful of names, and thousands of scopes are made for a whole 10-K: an
    // array searched in order costs less than a hash set grown from nothing for each.
    private readonly string[] few = new string[Few];
    private int count;
    private HashSet<string>? used;

    // The next number to try for a candidate that was numbered before: every lower one is taken, so
    // a thousand clashes of one name cost a thousand look-ups, not half a million.
    private Dictionary<string, int>? nextNumber;

    /// <summary>A scope in which <paramref name="reserved"/> are already taken (members the emitter writes).</summary>
    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            Add(name);
        }
    }

    /// <summary>
    /// A unique identifier for <paramref name="candidate"/>; when it is taken, <paramref name="extra"/>
    /// words are appended one at a time before a number is.
    /// </summary>
    public string Claim(string candidate, IReadOnlyList<string>? extra = null)
    {
        if (Add(candidate))
        {
            return candidate;
        }

        if (extra is not null)
        {
            var longer = new System.Text.StringBuilder(candidate);
            foreach (var word in extra)
            {
                longer.Append(Identifiers.ToPascalCase(new[] { word }));
                var name = longer.ToString();
                if (Add(name))
                {
                    return name;
                }
            }
        }

        // "September1Of2010" then "September1Of2010_2": a number never runs into a name's own digits.
        var separator = char.IsDigit(candidate[candidate.Length - 1]) ? "_" : string.Empty;
        nextNumber ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!nextNumber.TryGetValue(candidate, out var n))
        {
            n = 2;
        }

        for (; ; n++)
        {
            var numbered = candidate + separator + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Add(numbered))
            {
                nextNumber[candidate] = n + 1;
                return numbered;
            }
        }
    }

    /// <summary>Takes <paramref name="name"/> for this scope; false when it was taken already (compared ordinally).</summary>
    private bool Add(string name)
    {
        if (used is not null)
        {
            return used.Add(name);
        }

        for (var i = 0; i < count; i++)
        {
            if (string.Equals(few[i], name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (count < Few)
        {
            few[count++] = name;
            return true;
        }

        used = new HashSet<string>(few, StringComparer.Ordinal);
        return used.Add(name);
    }
}
