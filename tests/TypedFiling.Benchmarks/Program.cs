using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace TypedFiling.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/TypedFiling.Benchmarks -- --filter '*'
/// (BenchmarkDotNet's switches), or -- --stages to time each parser stage once per input without BenchmarkDotNet.
/// The classes: FilingBenchmarks (Markdown vs Markdig, growth inputs), HtmlFilingBenchmarks (HTML vs AngleSharp),
/// CancellationBenchmarks (cancel latency on 10 MB), GeneratorMemoryBenchmarks (the whole 10-K through the driver),
/// DriverBenchmarks (100 filings, first run and one edited), ConstructCostBenchmarks (what each construct of generated
/// code costs Roslyn per member; -- --constructs for a quick best-of-5 without BenchmarkDotNet, -- --generated for the
/// real generator's output).
/// scripts/measure-build-cost.sh runs them all.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains("--spin"))
        {
            // For a profiler: the whole path on the seed, over and over, for the given seconds.
            var text = Inputs.Text(Inputs.Seed);
            var options = Inputs.Options(Inputs.Seed);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var seconds = double.Parse(args[Array.IndexOf(args, "--spin") + 1], System.Globalization.CultureInfo.InvariantCulture);
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                GC.KeepAlive(TypedFiling.Emit.FilingEmitter.Emit(TypedFiling.Parsing.FilingParser.Parse(text, options).Model));
            }

            return;
        }

        if (args.Contains("--stages"))
        {
            var file = Array.IndexOf(args, "--file");
            Stages.Run(args.Contains("--loop") ? 200 : 20, file >= 0 ? args[file + 1] : null);
            return;
        }

        if (args.Contains("--constructs"))
        {
            // The constructs' costs without BenchmarkDotNet (best of 5), all of them or those of TYPEDFILING_BENCH_INPUTS.
            ConstructCostBenchmarks.Quick(args.Contains("--loop") ? 20 : 5, ConstructCostBenchmarks.Names);
            return;
        }

        if (args.Contains("--write-constructs"))
        {
            // The synthetic files, their runtime and a list of them, for a compiler outside this process (cold-constructs.sh).
            var folder = args[Array.IndexOf(args, "--write-constructs") + 1];
            System.IO.Directory.CreateDirectory(folder);
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "Runtime.cs"), Construct.RuntimeSource);
            var list = new System.Text.StringBuilder("name,mode,members_1000,members_4000\n");
            foreach (var construct in Construct.All)
            {
                foreach (var scale in new[] { 1000, 4000 })
                {
                    System.IO.File.WriteAllText(System.IO.Path.Combine(folder, $"{construct.Name}-{scale}.g.cs"), construct.Source(scale));
                }

                list.Append(System.Globalization.CultureInfo.InvariantCulture, $"{construct.Name},{construct.Mode},{construct.Members(1000)},{construct.Members(4000)}\n");
            }

            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "constructs.csv"), list.ToString());
            return;
        }

        if (args.Contains("--generated"))
        {
            // What the real generator's output costs Roslyn, as generated and without #line or doc comments.
            GeneratedOutputCost.Run(args.Contains("--loop") ? 20 : 5);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
    }
}
