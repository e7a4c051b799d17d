using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Configuration;

/// <summary>The project-wide settings the generator reads, reduced to values so the pipeline can cache them.</summary>
/// <param name="DefaultNamespace">The namespace for filings that set none.</param>
/// <param name="ProjectDirectory">The project's folder, to show filing paths relative to it ("" when unknown).</param>
/// <param name="Defaults">
/// The project properties that give a metadata to every filing whose item sets none (<see cref="FilingMetadata.ProjectProperty"/>:
/// $(TypedFilingVisibility), $(TypedFilingIncludeText)), by property name, where set.
/// </param>
internal sealed record GlobalOptions(string DefaultNamespace, string ProjectDirectory, EquatableArray<MetadataValue> Defaults)
{
    public static GlobalOptions Read(AnalyzerConfigOptions options)
    {
        var configured = Get(options, "build_property.TypedFilingNamespace");
        var root = Get(options, "build_property.RootNamespace");
        var @namespace = configured.Length > 0 ? configured : root.Length > 0 ? root + ".Filings" : FilingInput.FallbackNamespace;
        var defaults = new List<MetadataValue>();
        foreach (var entry in FilingMetadata.All)
        {
            if (entry.ProjectProperty is { } property && Get(options, "build_property." + property) is { Length: > 0 } value)
            {
                defaults.Add(new MetadataValue(property, value));
            }
        }

        return new GlobalOptions(@namespace, Get(options, "build_property.ProjectDir"), EquatableArray.From(defaults));
    }

    private static string Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && value is not null ? value.Trim() : string.Empty;
}
