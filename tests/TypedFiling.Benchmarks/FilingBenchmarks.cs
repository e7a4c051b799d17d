using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The Markdown inputs beside Markdig's parse of the same text, the baseline: ratios compare each input's
/// parse (and parse+emit) with Markdig on that input. The growth inputs (risk x4, x16) beside the seed (x1)
/// give the growth on one ever larger risk section.
/// </summary>
public class FilingBenchmarks : PathBenchmarks
{
    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = Inputs.Seed;

    public static IEnumerable<string> Names => Inputs.Markdown;

    [GlobalSetup]
    public void Setup() => Prepare(Input);

    [Benchmark(Baseline = true, Description = "Markdig.Parse")]
    public object Markdig() => global::Markdig.Markdown.Parse(Text);
}
