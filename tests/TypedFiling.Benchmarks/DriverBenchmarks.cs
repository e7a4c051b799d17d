using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Generators;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The generator as the IDE runs it: 100 filings in one compilation through Roslyn's driver, first all
/// of them, then again after one filing was edited, when only that filing's steps may run.
/// </summary>
[MemoryDiagnoser]
public class DriverBenchmarks
{
    public const int FilingCount = 100;
    private const int EditedIndex = 42;

    private CSharpCompilation compilation = null!;
    private GeneratorDriver cold = null!;
    private GeneratorDriver warm = null!;
    private AdditionalText original = null!;
    private AdditionalText edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seed = Inputs.Text(Inputs.Seed);
        var files = new AdditionalText[FilingCount];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = new FilingText(Path(i), seed);
        }

        original = files[EditedIndex];
        edited = new FilingText(Path(EditedIndex), Edit(seed));
        compilation = Compilation();
        cold = CreateDriver(files, track: false);
        warm = cold.RunGenerators(compilation, CancellationToken.None);
        var reran = Check(files, compilation, original, edited);
        Console.WriteLine($"// Driver check: after one of {FilingCount} filings was edited, {reran} filing(s) were parsed and emitted again.");
    }

    /// <summary>The first run: every filing parsed and emitted, and the output parsed by Roslyn.</summary>
    [Benchmark(Description = "100 filings, first run")]
    public GeneratorDriver AllFilings() => cold.RunGenerators(compilation, CancellationToken.None);

    /// <summary>After the first run, one filing's text changes: only its steps may run again.</summary>
    [Benchmark(Description = "100 filings, one edited")]
    public GeneratorDriver OneEdited() => warm.ReplaceAdditionalText(original, edited).RunGenerators(compilation, CancellationToken.None);

    internal static string Path(int index) => "/project/filings/iij-20f-2010-" + index.ToString("000", CultureInfo.InvariantCulture) + ".md";

    /// <summary>A real edit in one risk factor's body: a word changed.</summary>
    internal static string Edit(string seed)
    {
        var at = seed.IndexOf("competitors", StringComparison.Ordinal);
        return seed.Substring(0, at) + "rivals" + seed.Substring(at + "competitors".Length);
    }

    internal static CSharpCompilation Compilation() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer; public static class Program { }", new CSharpParseOptions(LanguageVersion.Latest)) },
            Net80.References.All.Add(MetadataReference.CreateFromFile(typeof(global::TypedFiling.Filing).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    internal static GeneratorDriver CreateDriver(AdditionalText[] files, bool track) =>
        CSharpGeneratorDriver.Create(
            new[] { new FilingGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.Latest),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>How many filings were parsed again after the edit (must be exactly one); throws otherwise.</summary>
    internal static int Check(AdditionalText[] files, CSharpCompilation compilation, AdditionalText original, AdditionalText edited)
    {
        var driver = CreateDriver(files, track: true).RunGenerators(compilation, CancellationToken.None);
        var first = driver.GetRunResult();
        if (first.GeneratedTrees.Length != FilingCount + 1 || first.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"The first run generated {first.GeneratedTrees.Length} sources and {first.Diagnostics.Length} diagnostics.");
        }

        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation, CancellationToken.None).GetRunResult().Results[0];
        var parsed = Ran(result.TrackedSteps[TrackingNames.Parsed]);
        var emitted = Ran(result.TrackedSteps[TrackingNames.Emitted]);
        if (parsed != 1 || emitted != 1)
        {
            throw new InvalidOperationException($"After one edit, {parsed} filings were parsed and {emitted} emitted again; expected 1 and 1.");
        }

        return parsed;
    }

    private static int Ran(ImmutableArray<IncrementalGeneratorRunStep> steps) =>
        steps.SelectMany(step => step.Outputs).Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

    internal sealed class FilingText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }
}
