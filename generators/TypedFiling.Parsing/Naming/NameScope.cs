using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Naming;

/// <summary>
/// Hands out unique identifiers within one C# scope. A clash is resolved the same way every build: the
/// later name takes its next unused word from its source, else a number (2, 3, ...), in the order names are asked for.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    // The next number to try for a candidate that was numbered before: every lower one is taken, so
    // a thousand clashes of one name cost a thousand look-ups, not half a million.
    private Dictionary<string, int>? nextNumber;

    /// <summary>A scope in which <paramref name="reserved"/> are already taken (members the emitter writes).</summary>
    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            used.Add(name);
        }
    }

    /// <summary>
    /// A unique identifier for <paramref name="candidate"/>; when it is taken, <paramref name="extra"/>
    /// words are appended one at a time before a number is.
    /// </summary>
    public string Claim(string candidate, IReadOnlyList<string>? extra = null)
    {
        if (used.Add(candidate))
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
                if (used.Add(name))
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
            if (used.Add(numbered))
            {
                nextNumber[candidate] = n + 1;
                return numbered;
            }
        }
    }
}
