using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The check on <see cref="ConstructCostBenchmarks"/>' synthetic files (--generated): what Roslyn takes to compile the
/// C# the real generator writes today for the 10 filings of filings/ and for the whole NVIDIA 10-K, as generated in
/// the three documentation modes, and with its <c>#line</c> directives and doc comments taken out, in the thread's
/// CPU time (best of N, <see cref="ThreadCpu"/>), per member and per KB. Whatever the emitter writes when it runs is
/// what is measured, so the same command gives the before and the after of a change to the generated shape.
/// </summary>
internal static class GeneratedOutputCost
{
    private static readonly Regex LineDirective = new(@"^#line\b.*\n", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex DocComment = new(@"^[ \t]*///.*\n", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly (string Name, DocumentationMode Mode, Func<string, string> Change)[] Variants =
    {
        ("as generated, None (csc without /doc)", DocumentationMode.None, text => text),
        ("as generated, Parse (the IDE)", DocumentationMode.Parse, text => text),
        ("as generated, Diagnose (GenerateDocumentationFile)", DocumentationMode.Diagnose, text => text),
        ("no #line, None", DocumentationMode.None, text => LineDirective.Replace(text, string.Empty)),
        ("no #line, no doc comments, Diagnose", DocumentationMode.Diagnose, text => DocComment.Replace(LineDirective.Replace(text, string.Empty), string.Empty)),
    };

    public static void Run(int rounds)
    {
        var library = RoslynCompile.Library(MetadataReference.CreateFromFile(typeof(global::TypedFiling.Filing).Assembly.Location));
        var fixedCost = ThreadCpu.Best(rounds, () => RoslynCompile.Emit(library, documentation: false))[0].Cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU ms, best of {rounds}; emit less the empty library's ({fixedCost / 1e6:0.0} ms); members: fields, properties, methods and constructors"));
        Console.WriteLine($"{"input",-24} {"variant",-52} {"KB",7} {"members",8} {"classes",8} {"parse",7} {"+bind",7} {"+emit",7} {"µs/member",10} {"µs/KB",6} warnings");
        var data = Path.Combine(AppContext.BaseDirectory, "Data");
        var sets = new (string Name, string[] Files)[]
        {
            ("the 10 filings", Directory.GetFiles(Path.Combine(data, "filings")).OrderBy(f => f, StringComparer.Ordinal).ToArray()),
            ("the whole 10-K", new[] { Path.Combine(data, Inputs.NvidiaFull) }),
        };
        var cases = new List<Case>();
        foreach (var (name, files) in sets)
        {
            var generated = Generate(files);
            foreach (var (variantName, mode, change) in Variants)
            {
                cases.Add(new Case(library, name, variantName, mode, generated.Select(change).ToArray()));
            }
        }

        // Every case compiled twice before any is timed, so that none is timed on code the JIT has not yet optimized.
        foreach (var item in cases.Concat(cases))
        {
            GC.KeepAlive(item.Emit());
        }

        foreach (var item in cases)
        {
            var check = item.Emit();
            var errors = check.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{item.Input}, {item.Variant}: {errors.Count} errors, the first {errors[0]}");
            }

            var warnings = check.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Id).Select(g => $"{g.Count()} {g.Key}");
            var (members, classes) = Count(item.Parse());
            var best = ThreadCpu.Best(rounds, item.Parse, () => library.AddSyntaxTrees(item.Parse()).GetDiagnostics(), item.Emit);
            var emit = best[2].Cpu - fixedCost;
            var kilobytes = item.Texts.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1024.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{item.Input,-24} {item.Variant,-52} {kilobytes,7:N0} {members,8:N0} {classes,8:N0} {best[0].Cpu / 1e6,7:N0} {best[1].Cpu / 1e6,7:N0} {emit / 1e6,7:N0} {emit / 1e3 / members,10:N1} {emit / 1e3 / kilobytes,6:N1} {string.Join(", ", warnings.DefaultIfEmpty("none"))}"));
        }
    }

    /// <summary>One input's generated files in one variant, parsed and compiled as a build would.</summary>
    private sealed class Case(CSharpCompilation library, string input, string variant, DocumentationMode mode, string[] texts)
    {
        private readonly CSharpParseOptions options = new(LanguageVersion.Latest, mode);

        public string Input => input;

        public string Variant => variant;

        public string[] Texts => texts;

        public SyntaxTree[] Parse() =>
            texts.Select((t, i) => CSharpSyntaxTree.ParseText(SourceText.From(t, Encoding.UTF8), options, path: $"/project/obj/Generated{i}.g.cs")).ToArray();

        public Microsoft.CodeAnalysis.Emit.EmitResult Emit() => RoslynCompile.Emit(library.AddSyntaxTrees(Parse()), mode == DocumentationMode.Diagnose);
    }

    /// <summary>The C# the generator writes for these filings, catalog included, as a build would compile it.</summary>
    private static List<string> Generate(string[] files)
    {
        var texts = files.Select(f => (AdditionalText)new DriverBenchmarks.FilingText("/project/filings/" + Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        var driver = CSharpGeneratorDriver.Create(
            new[] { new TypedFiling.Generators.FilingGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new MarkedAsFilings());
        var result = driver.RunGenerators(DriverBenchmarks.Compilation(), CancellationToken.None).GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || result.GeneratedTrees.Length <= files.Length)
        {
            throw new InvalidOperationException(
                $"The generator wrote {result.GeneratedTrees.Length} sources for {files.Length} filings ({string.Join(", ", result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)))}): {string.Join("; ", result.Diagnostics)}");
        }

        return result.GeneratedTrees.Select(t => t.GetText().ToString()).ToList();
    }

    /// <summary>Every additional file is a &lt;TypedFiling&gt; item (as the package's targets mark them), the .txt one too.</summary>
    private sealed class MarkedAsFilings : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Marked = new Options(new Dictionary<string, string>(StringComparer.Ordinal) { ["build_metadata.AdditionalFiles.TypedFiling"] = "true" });
        private static readonly AnalyzerConfigOptions None = new Options(new Dictionary<string, string>(StringComparer.Ordinal));

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Marked;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }

    private static (int Members, int Classes) Count(IEnumerable<SyntaxTree> trees)
    {
        var (members, classes) = (0, 0);
        foreach (var node in trees.SelectMany(t => t.GetRoot().DescendantNodes()))
        {
            members += node switch
            {
                FieldDeclarationSyntax field => field.Declaration.Variables.Count,
                PropertyDeclarationSyntax or MethodDeclarationSyntax or ConstructorDeclarationSyntax => 1,
                _ => 0,
            };
            classes += node is ClassDeclarationSyntax ? 1 : 0;
        }

        return (members, classes);
    }
}
