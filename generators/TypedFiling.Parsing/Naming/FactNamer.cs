using System;
using System.Collections.Generic;
using System.Text;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Parsing.Naming;

/// <summary>
/// Names each concept's generated member: a class per namespace prefix ("UsGaap") holding one member per concept, its
/// local name as an identifier ("Revenues"). Concepts come in the order of their first fact that is no duplicate, the
/// order of the runtime's <c>Filing.Concepts</c>. The taxonomy's names do not change from year to year, so a concept's
/// member needs no lock file.
/// </summary>
internal static class FactNamer
{
    public static EquatableArray<ConceptModel> Name(IReadOnlyList<FactModel> facts, System.Threading.CancellationToken cancellationToken = default)
    {
        var groups = GeneratedShape.FactGroupScope();
        var groupScopes = new Dictionary<string, (string Name, NameScope Members)>(StringComparer.Ordinal);
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var concepts = new List<(string Concept, string Group, string Name)>();
        var current = new List<int>();
        for (var i = 0; i < facts.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var fact = facts[i];
            if (fact.IsDuplicate)
            {
                continue;
            }

            if (!indexes.TryGetValue(fact.Concept, out var index))
            {
                var colon = fact.Concept.IndexOf(':');
                var prefix = colon > 0 ? fact.Concept.Substring(0, colon) : string.Empty;
                if (!groupScopes.TryGetValue(prefix, out var group))
                {
                    var groupName = groups.Claim(Identifiers.Valid(Identifiers.ToPascalCase(new[] { prefix }), "Ns"));
                    group = (groupName, new NameScope(groupName));
                    groupScopes.Add(prefix, group);
                }

                var local = colon >= 0 ? fact.Concept.Substring(colon + 1) : fact.Concept;
                index = concepts.Count;
                indexes.Add(fact.Concept, index);
                concepts.Add((fact.Concept, group.Name, group.Members.Claim(Identifiers.Valid(Identifier(local), "Concept"))));
                current.Add(-1);
            }

            if (current[index] < 0 && fact.Role == FactPeriodRole.Current && fact.Dimensions.Count == 0)
            {
                current[index] = i;
            }
        }

        var models = new ConceptModel[concepts.Count];
        for (var i = 0; i < models.Length; i++)
        {
            models[i] = new ConceptModel(concepts[i].Concept, concepts[i].Group, concepts[i].Name, current[i]);
        }

        return new EquatableArray<ConceptModel>(models);
    }

    /// <summary>An identifier's letters and digits as written, first letter upper case: "RevenueFromContract", "A0.000Notes" -> "A0000Notes".</summary>
    internal static string Identifier(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upper = true;
        foreach (var c in text)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
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
}
