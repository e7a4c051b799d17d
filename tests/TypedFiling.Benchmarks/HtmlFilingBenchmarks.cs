using System.Collections.Generic;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The EDGAR HTML inputs beside AngleSharp's parse of the same text into a DOM, the baseline: ratios compare
/// each input's parse (and parse+emit) with AngleSharp on that input. The whole 10-K's parse includes its
/// inline XBRL facts, as the generator reads them by default.
/// </summary>
public class HtmlFilingBenchmarks : PathBenchmarks
{
    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = Inputs.NvidiaRisk;

    public static IEnumerable<string> Names => Inputs.Html;

    [GlobalSetup]
    public void Setup() => Prepare(Input);

    [Benchmark(Baseline = true, Description = "AngleSharp.ParseDocument")]
    public object AngleSharp() => new HtmlParser().ParseDocument(Text);
}
