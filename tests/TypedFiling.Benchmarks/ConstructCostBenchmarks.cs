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
    /// Without BenchmarkDotNet (--constructs): the best of <paramref name="rounds"/> runs of each stage at each size and the
    /// slope between them, per construct. Quicker than the class and less affected by a loaded machine (the best run, not
    /// the mean); use it to check a change, and the class for the table.
    /// </summary>
    internal static void Quick(int rounds, IEnumerable<string> constructs)
    {
        Console.WriteLine($"{"construct",-28} {"B/member",9} {"parse ns",10} {"bind ns",10} {"emit ns",10}   (per member: best of {rounds} at N=1000 and N=4000)");
        foreach (var name in constructs)
        {
            var slopes = new double[3];
            var runs = new[] { new ConstructCostBenchmarks { Construct = name, N = 1000 }, new ConstructCostBenchmarks { Construct = name, N = 4000 } };
            foreach (var run in runs)
            {
                run.Setup();
            }

            var members = Benchmarks.Construct.Named(name).Members(4000) - Benchmarks.Construct.Named(name).Members(1000);
            var stages = new Func<ConstructCostBenchmarks, object>[] { r => r.Parse(), r => r.Bind(), r => r.Emit() };
            for (var stage = 0; stage < stages.Length; stage++)
            {
                slopes[stage] = (Best(runs[1], stages[stage], rounds) - Best(runs[0], stages[stage], rounds)) / members;
            }

            var bytes = (double)(Bytes(name, 4000) - Bytes(name, 1000)) / members;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {bytes,9:N0} {slopes[0],10:N0} {slopes[1],10:N0} {slopes[2],10:N0}"));
        }
    }

    private static double Best(ConstructCostBenchmarks run, Func<ConstructCostBenchmarks, object> stage, int rounds)
    {
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            GC.KeepAlive(stage(run));
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1e6);
        }

        return best;
    }

    /// <summary>The generated file's UTF-8 bytes, as it would be written to disk.</summary>
    internal static int Bytes(string construct, int scale) => Encoding.UTF8.GetByteCount(Benchmarks.Construct.Named(construct).Source(scale));

    private EmitResult EmitAll()
    {
        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        using var referenceAssembly = new MemoryStream();
        using var documentation = writesDocumentation ? new MemoryStream() : null;
        return Compilation(Parse()).Emit(
            assembly,
            pdb,
            xmlDocumentationStream: documentation,
            metadataPEStream: referenceAssembly,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, includePrivateMembers: false));
    }

    /// <summary>
    /// The file alone in a compilation of a library with .NET 8's references and the synthetic runtime (Money,
    /// FigureTable). The references are bound once, in the first compilation: each benchmark's compilation adds its tree
    /// to that one, which reuses its referenced assemblies (as the compiler server keeps them from build to build), so
    /// the fixed cost of each operation is small beside the members'.
    /// </summary>
    private static CSharpCompilation Compilation(SyntaxTree tree) => (empty ??= CreateEmpty()).AddSyntaxTrees(tree);

    private static CSharpCompilation CreateEmpty()
    {
        var runtime = CSharpCompilation.Create(
            "Bench.Runtime",
            new[] { CSharpSyntaxTree.ParseText(Benchmarks.Construct.RuntimeSource) },
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = runtime.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The synthetic runtime does not compile: " + string.Join("; ", result.Diagnostics));
        }

        var compilation = CSharpCompilation.Create(
            "Consumer",
            Array.Empty<SyntaxTree>(),
            Net80.References.All.Append(MetadataReference.CreateFromImage(image.ToArray())),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true,
                nullableContextOptions: NullableContextOptions.Enable));

        // Binds the references now, so that no benchmark pays for it.
        GC.KeepAlive(compilation.GetDiagnostics());
        return compilation;
    }
}
