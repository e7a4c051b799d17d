using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFiling.Generators;

namespace TypedFiling.Tests.Shared;

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

    /// <summary>
    /// The generator alone over <paramref name="input"/>, on this thread, without step tracking or compiling its output: what a
    /// test measures the generator's own allocations with.
    /// </summary>
    public static GeneratorRunResult Generate(GeneratorInput input)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FilingGenerator().AsSourceGenerator() },
            input.AdditionalTexts,
            ParseOptions(input.LanguageVersion),
            input.OptionsProvider());
        return driver.RunGenerators(CSharpCompilation.Create("Consumer"), System.Threading.CancellationToken.None).GetRunResult().Results.Single();
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
        string.Join(Environment.NewLine, diagnostics.Select(Format));

    /// <summary>One diagnostic as a line: id, severity, file name, 1-based line span and message.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var file = span.Path is { Length: > 0 } path ? Path.GetFileName(path) : "(no file)";
        var severity = diagnostic.Severity.ToString() + (diagnostic.IsWarningAsError ? " (warning as error)" : string.Empty);
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} {2}({3},{4})-({5},{6}): {7}",
            diagnostic.Id,
            severity,
            file,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

}
