using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TypedFiling.Benchmarks;

/// <summary>
/// <see cref="ConstructCostBenchmarks"/>' job and report. The job runs in process (one JIT-compiled compiler for all
/// 150 cases, as in the compiler server) with one invocation per iteration (2 warm-up, 7 measured): every operation
/// takes milliseconds to a second, and the whole class runs in a few minutes. It times the thread's CPU time on Linux
/// (<see cref="ThreadCpu.Clock"/>). The columns give each construct's cost per member: the slope between its two
/// sizes, so the fixed cost of a compilation cancels out, from each case's best iteration (<see cref="StatisticName"/>).
/// The exporter writes the same figures as one row per construct (results/*-constructs.md), the table of
/// docs/performance.md.
/// </summary>
public sealed class ConstructCostConfig : ManualConfig
{
    public ConstructCostConfig()
    {
        // TYPEDFILING_BENCH_DRY=1 (measure-build-cost.sh --dry): one iteration, to check that every case compiles and runs.
        var dry = Environment.GetEnvironmentVariable("TYPEDFILING_BENCH_DRY") == "1";
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(dry ? 0 : 2)
            .WithIterationCount(dry ? 1 : 7)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("construct");

        // The thread's CPU time, not the elapsed time (TYPEDFILING_BENCH_CLOCK=elapsed for that): the compile runs on the
        // engine's thread (concurrentBuild: false), and on a machine shared with other builds waiting for a core costs
        // elapsed time, not CPU. On a quiet machine the two agree.
        if (Environment.GetEnvironmentVariable("TYPEDFILING_BENCH_CLOCK") != "elapsed" && new ThreadCpu.Clock().IsAvailable)
        {
            job = job.WithClock(new ThreadCpu.Clock()).WithId("construct-cpu");
        }

        AddJob(job);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new SlopeColumn(SlopeKind.Bytes), new SlopeColumn(SlopeKind.Time), new SlopeColumn(SlopeKind.TimePerKilobyte),
            new SlopeColumn(SlopeKind.OverBaseline), new SlopeColumn(SlopeKind.Allocated));
        AddExporter(new ConstructTableExporter());
        WithOrderer(new ConstructOrderer());
    }

    internal enum SlopeKind
    {
        Bytes,
        Time,
        TimePerKilobyte,
        OverBaseline,
        Allocated,
    }

    /// <summary>One construct's cost per member in one benchmark (parse, parse+bind, parse+emit), from a summary.</summary>
    internal readonly record struct Slope(double Nanoseconds, double Bytes, double Allocated)
    {
        public double NanosecondsPerKilobyte => Nanoseconds / (Bytes / 1024);

        /// <summary>The slope between the smallest and the largest N of the construct in this benchmark, or null where either is missing.</summary>
        public static Slope? Of(Summary summary, string construct, string method)
        {
            var cases = summary.BenchmarksCases
                .Where(c => (string)c.Parameters["Construct"] == construct && c.Descriptor.WorkloadMethod.Name == method && summary[c]?.ResultStatistics is not null)
                .OrderBy(c => (int)c.Parameters["N"])
                .ToList();
            if (cases.Count < 2)
            {
                return null;
            }

            var (small, large) = (cases[0], cases[^1]);
            var definition = Construct.Named(construct);
            var (smallN, largeN) = ((int)small.Parameters["N"], (int)large.Parameters["N"]);
            double members = definition.Members(largeN) - definition.Members(smallN);
            var time = Statistic(summary[large]!.ResultStatistics!) - Statistic(summary[small]!.ResultStatistics!);
            double bytes = ConstructCostBenchmarks.Bytes(construct, largeN) - ConstructCostBenchmarks.Bytes(construct, smallN);
            var allocated = (summary[large]!.GcStats.GetBytesAllocatedPerOperation(large) ?? 0) - (summary[small]!.GcStats.GetBytesAllocatedPerOperation(small) ?? 0);
            return new Slope(time / members, bytes / members, allocated / members);
        }
    }

    /// <summary>
    /// Which of each case's iterations a slope is taken from: the best (TYPEDFILING_BENCH_STATISTIC unset or min), or
    /// their median or mean. Another build on the machine can only add to an operation's time, never take from it, so
    /// on a shared machine the best iteration is the closest to the work itself; on a quiet one the three agree.
    /// </summary>
    internal static string StatisticName { get; } = Environment.GetEnvironmentVariable("TYPEDFILING_BENCH_STATISTIC") is "median" or "mean"
        ? Environment.GetEnvironmentVariable("TYPEDFILING_BENCH_STATISTIC")!
        : "min";

    private static double Statistic(BenchmarkDotNet.Mathematics.Statistics? statistics) => StatisticName switch
    {
        "median" => statistics!.Median,
        "mean" => statistics!.Mean,
        _ => statistics!.Min,
    };

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private sealed class SlopeColumn : IColumn
    {
        private readonly SlopeKind kind;

        public SlopeColumn(SlopeKind kind) => this.kind = kind;

        public string Id => "Slope" + kind;

        public string ColumnName => kind switch
        {
            SlopeKind.Bytes => "B/member",
            SlopeKind.Time => "ns/member",
            SlopeKind.TimePerKilobyte => "µs/KB",
            SlopeKind.OverBaseline => "x baseline",
            _ => "alloc B/member",
        };

        public string Legend => kind switch
        {
            SlopeKind.Bytes => "Generated C# bytes per member (the slope between the two sizes)",
            SlopeKind.Time => "Nanoseconds per member: the difference of the two sizes' " + StatisticName + " times over the difference of their members",
            SlopeKind.TimePerKilobyte => "Microseconds per KB of generated C#, from the same slope",
            SlopeKind.OverBaseline => "This construct's ns/member over the baseline's (" + Construct.Baseline + ") in the same benchmark",
            _ => "Bytes allocated per member (the slope of the allocations)",
        };

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => (int)kind;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            if (!benchmarkCase.Parameters.Items.Any(p => p.Name == "Construct"))
            {
                return "-";
            }

            var construct = (string)benchmarkCase.Parameters["Construct"];
            var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
            if (Slope.Of(summary, construct, method) is not { } slope)
            {
                return "-";
            }

            return kind switch
            {
                SlopeKind.Bytes => Format(slope.Bytes, "N0"),
                SlopeKind.Time => Format(slope.Nanoseconds, "N0"),
                SlopeKind.TimePerKilobyte => Format(slope.NanosecondsPerKilobyte / 1000, "N1"),
                SlopeKind.OverBaseline => Slope.Of(summary, Construct.Baseline, method) is { Nanoseconds: > 0 } baseline
                    ? Format(slope.Nanoseconds / baseline.Nanoseconds, "0.00")
                    : "-",
                _ => Format(slope.Allocated, "N0"),
            };
        }
    }

    /// <summary>
    /// Runs both sizes of a construct one after the other (construct, then N, then the benchmark), not every construct at
    /// N = 1,000 and then every one at 4,000: on a shared machine the load drifts, and a slope is only as good as the two
    /// runs it is taken between. The summary's order is BenchmarkDotNet's own.
    /// </summary>
    private sealed class ConstructOrderer : IOrderer
    {
        private static readonly IOrderer Default = DefaultOrderer.Instance;

        public bool SeparateLogicalGroups => Default.SeparateLogicalGroups;

        public IEnumerable<BenchmarkCase> GetExecutionOrder(ImmutableArray<BenchmarkCase> benchmarksCase, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
            benchmarksCase
                .OrderBy(c => c.Parameters.Items.Any(p => p.Name == "Construct") ? Construct.All.ToList().FindIndex(x => x.Name == (string)c.Parameters["Construct"]) : -1)
                .ThenBy(c => c.Parameters.Items.Any(p => p.Name == "N") ? (int)c.Parameters["N"] : 0)
                .ThenBy(c => c.Descriptor.MethodIndex);

        public IEnumerable<BenchmarkCase> GetSummaryOrder(ImmutableArray<BenchmarkCase> benchmarksCases, Summary summary) => Default.GetSummaryOrder(benchmarksCases, summary);

        public string? GetHighlightGroupKey(BenchmarkCase benchmarkCase) => Default.GetHighlightGroupKey(benchmarkCase);

        public string? GetLogicalGroupKey(ImmutableArray<BenchmarkCase> allBenchmarksCases, BenchmarkCase benchmarkCase) => Default.GetLogicalGroupKey(allBenchmarksCases, benchmarkCase);

        public IEnumerable<IGrouping<string, BenchmarkCase>> GetLogicalGroupOrder(IEnumerable<IGrouping<string, BenchmarkCase>> logicalGroups, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
            Default.GetLogicalGroupOrder(logicalGroups, order);
    }

    /// <summary>One row per construct: its bytes and its cost per member in each benchmark, and emit's cost over the baseline's.</summary>
    private sealed class ConstructTableExporter : ExporterBase
    {
        protected override string FileExtension => "md";

        protected override string FileCaption => "constructs";

        public override void ExportToLog(Summary summary, ILogger logger)
        {
            if (!summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == "Construct")))
            {
                return;
            }

            var baseline = Slope.Of(summary, Construct.Baseline, nameof(ConstructCostBenchmarks.Emit));
            logger.WriteLine("| construct | B/member | parse ns/member | parse+bind ns/member | parse+emit ns/member | emit µs/KB | emit over the baseline, ns/member | emit x baseline | emit alloc B/member |");
            logger.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var construct in Construct.All)
            {
                var parse = Slope.Of(summary, construct.Name, nameof(ConstructCostBenchmarks.Parse));
                var bind = Slope.Of(summary, construct.Name, nameof(ConstructCostBenchmarks.Bind));
                var emit = Slope.Of(summary, construct.Name, nameof(ConstructCostBenchmarks.Emit));
                if (parse is null && bind is null && emit is null)
                {
                    continue;
                }

                var any = (parse ?? bind ?? emit)!.Value;
                logger.WriteLine(string.Join(" | ",
                    "| `" + construct.Name + "`: " + construct.Description.Replace("|", "\\|", StringComparison.Ordinal),
                    Format(any.Bytes, "N0"),
                    parse is { } p ? Format(p.Nanoseconds, "N0") : "-",
                    bind is { } b ? Format(b.Nanoseconds, "N0") : "-",
                    emit is { } e ? Format(e.Nanoseconds, "N0") : "-",
                    emit is { } e2 ? Format(e2.NanosecondsPerKilobyte / 1000, "N1") : "-",
                    emit is { } e3 && baseline is { } b3 ? Format(e3.Nanoseconds - b3.Nanoseconds, "+#,0;-#,0;0") : "-",
                    emit is { } e4 && baseline is { Nanoseconds: > 0 } b4 ? Format(e4.Nanoseconds / b4.Nanoseconds, "0.00") : "-",
                    emit is { } e5 ? Format(e5.Allocated, "N0") : "-") + " |");
            }
        }
    }
}
