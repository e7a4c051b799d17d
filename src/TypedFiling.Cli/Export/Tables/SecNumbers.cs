using System;
using System.Collections.Generic;
using System.Text;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Export.Tables;

/// <summary>
/// The conventions of the SEC's Financial Statement Data Sets' <c>num</c> table, so that exported facts join
/// with the SEC's own rows: <c>ddate</c> the period's end rounded to the nearest month end as yyyymmdd,
/// <c>qtrs</c> the duration in quarters (0 for an instant), <c>uom</c> the unit's measures without prefixes,
/// <c>segments</c> and <c>coreg</c> the context's dimensions, and <c>tag</c>/<c>version</c> the concept.
/// </summary>
internal static class SecNumbers
{
    /// <summary>The axis that names a co-registrant: the SEC writes its member in <c>coreg</c>, not in <c>segments</c>.</summary>
    public const string LegalEntityAxis = "dei:LegalEntityAxis";

    private const double DaysPerQuarter = 365.25 / 4;

    /// <summary>
    /// The date rounded to the nearest month end, as yyyymmdd: 2024-01-28 → 20240131, 2023-10-02 → 20230930.
    /// A date as near the previous month's end as its own month's (the middle of a month) goes to its own month's end.
    /// </summary>
    public static int DDate(DateOnly date)
    {
        var monthEnd = new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
        var previousEnd = new DateOnly(date.Year, date.Month, 1).AddDays(-1);
        var nearest = date.DayNumber - previousEnd.DayNumber < monthEnd.DayNumber - date.DayNumber ? previousEnd : monthEnd;
        return (nearest.Year * 10000) + (nearest.Month * 100) + nearest.Day;
    }

    /// <summary>
    /// The number of quarters from <paramref name="start"/> to <paramref name="end"/>, rounded: XBRL's end date
    /// is inclusive, so 2023-01-30 to 2024-01-28 is 364 days, 4 quarters; 0 for an instant (no start).
    /// </summary>
    public static int Quarters(DateOnly? start, DateOnly end) =>
        start is DateOnly from ? (int)Math.Round((end.DayNumber - from.DayNumber + 1) / DaysPerQuarter, MidpointRounding.AwayFromZero) : 0;

    /// <summary>"iso4217:USD/xbrli:shares" → "USD/shares", "xbrli:pure" → "pure": each measure's local name.</summary>
    public static string? Uom(string? unit)
    {
        if (unit is null)
        {
            return null;
        }

        var result = new StringBuilder(unit.Length);
        var start = 0;
        for (var i = 0; i <= unit.Length; i++)
        {
            if (i == unit.Length || unit[i] is '/' or '*')
            {
                result.Append(LocalName(unit.AsSpan(start, i - start)));
                if (i < unit.Length)
                {
                    result.Append(unit[i]);
                }

                start = i + 1;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The dimensions as the SEC writes <c>segments</c>: <c>Axis=Member;</c> for each, the axis and member without
    /// their prefix and their "Axis"/"Member" suffix, sorted by axis (<c>ProductOrService=DataCenter;</c>); a typed
    /// member is its value. Null when there is none; the legal-entity axis is left to <see cref="Coregistrant"/>.
    /// </summary>
    public static string? Segments(IReadOnlyList<FactDimension> dimensions)
    {
        if (dimensions.Count == 0 || (dimensions.Count == 1 && dimensions[0].Axis == LegalEntityAxis))
        {
            return null;
        }

        var pairs = new List<(string Axis, string Member)>(dimensions.Count);
        foreach (var dimension in dimensions)
        {
            if (dimension.Axis != LegalEntityAxis)
            {
                pairs.Add((Strip(dimension.Axis, "Axis"), dimension.IsTyped ? dimension.Member : Strip(dimension.Member, "Member")));
            }
        }

        pairs.Sort((left, right) => string.CompareOrdinal(left.Axis, right.Axis));
        var result = new StringBuilder();
        foreach (var (axis, member) in pairs)
        {
            result.Append(axis).Append('=').Append(member).Append(';');
        }

        return result.ToString();
    }

    /// <summary>The co-registrant a fact is of (its <c>dei:LegalEntityAxis</c> member, as <c>segments</c> writes members), or null for the registrant.</summary>
    public static string? Coregistrant(IReadOnlyList<FactDimension> dimensions)
    {
        foreach (var dimension in dimensions)
        {
            if (dimension.Axis == LegalEntityAxis)
            {
                return dimension.IsTyped ? dimension.Member : Strip(dimension.Member, "Member");
            }
        }

        return null;
    }

    /// <summary>"us-gaap:Revenues" → "Revenues".</summary>
    public static string Tag(string concept) => LocalName(concept.AsSpan()).ToString();

    /// <summary>"us-gaap:Revenues" → "us-gaap".</summary>
    public static string Prefix(string concept)
    {
        var colon = concept.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? string.Empty : concept.Substring(0, colon);
    }

    /// <summary>A date of the model as a date, when it names a day.</summary>
    public static DateOnly? Day(FigureDate? date) =>
        date is { Month: int month, Day: int day } && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(date.Year, month)
            ? new DateOnly(date.Year, month, day)
            : null;

    private static ReadOnlySpan<char> LocalName(ReadOnlySpan<char> name)
    {
        var colon = name.IndexOf(':');
        return colon < 0 ? name : name.Slice(colon + 1);
    }

    private static string Strip(string name, string suffix)
    {
        var local = LocalName(name.AsSpan());
        return local.Length > suffix.Length && local.EndsWith(suffix, StringComparison.Ordinal)
            ? local.Slice(0, local.Length - suffix.Length).ToString()
            : local.ToString();
    }
}
