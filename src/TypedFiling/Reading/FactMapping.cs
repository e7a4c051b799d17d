using System.Collections.Generic;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Reading;

/// <summary>The parser's facts as runtime <see cref="Fact"/>s, with the values the generated fact table holds (part of <see cref="ModelMapping"/>).</summary>
internal static class FactMapping
{
    public static IReadOnlyList<Fact>? ToFacts(EquatableArray<FactModel> facts)
    {
        if (facts.Count == 0)
        {
            // As generated: a filing without facts passes none, and Filing.Facts is the shared empty array.
            return null;
        }

        var list = new List<Fact>(facts.Count);
        foreach (var fact in facts)
        {
            Dictionary<string, string>? dimensions = null;
            foreach (var dimension in fact.Dimensions)
            {
                dimensions ??= new Dictionary<string, string>(System.StringComparer.Ordinal);
                dimensions[dimension.Axis] = dimension.Member;
            }

            list.Add(new Fact(
                fact.Concept, fact.Text, fact.Value, ModelMapping.Date(fact.Date), fact.Unit, fact.Decimals, fact.Scale, fact.IsNegative, fact.IsNil,
                ModelMapping.Date(fact.Instant), ModelMapping.Date(fact.Start), ModelMapping.Date(fact.End), dimensions, fact.ContextId, fact.FactId, ModelMapping.Span(fact.Location)));
        }

        return list.AsReadOnly();
    }
}
