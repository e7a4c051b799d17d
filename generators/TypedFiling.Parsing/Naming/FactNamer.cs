using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Naming;

/// <summary>
/// Names each fact's generated member: a class per namespace prefix ("UsGaap"), a class per concept ("Revenues"),
/// and a member per period and dimensions ("FiscalYear2024", "AsOf20240128", "FiscalYear2024DataCenter").
/// A fact with the concept, context and unit of an earlier one is the same fact shown again: it gets no member.
/// </summary>
internal static class FactNamer
{
    public static List<FactModel> Name(List<FactModel> facts, System.Threading.CancellationToken cancellationToken = default)
    {
        var yearOffset = FiscalYearOffset(facts);
        var groups = new NameScope("All", "Facts", "Strings", "Contexts", "Rows");
        var groupNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var conceptNames = new Dictionary<string, (string Name, NameScope Members)>(StringComparer.Ordinal);
        var conceptScopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<FactModel>(facts.Count);
        foreach (var fact in facts)
        {
            if ((named.Count & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!seen.Add(fact.Concept + "\u0001" + fact.ContextId + "\u0001" + fact.Unit))
            {
                named.Add(fact);
                continue;
            }

            var colon = fact.Concept.IndexOf(':');
            var prefix = colon > 0 ? fact.Concept.Substring(0, colon) : string.Empty;
            if (!groupNames.TryGetValue(prefix, out var group))
            {
                group = groups.Claim(Identifiers.Valid(Identifiers.ToPascalCase(new[] { prefix }), "Ns"));
                groupNames.Add(prefix, group);
                conceptScopes.Add(group, new NameScope(group, "All"));
            }

            if (!conceptNames.TryGetValue(fact.Concept, out var concept))
            {
                var candidate = Identifiers.Valid(Identifier(colon >= 0 ? fact.Concept.Substring(colon + 1) : fact.Concept), "Concept");
                var name = conceptScopes[group].Claim(candidate);
                concept = (name, new NameScope(name));
                conceptNames.Add(fact.Concept, concept);
            }

            var member = concept.Members.Claim(Identifiers.Valid(MemberName(fact, yearOffset), "Fact"), Disambiguation(fact));
            named.Add(fact with { Names = new FactNames(group, concept.Name, member) });
        }

        return named;
    }

    /// <summary>The period, then each dimension's member: "FiscalYear2024", "AsOf20240128DataCenter".</summary>
    private static string MemberName(FactModel fact, int yearOffset)
    {
        var name = new StringBuilder(Period(fact, yearOffset));
        foreach (var dimension in fact.Dimensions)
        {
            name.Append(MemberWords(dimension));
        }

        return name.ToString();
    }

    private static string Period(FactModel fact, int yearOffset)
    {
        if (fact.Instant is { } instant)
        {
            return "AsOf" + Compact(instant);
        }

        if (fact.Start is not { } start || fact.End is not { } end)
        {
            return "Forever";
        }

        var days = (ToDateTime(end) - ToDateTime(start)).TotalDays + 1;
        return days switch
        {
            >= 350 and <= 380 => "FiscalYear" + (end.Year + yearOffset).ToString(CultureInfo.InvariantCulture),
            >= 84 and <= 98 => "ThreeMonthsEnded" + Compact(end),
            >= 175 and <= 190 => "SixMonthsEnded" + Compact(end),
            >= 266 and <= 282 => "NineMonthsEnded" + Compact(end),
            _ => "From" + Compact(start) + "To" + Compact(end),
        };
    }

    /// <summary>A member's readable words: "nvda:DataCenterMember" -> "DataCenter"; a typed member is its axis and value.</summary>
    private static string MemberWords(FactDimension dimension)
    {
        if (dimension.IsTyped)
        {
            return Identifier(Strip(LocalName(dimension.Axis), "Axis")) + Identifier(dimension.Member);
        }

        return Identifier(Strip(LocalName(dimension.Member), "Member"));
    }

    /// <summary>What lengthens a clashing name: the unit, then the dimensions' axes.</summary>
    private static List<string> Disambiguation(FactModel fact)
    {
        var words = new List<string>();
        if (fact.Unit is { } unit)
        {
            words.Add(Identifier(unit.Replace("/", "Per").Replace("*", string.Empty).Replace("iso4217:", string.Empty).Replace("xbrli:", string.Empty)));
        }

        foreach (var dimension in fact.Dimensions)
        {
            words.Add(Identifier(Strip(LocalName(dimension.Axis), "Axis")));
        }

        return words;
    }

    /// <summary>
    /// How the filer numbers its fiscal years against the calendar: dei:DocumentFiscalYearFocus less the year its
    /// document period ends (0 for most; -1 for a year that ends early in the next calendar year and is named for the one before).
    /// </summary>
    private static int FiscalYearOffset(List<FactModel> facts)
    {
        string? focus = null;
        FigureDate? periodEnd = null;
        foreach (var fact in facts)
        {
            if (fact.Concept == "dei:DocumentFiscalYearFocus")
            {
                focus ??= fact.Text;
            }
            else if (fact.Concept == "dei:DocumentPeriodEndDate" && fact.Dimensions.Count == 0)
            {
                periodEnd ??= fact.End ?? fact.Instant;
            }
        }

        return focus is not null && periodEnd is not null && int.TryParse(focus, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && Math.Abs(year - periodEnd.Year) <= 1
            ? year - periodEnd.Year
            : 0;
    }

    /// <summary>An identifier's letters and digits as written, first letter upper case: "RevenueFromContract", "A0.000Notes" -> "A0000Notes".</summary>
    internal static string Identifier(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upper = true;
        foreach (var c in text)
        {
            if (c < 128 ? char.IsLetterOrDigit(c) : false)
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString();
    }

    private static string LocalName(string qualified)
    {
        var colon = qualified.IndexOf(':');
        return colon >= 0 ? qualified.Substring(colon + 1) : qualified;
    }

    private static string Strip(string name, string suffix) =>
        name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - suffix.Length) : name;

    private static string Compact(FigureDate date) =>
        date.Year.ToString("0000", CultureInfo.InvariantCulture) + (date.Month ?? 1).ToString("00", CultureInfo.InvariantCulture) + (date.Day ?? 1).ToString("00", CultureInfo.InvariantCulture);

    private static DateTime ToDateTime(FigureDate date) => new(date.Year, date.Month ?? 1, date.Day ?? 1);
}
