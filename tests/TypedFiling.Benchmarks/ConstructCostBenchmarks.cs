using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace TypedFiling.Benchmarks;

/// <summary>
/// What each construct of generated code costs Roslyn to compile (issue 21, item 2): a synthetic generated file of N
/// members of one construct (<see cref="Construct.All"/>), parsed; parsed and bound (<c>GetDiagnostics</c>); parsed
/// and emitted as a build does (assembly, portable PDB, reference assembly, and the XML documentation file when the
/// documentation mode is Diagnose). Each construct is measured at two sizes, so the cost of one member is the slope
/// between them, without the fixed cost of a compilation; <see cref="ConstructCostConfig"/> adds the per-member
/// columns and writes the table of docs/performance.md. Run in process with a short job of its own:
/// <c>dotnet run -c Release --project tests/TypedFiling.Benchmarks -- --filter '*Construct*'</c> (no --job).
/// </summary>
[Config(typeof(ConstructCostConfig))]
public class ConstructCostBenchmarks
{
    private static readonly HashSet<string> Checked = new(StringComparer.Ordinal);
    private static CSharpCompilation? empty;
    private static bool warmedUp;

    private string source = string.Empty;
    private CSharpParseOptions parseOptions = null!;
    private bool writesDocumentation;

    /// <summary>Every construct, or those named in TYPEDFILING_BENCH_INPUTS (see <see cref="Inputs.Selected"/>).</summary>
    public static IEnumerable<string> Names => Inputs.Selected(Benchmarks.Construct.All.Select(c => c.Name).ToArray());

    [ParamsSource(nameof(Names))]
    public string Construct { get; set; } = Benchmarks.Construct.Baseline;

    /// <summary>The scale: the file holds N members (N / 10 of the 10 KB strings).</summary>
    [Params(1000, 4000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        WarmUp();
        Prepare();
    }

    /// <summary>
    /// Before the first case, every construct is compiled twice at N = 1,000 in each benchmark: otherwise the first
    /// cases run on code the JIT has not yet optimized (or compiles on the measured thread), and their slopes say so.
    /// </summary>
    private static void WarmUp()
    {
        if (warmedUp)
        {
            return;
        }

        warmedUp = true;
        foreach (var name in Names)
        {
            var run = new ConstructCostBenchmarks { Construct = name, N = 1000 };
            run.Prepare();
            for (var i = 0; i < 2; i++)
            {
                GC.KeepAlive(run.Parse());
                GC.KeepAlive(run.Bind());
                GC.KeepAlive(run.Emit());
            }
        }
    }

    private void Prepare()
    {
        var construct = Benchmarks.Construct.Named(Construct);
        source = construct.Source(N);
        parseOptions = new CSharpParseOptions(LanguageVersion.Latest, construct.Mode);
        writesDocumentation = construct.Mode == DocumentationMode.Diagnose;

        // The file must compile as the generator's output must: no error, and no warning but the ones counted here.
        // Checked once per construct and size (the three benchmarks of a case share it).
        if (!Checked.Add(Construct + "/" + N.ToString(CultureInfo.InvariantCulture)))
        {
            return;
        }

        var result = EmitAll();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success || errors.Count > 0)
        {
            throw new InvalidOperationException($"{Construct} N={N} does not compile: {string.Join("; ", errors.Take(3))}");
        }

        var warnings = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Id).Select(g => $"{g.Count()} {g.Key}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Construct check: {Construct} N={N}: {construct.Members(N):N0} members, {Bytes(Construct, N):N0} bytes, warnings: {string.Join(", ", warnings.DefaultIfEmpty("none"))}"));
    }

    [Benchmark(Description = "parse")]
    public SyntaxTree Parse() => CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), parseOptions, path: "/project/obj/Filing.g.cs");

    /// <summary>Parse, then every diagnostic of the compilation: declarations, member bodies, doc comments in Diagnose.</summary>
    [Benchmark(Description = "parse+bind")]
    public int Bind() => Compilation(Parse()).GetDiagnostics().Length;

    /// <summary>Parse, then what a build writes (which binds everything again: emit does not reuse GetDiagnostics).</summary>
    [Benchmark(Description = "parse+emit")]
    public bool Emit() => EmitAll().Success;

    /// <summary>
    /// Without BenchmarkDotNet (--constructs): per construct, the slope between N = 1,000 and 4,000 of the best of
    /// <paramref name="rounds"/> runs of each stage, in elapsed time and in the thread's CPU time (<see cref="ThreadCpu"/>).
    /// Every construct is compiled once before any is timed (so that the first is not timed on code the JIT has not yet
    /// optimized), and the two sizes are run in turn, round after round, so that a burst of load falls on both. On a
    /// loaded machine the CPU time is the steadier figure: a run that waits for a core costs elapsed time, not CPU.
    /// </summary>
    internal static void Quick(int rounds, IEnumerable<string> constructs)
    {
        var stages = new Func<ConstructCostBenchmarks, object>[] { r => r.Parse(), r => r.Bind(), r => r.Emit() };
        var cases = constructs
            .Select(name => new[] { new ConstructCostBenchmarks { Construct = name, N = 1000 }, new ConstructCostBenchmarks { Construct = name, N = 4000 } })
            .ToList();
        foreach (var run in cases.SelectMany(pair => pair))
        {
            run.Prepare();
            foreach (var stage in stages)
            {
                GC.KeepAlive(stage(run));
            }
        }

        Console.WriteLine($"Per member, the slope of the best of {rounds} runs at N=1000 and N=4000; elapsed ns / CPU ns");
        Console.WriteLine($"{"construct",-28} {"B/member",9} {"parse",17} {"parse+bind",17} {"parse+emit",17}");
        foreach (var pair in cases)
        {
            var construct = Benchmarks.Construct.Named(pair[0].Construct);
            double members = construct.Members(4000) - construct.Members(1000);
            var cells = new List<string>();
            foreach (var stage in stages)
            {
                var best = ThreadCpu.Best(rounds, () => stage(pair[0]), () => stage(pair[1]));
                cells.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{(best[1].Elapsed - best[0].Elapsed) / members,8:N0}/{(best[1].Cpu - best[0].Cpu) / members,8:N0}"));
            }

            var bytes = (Bytes(construct.Name, 4000) - Bytes(construct.Name, 1000)) / members;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{construct.Name,-28} {bytes,9:N0} {string.Join(" ", cells)}"));
        }
    }

    /// <summary>The generated file's UTF-8 bytes, as it would be written to disk.</summary>
    internal static int Bytes(string construct, int scale) => Encoding.UTF8.GetByteCount(Benchmarks.Construct.Named(construct).Source(scale));

    private EmitResult EmitAll() => RoslynCompile.Emit(Compilation(Parse()), writesDocumentation);

    /// <summary>The file alone in a library that references .NET 8 and the synthetic runtime (Money, FigureTable).</summary>
    private static CSharpCompilation Compilation(SyntaxTree tree) =>
        (empty ??= RoslynCompile.Library(RoslynCompile.Reference("Bench.Runtime", Benchmarks.Construct.RuntimeSource))).AddSyntaxTrees(tree);
}
