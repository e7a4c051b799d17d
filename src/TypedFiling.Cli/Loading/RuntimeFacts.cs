using System.Collections.Generic;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Loading;

/// <summary>The parser's facts as runtime <see cref="Fact"/>s, with the values the generated fact table holds.</summary>
internal static class RuntimeFacts
{
    public static IReadOnlyList<Fact> ToFacts(EquatableArray<FactModel> facts)
    {
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
                fact.Concept, fact.Text, fact.Value, RuntimeModel.Date(fact.Date), fact.Unit, fact.Decimals, fact.Scale, fact.IsNegative, fact.IsNil,
                RuntimeModel.Date(fact.Instant), RuntimeModel.Date(fact.Start), RuntimeModel.Date(fact.End), dimensions, fact.ContextId, fact.FactId, RuntimeModel.Span(fact.Location)));
        }

        return list.AsReadOnly();
    }
}
