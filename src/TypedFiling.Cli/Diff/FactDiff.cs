using System;
using System.Collections.Generic;
using System.Text;

namespace TypedFiling.Cli.Diff;

/// <summary>
/// The restated comparatives of two years of one company: facts of the same concept, period, dimensions and unit
/// whose value differs. A 10-K shows last year's figures again; when they changed, the company restated them.
/// </summary>
internal static class FactDiff
{
    public static List<FactChange> Compare(Filing oldFiling, Filing newFiling)
    {
        var oldByKey = new Dictionary<string, Fact>(StringComparer.Ordinal);
        // Each measurement once, as its concept holds it: the most precise of the facts that tag it (Fact.IsDuplicate).
        foreach (var fact in oldFiling.Facts)
        {
            if (fact.Value is not null && !fact.IsDuplicate)
            {
                oldByKey.TryAdd(Key(fact), fact);
            }
        }

        var changes = new List<FactChange>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in newFiling.Facts)
        {
            if (fact.Value is { } value && !fact.IsDuplicate && oldByKey.TryGetValue(Key(fact), out var old) && old.Value != value && reported.Add(Key(fact)))
            {
                changes.Add(new FactChange(old, fact));
            }
        }

        return changes;
    }

    /// <summary>"concept|unit|instant|start|end|axis=member;...": the same measurement in either filing (context ids differ between filings).</summary>
    internal static string Key(Fact fact)
    {
        var key = new StringBuilder(fact.Concept).Append('|').Append(fact.Unit).Append('|')
            .Append(fact.Instant?.ToString()).Append('|').Append(fact.Start?.ToString()).Append('|').Append(fact.End?.ToString()).Append('|');
        var axes = new List<string>(fact.Dimensions.Keys);
        axes.Sort(StringComparer.Ordinal);
        foreach (var axis in axes)
        {
            key.Append(axis).Append('=').Append(fact.Dimensions[axis]).Append(';');
        }

        return key.ToString();
    }

    /// <summary>"us-gaap:Revenues, 2022-01-31 to 2023-01-29, srt:ProductOrServiceAxis=nvda:DataCenterMember".</summary>
    internal static string Describe(Fact fact)
    {
        var text = new StringBuilder(fact.Concept).Append(", ")
            .Append(fact.Instant is { } instant ? "at " + instant : fact.Start is { } start && fact.End is { } end ? start + " to " + end : "forever");
        foreach (var dimension in fact.Dimensions)
        {
            text.Append(", ").Append(dimension.Key).Append('=').Append(dimension.Value);
        }

        return text.ToString();
    }
}

/// <summary>A fact whose value changed between two filings for the same concept, period, dimensions and unit.</summary>
internal sealed record FactChange(Fact Old, Fact New);
