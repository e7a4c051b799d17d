using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using TypedFiling.Parsing;

namespace TypedFiling.Benchmarks;

/// <summary>
/// How soon a cancelled IDE run stops on a 10 MB filing: the time from the token's cancel to the parser's
/// OperationCanceledException (target: at most 10 ms). Each iteration's setup (not measured) starts
/// <see cref="FilingParser.Parse"/> on a worker thread and returns once the parse has allocated
/// <see cref="CancelAt"/> of what a whole parse allocates (measured in the global setup): a point in the parse
/// that does not move with the machine's load, as a time would. The benchmark cancels the token and waits for
/// the worker to catch the exception, so its time IS the latency, one invocation per iteration. Allocations are
/// not spread evenly over a parse (the HTML reader allocates early), so the cancel's time from the start is printed
/// too: 0.1 falls in the block reader, 0.5 and 0.8 later (outline, naming, figures, facts). A parse that sees no
/// check of the token after the cancel and runs to the end counts its end (the thread is free then) and says
/// so; one that ends before the cancel's point fails the benchmark rather than report a latency of zero. The global cleanup prints the latencies by timestamps
/// (cancel to catch) as a check, and where the parser saw the cancel (method and line), which shows the
/// stretch without a check of the token when a latency is long. The Max column shows the tail the median hides.
/// </summary>
[InvocationCount(1, unrollFactor: 1)]
[MaxColumn]
public class CancellationBenchmarks
{
    private readonly List<CancelledParse> runs = new();
    private string text = string.Empty;
    private FilingOptions options = Inputs.Options(Inputs.Seed);
    private long parseBytes;
    private double parseMilliseconds;
    private CancelledParse current = null!;

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = Inputs.Risk10Mb;

    [Params(0.1, 0.5, 0.8)]
    public double CancelAt { get; set; }

    public static IEnumerable<string> Names => Inputs.Large;

    [GlobalSetup]
    public void Setup()
    {
        text = Inputs.Text(Input);
        options = Inputs.Options(Input);
        if (GrowthInput.Copies(Input) is > 0 and var copies)
        {
            Console.WriteLine(GrowthInput.Verify(Inputs.Text(Inputs.Seed), text, copies, Input));
        }

        // Warm (JIT tiers), then what one uncancelled parse allocates and takes.
        FilingParser.Parse(text, options);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        GC.KeepAlive(FilingParser.Parse(text, options));
        parseMilliseconds = watch.Elapsed.TotalMilliseconds;
        parseBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Cancellation: {Input}, {text.Length:N0} characters; an uncancelled parse allocates {parseBytes / 1048576.0:N0} MB in {parseMilliseconds:N0} ms; cancel at {CancelAt:0.0} of the allocations."));
    }

    [IterationSetup]
    public void StartParse()
    {
        current = new CancelledParse(text, options, parseBytes);
        current.Start(CancelAt);
    }

    [Benchmark(Description = "cancel -> OperationCanceledException")]
    public void CancelMidway() => current.Cancel();

    [IterationCleanup]
    public void Record() => runs.Add(current);

    [GlobalCleanup]
    public void Report()
    {
        if (runs.Count == 0)
        {
            return;
        }

        var latencies = runs.Select(r => r.Latency).OrderBy(l => l).ToArray();
        var after = runs.Select(r => r.CancelledAfter).OrderBy(l => l).ToArray();
        var sites = runs.GroupBy(r => r.ThrowSite).OrderByDescending(g => g.Count()).Select(g => g.Key + " x" + g.Count().ToString(CultureInfo.InvariantCulture));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Cancellation latency, {Input} at {CancelAt:0.0} (cancelled after {after[after.Length / 2]:N0} ms of {parseMilliseconds:N0}): median {latencies[latencies.Length / 2]:0.000} ms, max {latencies[^1]:0.000} ms over {latencies.Length} runs (warm-up included; target <= 10 ms); thrown at {string.Join(", ", sites)}"));
    }
}
