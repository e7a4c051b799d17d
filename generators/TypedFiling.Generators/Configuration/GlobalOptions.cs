using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedFiling.Generators.Configuration;

/// <summary>The project-wide settings the generator reads, reduced to values so the pipeline can cache them.</summary>
/// <param name="DefaultNamespace">The namespace for filings that set none.</param>
/// <param name="ProjectDirectory">The project's folder, to show filing paths relative to it ("" when unknown).</param>
/// <param name="Visibility">$(TypedFilingVisibility): the default of each filing's Visibility ("" when unset).</param>
/// <param name="IncludeText">$(TypedFilingIncludeText): the default of each filing's IncludeText ("" when unset).</param>
internal sealed record GlobalOptions(string DefaultNamespace, string ProjectDirectory, string Visibility = "", string IncludeText = "")
{
    public static GlobalOptions Read(AnalyzerConfigOptions options)
    {
        var configured = Get(options, "build_property.TypedFilingNamespace");
        var root = Get(options, "build_property.RootNamespace");
        var @namespace = configured.Length > 0 ? configured : root.Length > 0 ? root + ".Filings" : "Filings";
        return new GlobalOptions(
            @namespace,
            Get(options, "build_property.ProjectDir"),
            Get(options, "build_property.TypedFilingVisibility"),
            Get(options, "build_property.TypedFilingIncludeText"));
    }

    private static string Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && value is not null ? value.Trim() : string.Empty;
}
