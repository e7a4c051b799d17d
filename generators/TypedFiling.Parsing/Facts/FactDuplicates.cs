using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Facts;

/// <summary>
/// Where a filing tags one measurement twice (the same concept, period, unit and dimensions: a revenue in the income
/// statement and again in a note), marks all but one as duplicates: the most precise by <c>decimals</c> ("INF" most of
/// all, as XBRL's duplicate rules have it), the first in document order among equals. A concept holds that one.
/// </summary>
internal static class FactDuplicates
{
    public static void Mark(List<FactModel> facts, System.Threading.CancellationToken cancellationToken = default)
    {
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        var key = new StringBuilder(96);
        for (var i = 0; i < facts.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var fact = facts[i];
            var measurement = Key(fact, key);
            if (!kept.TryGetValue(measurement, out var earlier))
            {
                kept.Add(measurement, i);
                continue;
            }

            // The later one stands only when it is strictly more precise.
            if (Precision(fact) > Precision(facts[earlier]))
            {
                facts[earlier] = facts[earlier] with { IsDuplicate = true };
                kept[measurement] = i;
            }
            else
            {
                facts[i] = fact with { IsDuplicate = true };
            }
        }
    }

    /// <summary>"concept|unit|instant|start|end|axis=member;...", the dimensions in axis order (two contexts may list them differently).</summary>
    private static string Key(FactModel fact, StringBuilder key)
    {
        key.Clear().Append(fact.Concept).Append('|').Append(fact.Unit).Append('|')
            .Append(fact.Instant?.ToString()).Append('|').Append(fact.Start?.ToString()).Append('|').Append(fact.End?.ToString()).Append('|');
        if (fact.Dimensions.Count > 1)
        {
            var dimensions = new List<FactDimension>(fact.Dimensions);
            dimensions.Sort(static (left, right) => string.CompareOrdinal(left.Axis, right.Axis));
            foreach (var dimension in dimensions)
            {
                key.Append(dimension.Axis).Append('=').Append(dimension.Member).Append(';');
            }
        }
        else
        {
            foreach (var dimension in fact.Dimensions)
            {
                key.Append(dimension.Axis).Append('=').Append(dimension.Member).Append(';');
            }
        }

        return key.ToString();
    }

    /// <summary>How many decimal places the value is accurate to: INF above all, none written below all.</summary>
    private static int Precision(FactModel fact) =>
        fact.Decimals == "INF" ? int.MaxValue :
        fact.Decimals is { } decimals && int.TryParse(decimals, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var places) ? places :
        int.MinValue;
}
