using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using TypedFiling.Generators.Emit;
using TypedFiling.Parsing;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The whole path of one filing, text to C# source (blocks, outline, figures, names, emit), beside
/// Markdig's parse of the same text, the baseline. Ratios compare the two on the same input.
/// </summary>
[MemoryDiagnoser]
public class FilingBenchmarks
{
    private string text = string.Empty;
    private FilingOptions options = FilingOptions.ForPath("filing.md");

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = Inputs.Seed;

    public static IEnumerable<string> Names => Inputs.Names;

    [GlobalSetup]
    public void Setup()
    {
        text = Inputs.Text(Input);
        options = FilingOptions.ForPath("filings/" + Input + ".md", "Bench.Filings");
    }

    [Benchmark(Baseline = true, Description = "Markdig.Parse")]
    public object Markdig() => global::Markdig.Markdown.Parse(text);

    [Benchmark(Description = "TypedFiling parse+emit")]
    public string ParseAndEmit() => FilingEmitter.Emit(FilingParser.Parse(text, options).Model);
}
