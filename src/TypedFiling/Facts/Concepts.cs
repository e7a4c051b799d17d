using System;
using System.Collections.Generic;

namespace TypedFiling;

/// <summary>A filing's facts grouped by concept, made at the first use: each concept in the order of its first fact, duplicates left out.</summary>
internal sealed class Concepts
{
    private readonly Dictionary<string, Concept> byName = new(StringComparer.Ordinal);

    public Concepts(IReadOnlyList<Fact> facts)
    {
        var factsByName = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var fact in facts)
        {
            if (fact.IsDuplicate)
            {
                continue;
            }

            if (!factsByName.TryGetValue(fact.Concept, out var ofConcept))
            {
                factsByName.Add(fact.Concept, ofConcept = new List<Fact>());
                names.Add(fact.Concept);
            }

            ofConcept.Add(fact);
        }

        var all = new Concept[names.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new Concept(names[i], factsByName[names[i]].AsReadOnly());
            byName.Add(names[i], all[i]);
        }

        All = Array.AsReadOnly(all);
    }

    public IReadOnlyList<Concept> All { get; }

    public Concept? Find(string name) => name is not null && byName.TryGetValue(name, out var concept) ? concept : null;
}
