using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The generator's memory on one large filing: the real <c>FilingGenerator</c> through Roslyn's driver on the
/// whole 2 MB NVIDIA 10-K alone in a compilation, a first run (parse, facts, emit, and Roslyn's parse of the
/// generated source). The allocated bytes per run and per input byte are the columns to read; the global setup
/// also prints what the driver holds after a run (its state and the generated trees), measured with a full
/// collection before and after a second run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorMemoryBenchmarks
{
    private CSharpCompilation compilation = null!;
    private GeneratorDriver cold = null!;

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = Inputs.NvidiaFull;

    public static IEnumerable<string> Names => new[] { Inputs.NvidiaFull };

    [GlobalSetup]
    public void Setup()
    {
        var text = Inputs.Text(Input);
        compilation = DriverBenchmarks.Compilation();
        cold = DriverBenchmarks.CreateDriver(new AdditionalText[] { new DriverBenchmarks.FilingText("/project/filings/" + Input, text) }, track: false);

        // A first run fills the process's caches (JIT, token strings, the emitter's per-thread builder), so the
        // difference around the second is what the driver itself holds: its state and the generated trees.
        GC.KeepAlive(cold.RunGenerators(compilation, CancellationToken.None));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var driver = cold.RunGenerators(compilation, CancellationToken.None);
        var kept = GC.GetTotalMemory(forceFullCollection: true) - before;
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var filing = result.GeneratedTrees.Select(t => t.Length).DefaultIfEmpty().Max();
        if (result.GeneratedTrees.Length != 2 || errors > 0 || filing < text.Length / 20)
        {
            throw new InvalidOperationException($"{Input}: {result.GeneratedTrees.Length} generated sources (expected the filing and the catalog), {errors} errors, largest {filing} characters.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Generator on {Input} alone: {filing:N0} characters generated; the driver holds {kept / 1024.0 / 1024.0:0.0} MB after a run (its state and the generated trees)."));
        GC.KeepAlive(driver);
    }

    [Benchmark(Description = "generator, whole filing, first run")]
    public GeneratorDriver FirstRun() => cold.RunGenerators(compilation, CancellationToken.None);
}
