using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedFiling.Tests.Shared;

/// <summary>
/// What a test hands the generator: filings as additional files with their item metadata, MSBuild
/// properties, C# sources, the language version and whether warnings are errors.
/// </summary>
public sealed class GeneratorInput
{
    /// <summary>The additional files, in the order MSBuild would pass them.</summary>
    public List<AdditionalText> AdditionalTexts { get; } = new();

    /// <summary>Global options by full key (<c>build_property.RootNamespace</c>).</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal)
    {
        ["build_property.ProjectDir"] = GeneratorHarness.ProjectDirectory,
    };

    /// <summary>Per-file options by path, then by full key (<c>build_metadata.AdditionalFiles.Namespace</c>).</summary>
    public Dictionary<string, IReadOnlyDictionary<string, string>> FileOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>C# sources of the consuming project.</summary>
    public List<string> Sources { get; } = new();

    /// <summary>The consuming project's language version.</summary>
    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    /// <summary>Whether warnings are reported as errors (the repository's setting; on by default).</summary>
    public bool WarningsAsErrors { get; set; } = true;

    /// <summary>Adds a filing at <paramref name="relativePath"/> under the project folder, with item metadata by short name.</summary>
    public GeneratorInput WithFiling(string relativePath, string? text, params (string Name, string Value)[] metadata) =>
        WithAdditionalText(new InMemoryAdditionalText(GeneratorHarness.PathOf(relativePath), text), metadata);

    /// <summary>Adds <paramref name="file"/> as an additional file, with item metadata by short name (<c>Namespace</c>).</summary>
    public GeneratorInput WithAdditionalText(AdditionalText file, params (string Name, string Value)[] metadata)
    {
        AdditionalTexts.Add(file);
        if (metadata.Length > 0)
        {
            FileOptions[file.Path] = metadata.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Name, m => m.Value, StringComparer.Ordinal);
        }

        return this;
    }

    /// <summary>Sets the MSBuild property <paramref name="name"/> the generator can see (<c>RootNamespace</c>).</summary>
    public GeneratorInput WithProperty(string name, string value)
    {
        GlobalOptions["build_property." + name] = value;
        return this;
    }

    /// <summary>Removes the MSBuild property <paramref name="name"/>.</summary>
    public GeneratorInput WithoutProperty(string name)
    {
        GlobalOptions.Remove("build_property." + name);
        return this;
    }

    /// <summary>Adds a C# source file to the consuming project.</summary>
    public GeneratorInput WithSource(string source)
    {
        Sources.Add(source);
        return this;
    }

    /// <summary>Sets the language version.</summary>
    public GeneratorInput WithLanguageVersion(LanguageVersion version)
    {
        LanguageVersion = version;
        return this;
    }

    /// <summary>The options provider these settings make.</summary>
    public TestAnalyzerConfigOptionsProvider OptionsProvider() => new(GlobalOptions, FileOptions);
}
