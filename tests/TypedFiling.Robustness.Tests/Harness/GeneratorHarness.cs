using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Generators;
using TypedFiling.Generators.Tests.Infrastructure;

namespace TypedFiling.Robustness.Tests.Harness;

/// <summary>
/// Runs the real generator through Roslyn's driver on one filing, in a compilation with .NET 8 reference
/// assemblies and the TypedFiling runtime, nullable on, documentation diagnosed and every warning an error,
/// and checks what a user's build would: no generator exception, no error in the output compilation, no raw
/// control or bidirectional character in the generated text, and diagnostics located in the filing.
/// </summary>
public static class GeneratorHarness
{
    public const string FilingPath = "/project/filings/hostile.md";

    private static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References =
        Net80.References.All.Add(MetadataReference.CreateFromFile(typeof(global::TypedFiling.Filing).Assembly.Location)).ToImmutableArray<MetadataReference>();

    private static readonly CSharpCompilation EmptyCompilation = CSharpCompilation.Create(
        "Consumer",
        new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", ParseOptions) },
        References,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            warningLevel: 9999,
            deterministic: true));

    /// <summary>Runs the generator on a filing given as text (what an editor buffer may hold, lone surrogates and all).</summary>
    public static GeneratorRun Run(string text, string path = FilingPath) => Run(SourceText.From(text, Encoding.UTF8), path);

    /// <summary>Runs the generator on a filing given as the bytes of a file, decoded the way the compiler reads additional files.</summary>
    public static GeneratorRun RunBytes(byte[] bytes, string path = FilingPath)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Run(SourceText.From(stream, encoding: null, throwIfBinaryDetected: false), path);
    }

    public static GeneratorRun Run(SourceText text, string path = FilingPath)
    {
        var file = new FilingText(path, text);
        // A <TypedFiling> item: hostile text must give code or a diagnostic, never be passed over as a non-filing.
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TypedFiling"] = "true" },
        };
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FilingGenerator().AsSourceGenerator() },
            new AdditionalText[] { file },
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>(), metadata));
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation, out var output, out var driverDiagnostics, CancellationToken.None);
        var result = driver.GetRunResult().Results.Single();
        var sources = result.GeneratedSources.Select(s => new GeneratedFile(s.HintName, s.SourceText.ToString())).ToImmutableArray();
        return new GeneratorRun(text.ToString(), path, result.Exception, result.Diagnostics, driverDiagnostics, sources, output);
    }

    /// <summary>Whether <paramref name="c"/> must never appear raw in generated source: controls (but the '\n' the emitter ends lines with and the tabs it indents them with), format characters (bidirectional controls, zero-width characters, the byte-order mark), line and paragraph separators and lone surrogates.</summary>
    public static bool IsForbiddenRaw(string text, int index)
    {
        var c = text[index];
        if (c == '\n' || IsIndentation(text, index))
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>Whether the character at <paramref name="index"/> is a tab with only tabs before it on its line.</summary>
    private static bool IsIndentation(string text, int index)
    {
        var i = index;
        while (i >= 0 && text[i] == '\t')
        {
            i--;
        }

        return i < index && (i < 0 || text[i] == '\n');
    }

    private sealed class FilingText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}

public sealed record GeneratedFile(string HintName, string Text);

/// <summary>What one run of the generator gave, and the checks every hostile input must pass.</summary>
public sealed record GeneratorRun(
    string Input,
    string Path,
    Exception? Exception,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> DriverDiagnostics,
    ImmutableArray<GeneratedFile> Sources,
    Compilation Output)
{
    /// <summary>The generated source of the filing (not the catalog), or null.</summary>
    public GeneratedFile? Filing => Sources.FirstOrDefault(s => !s.HintName.StartsWith("TypedFiling.", StringComparison.Ordinal));

    public IEnumerable<Diagnostic> Errors => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Every check; a message listing what failed, or null.</summary>
    public string? Problems()
    {
        var problems = new List<string>();
        if (Exception is not null)
        {
            problems.Add("the generator threw " + Exception);
        }

        foreach (var diagnostic in DriverDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"))
        {
            problems.Add("the driver reported " + diagnostic);
        }

        foreach (var diagnostic in GeneratorDiagnostics.Where(d => d.Id == "TF0004"))
        {
            problems.Add("the generator failed: " + diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        foreach (var error in Errors.Take(5))
        {
            problems.Add("compile error: " + error + " at: " + Around(error));
        }

        foreach (var source in Sources)
        {
            for (var i = 0; i < source.Text.Length; i++)
            {
                if (GeneratorHarness.IsForbiddenRaw(source.Text, i))
                {
                    problems.Add($"raw U+{(int)source.Text[i]:X4} at {i} in {source.HintName}");
                    break;
                }
            }

            // No filing text may start a directive: only the ones the emitter writes are there.
            var tree = Output.SyntaxTrees.FirstOrDefault(t => t.FilePath.EndsWith(source.HintName, StringComparison.Ordinal))
                ?? CSharpSyntaxTree.ParseText(source.Text, (CSharpParseOptions)Output.SyntaxTrees.First().Options);
            foreach (var directive in tree.GetRoot().DescendantTrivia().Where(t => t.IsDirective))
            {
                if (!directive.IsKind(SyntaxKind.NullableDirectiveTrivia) && !directive.IsKind(SyntaxKind.LineDirectiveTrivia) && !directive.IsKind(SyntaxKind.LineSpanDirectiveTrivia))
                {
                    problems.Add("unexpected directive " + directive.ToString() + " in " + source.HintName);
                }
            }
        }

        var lines = SourceText.From(Input).Lines.Count;
        foreach (var diagnostic in GeneratorDiagnostics)
        {
            var location = diagnostic.Location;
            var span = location.GetLineSpan();
            if (location.Kind != LocationKind.ExternalFile || span.Path != Path)
            {
                problems.Add("diagnostic not located in the filing: " + diagnostic);
            }
            else if (span.StartLinePosition.Line < 0 || span.EndLinePosition.Line >= lines || span.EndLinePosition < span.StartLinePosition)
            {
                problems.Add($"diagnostic outside the filing's {lines} lines: {diagnostic}");
            }
        }

        if (Filing is null && GeneratorDiagnostics.IsEmpty)
        {
            problems.Add("neither code nor a diagnostic");
        }

        return problems.Count == 0 ? null : string.Join(Environment.NewLine, problems);
    }

    /// <summary>Fails the test with every problem found.</summary>
    public GeneratorRun AssertHolds()
    {
        var problems = Problems();
        Assert.True(problems is null, problems);
        return this;
    }

    /// <summary>The value of a string constant of the generated code, by the metadata name of its class.</summary>
    public string? Constant(string typeMetadataName, string field) =>
        Output.GetTypeByMetadataName(typeMetadataName)?.GetMembers(field).OfType<IFieldSymbol>().SingleOrDefault()?.ConstantValue as string;

    private string Around(Diagnostic error)
    {
        var tree = error.Location.SourceTree;
        if (tree is null)
        {
            return "(no source)";
        }

        var text = tree.GetText();
        var line = text.Lines.GetLineFromPosition(error.Location.SourceSpan.Start).ToString();
        return line.Length > 200 ? line.Substring(0, 200) + "..." : line;
    }
}
