using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using TypedFiling.Parsing;

namespace TypedFiling.Benchmarks;

/// <summary>
/// How soon a cancelled IDE run stops on a 10 MB filing: the time from the token's cancel to the parser's
/// OperationCanceledException. Each iteration's setup (not measured) starts <see cref="FilingParser.Parse"/>
/// on a worker thread and sleeps until the parse has run <see cref="CancelAt"/> of its uncancelled time
/// (measured in the global setup); the benchmark cancels the token and waits for the worker to catch the
/// exception. So the benchmark's time IS the latency (target: at most 10 ms), one invocation per iteration.
/// The parser has no seam to cancel at a given stage, so the stage it is in is chosen by time: 0.1 is early
/// (the block reader), 0.5 the middle, 0.9 late (figures, facts). A parse that ends before the cancel fails the
/// benchmark rather than report a latency of zero. The global cleanup prints the latencies seen by
/// timestamps (cancel to catch) too, as a check of BenchmarkDotNet's numbers.
/// </summary>
[InvocationCount(1, unrollFactor: 1)]
public class CancellationBenchmarks
{
    private readonly List<double> latencies = new();
    private readonly Dictionary<string, int> throwSites = new(StringComparer.Ordinal);
    private string text = string.Empty;
    private FilingOptions options = Inputs.Options(Inputs.Seed);
    private TimeSpan parseTime;
    private CancellationTokenSource source = new();
    private Thread? worker;
    private ManualResetEventSlim started = new();
    private ManualResetEventSlim stopped = new();
    private long cancelledAt;
    private long caughtAt;
    private string? failure;

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = Inputs.Risk10Mb;

    [Params(0.1, 0.5, 0.9)]
    public double CancelAt { get; set; }

    public static IEnumerable<string> Names => new[] { Inputs.Risk10Mb, Inputs.NvidiaFull5 };

    [GlobalSetup]
    public void Setup()
    {
        text = Inputs.Text(Input);
        options = Inputs.Options(Input);
        if (GrowthInput.Copies(Input) is > 0 and var copies)
        {
            Console.WriteLine(GrowthInput.Verify(Inputs.Text(Inputs.Seed), text, copies, Input));
        }

        // Warm (JIT tiers) and time the uncancelled parse: the median of three after one.
        FilingParser.Parse(text, options);
        var times = new double[3];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(FilingParser.Parse(text, options));
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        parseTime = TimeSpan.FromMilliseconds(times[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Cancellation: {Input}, {text.Length:N0} characters, uncancelled parse {times[1]:0.0} ms (median of 3); cancel after {CancelAt:0.0} of it."));
    }

    [IterationSetup]
    public void StartParse()
    {
        source = new CancellationTokenSource();
        started = new ManualResetEventSlim();
        stopped = new ManualResetEventSlim();
        failure = null;
        var token = source.Token;
        worker = new Thread(() => Run(token)) { IsBackground = true, Name = "parse" };
        worker.Start();
        started.Wait();
        Thread.Sleep(parseTime * CancelAt);
    }

    [Benchmark(Description = "cancel -> OperationCanceledException")]
    public void CancelMidway()
    {
        cancelledAt = Stopwatch.GetTimestamp();
        source.Cancel();
        stopped.Wait();
        if (failure is not null)
        {
            throw new InvalidOperationException(failure);
        }
    }

    [IterationCleanup]
    public void Record()
    {
        worker?.Join();
        if (failure is null)
        {
            latencies.Add(Stopwatch.GetElapsedTime(cancelledAt, caughtAt).TotalMilliseconds);
        }

        source.Dispose();
    }

    [GlobalCleanup]
    public void Report()
    {
        if (latencies.Count == 0)
        {
            return;
        }

        var sorted = latencies.OrderBy(l => l).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Cancellation latency by timestamps, {Input} at {CancelAt:0.0}: median {sorted[sorted.Length / 2]:0.000} ms, max {sorted[^1]:0.000} ms over {sorted.Length} runs (warm-up included); target <= 10 ms."));
        Console.WriteLine("// Thrown at (the first check of the token after the cancel): " +
            string.Join("; ", throwSites.OrderByDescending(s => s.Value).Select(s => s.Key + " x" + s.Value.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The parser's method that saw the cancel: where a long stretch without a check of the token ends.</summary>
    private static string ThrowSite(OperationCanceledException exception)
    {
        foreach (var line in (exception.StackTrace ?? string.Empty).Split('\n'))
        {
            var frame = line.Trim();
            if (frame.StartsWith("at TypedFiling.", StringComparison.Ordinal))
            {
                var end = frame.IndexOf('(', StringComparison.Ordinal);
                return end > 0 ? frame.Substring(3, end - 3) : frame.Substring(3);
            }
        }

        return "(no TypedFiling frame)";
    }

    private void Run(CancellationToken token)
    {
        started.Set();
        try
        {
            FilingParser.Parse(text, options, token);
            failure = $"The parse of {Input} ended before the cancel at {CancelAt} of {parseTime.TotalMilliseconds:0} ms.";
        }
        catch (OperationCanceledException exception)
        {
            caughtAt = Stopwatch.GetTimestamp();
            var site = ThrowSite(exception);
            throwSites[site] = throwSites.TryGetValue(site, out var count) ? count + 1 : 1;
        }
        catch (Exception exception)
        {
            failure = "The parse failed: " + exception;
        }
        finally
        {
            stopped.Set();
        }
    }
}
