using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedFiling.Generators.Tests.Infrastructure;

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

/// <summary>One run of the generator: the driver (for further runs), its result, and the compilations before and after.</summary>
public sealed class GeneratorRun
{
    internal GeneratorRun(GeneratorDriver driver, Compilation inputCompilation, Compilation outputCompilation, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        Result = driver.GetRunResult();
        InputCompilation = inputCompilation;
        OutputCompilation = outputCompilation;
        GeneratorDiagnostics = generatorDiagnostics;
        CompilationDiagnostics = outputCompilation.GetDiagnostics();
    }

    /// <summary>The driver after the run; run it again to test incrementality.</summary>
    public GeneratorDriver Driver { get; }

    /// <summary>The driver's run result, with tracked steps.</summary>
    public GeneratorDriverRunResult Result { get; }

    /// <summary>The one generator's result.</summary>
    public GeneratorRunResult GeneratorResult => Result.Results.Single();

    /// <summary>The compilation the generator ran on.</summary>
    public Compilation InputCompilation { get; }

    /// <summary>The compilation with the generated sources added.</summary>
    public Compilation OutputCompilation { get; }

    /// <summary>What the generator reported (and what the driver reported about it, such as CS8785), filtered by the compilation's options.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>The output compilation's diagnostics: parse, declaration, binding and documentation.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics { get; }

    /// <summary>Everything: the generator's diagnostics, then the compilation's.</summary>
    public ImmutableArray<Diagnostic> AllDiagnostics => GeneratorDiagnostics.AddRange(CompilationDiagnostics);

    /// <summary>Every generated source, the filing catalog included, in the order the generator added them.</summary>
    public ImmutableArray<GeneratedSourceResult> AllGeneratedSources => GeneratorResult.GeneratedSources;

    /// <summary>The filings' generated sources: every one but the catalog of all filings.</summary>
    public ImmutableArray<GeneratedSourceResult> GeneratedSources =>
        GeneratorResult.GeneratedSources.RemoveAll(s => s.HintName == CatalogHintName);

    /// <summary>The hint name of the catalog of all filings.</summary>
    public const string CatalogHintName = "TypedFiling.FilingCatalog.g.cs";

    /// <summary>The text of the generated source with <paramref name="hintName"/>.</summary>
    public string Source(string hintName) => GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>The text of the only generated source.</summary>
    public string SingleSource() => GeneratedSources.Single().SourceText.ToString();

    /// <summary>
    /// The generated <c>Filing</c> of the class <paramref name="fullName"/> ("Filings.Report"), compiled and read: the values
    /// live in the filing's table, not as C# a test could search.
    /// </summary>
    public Filing ReadFiling(string fullName)
    {
        using var assembly = new GeneratedAssembly(this);
        return assembly.Filing(fullName);
    }
}

/// <summary>
/// Builds a compilation against fixed .NET 8 reference assemblies and the TypedFiling runtime, with
/// nullable enabled, every warning level on and warnings as errors, and runs <see cref="FilingGenerator"/>
/// over in-memory filings with step tracking on.
/// </summary>
public static class GeneratorHarness
{
    /// <summary>The consuming project's folder: filings are placed under it, so their display paths are relative.</summary>
    public const string ProjectDirectory = "/project/";

    /// <summary>The language versions generated code must compile with: 7.3 is the default of netstandard2.0 and .NET Framework projects.</summary>
    public static readonly ImmutableArray<LanguageVersion> LanguageVersions = ImmutableArray.Create(
        LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp10, LanguageVersion.CSharp12, LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References = ImmutableArray.CreateRange(
        Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(TypedFiling.Filing).Assembly.Location)));

    /// <summary>The full path of a file at <paramref name="relativePath"/> in the project.</summary>
    public static string PathOf(string relativePath) => ProjectDirectory + relativePath;

    /// <summary>Parse options for <paramref name="version"/>, with documentation comments diagnosed (CS1570, CS1587, ...).</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose);

    /// <summary>A library compilation of <paramref name="sources"/>.</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, LanguageVersion version = LanguageVersion.Latest, bool warningsAsErrors = true)
    {
        var parseOptions = ParseOptions(version);
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: "Source" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs"));
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                // Nullable needs C# 8 (CS8630 below): a C# 7.3 project has it off.
                nullableContextOptions: version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default,
                warningLevel: 9999,
                deterministic: true));
    }

    /// <summary>A driver for <see cref="FilingGenerator"/> that tracks its incremental steps.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, AnalyzerConfigOptionsProvider options, LanguageVersion version = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new FilingGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions(version),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over <paramref name="input"/>.</summary>
    public static GeneratorRun Run(GeneratorInput input)
    {
        var compilation = CreateCompilation(input.Sources, input.LanguageVersion, input.WarningsAsErrors);
        var driver = CreateDriver(input.AdditionalTexts, input.OptionsProvider(), input.LanguageVersion);
        return Run(driver, compilation);
    }

    /// <summary>Runs <paramref name="driver"/> (possibly again) on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics);
    }

    /// <summary>Runs the generator over <paramref name="input"/> once per language version in <see cref="LanguageVersions"/>.</summary>
    public static IReadOnlyList<(LanguageVersion Version, GeneratorRun Run)> RunWithEachLanguageVersion(GeneratorInput input)
    {
        var runs = new List<(LanguageVersion, GeneratorRun)>();
        var original = input.LanguageVersion;
        try
        {
            foreach (var version in LanguageVersions)
            {
                input.LanguageVersion = version;
                runs.Add((version, Run(input)));
            }
        }
        finally
        {
            input.LanguageVersion = original;
        }

        return runs;
    }

    /// <summary>Diagnostics as "ID Severity file(line,col)-(line,col): message" lines, for assertion messages.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(Snapshot.Format));
}
