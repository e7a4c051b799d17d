using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Robustness.Tests.Harness;

/// <summary>A generated source: its hint name and text, compared by value (a second run must give the same).</summary>
public sealed record GeneratedFile(string HintName, string Text);

/// <summary>
/// One filing through the real generator (the shared <see cref="GeneratorHarness"/>) as a <c>&lt;TypedFiling&gt;</c> item,
/// and the checks a user's build would make of it: no generator exception, no error in the output compilation, no raw
/// control or bidirectional character in the generated text, and diagnostics located in the filing.
/// </summary>
public sealed class HostileRun
{
    public const string FilingPath = "/project/filings/hostile.md";

    private HostileRun(string input, string path, GeneratorRun run)
    {
        Input = input;
        Path = path;
        Run = run;
        Sources = run.AllGeneratedSources.Select(s => new GeneratedFile(s.HintName, s.SourceText.ToString())).ToImmutableArray();
    }

    /// <summary>The filing's text, as the generator read it.</summary>
    public string Input { get; }

    /// <summary>The filing's full path.</summary>
    public string Path { get; }

    /// <summary>The generator's run.</summary>
    public GeneratorRun Run { get; }

    /// <summary>Every generated source, the catalog included.</summary>
    public ImmutableArray<GeneratedFile> Sources { get; }

    /// <summary>What the generator itself reported.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Run.GeneratorResult.Diagnostics;

    /// <summary>The generated source of the filing (not the catalog), or null.</summary>
    public GeneratedFile? Filing => Sources.FirstOrDefault(s => !s.HintName.StartsWith("TypedFiling.", StringComparison.Ordinal));

    /// <summary>The output compilation's errors.</summary>
    public IEnumerable<Diagnostic> Errors => Run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Runs the generator on a filing given as text (what an editor buffer may hold, lone surrogates and all).</summary>
    public static HostileRun Of(string text, string path = FilingPath) => Of(SourceText.From(text, Encoding.UTF8), path);

    /// <summary>Runs the generator on a filing given as the bytes of a file, decoded the way the compiler reads additional files.</summary>
    public static HostileRun OfBytes(byte[] bytes, string path = FilingPath)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Of(SourceText.From(stream, encoding: null, throwIfBinaryDetected: false), path);
    }

    /// <summary>Runs the generator on <paramref name="text"/> at <paramref name="path"/>, in a project that sets nothing.</summary>
    public static HostileRun Of(SourceText text, string path = FilingPath)
    {
        // A <TypedFiling> item: hostile text must give code or a diagnostic, never be passed over as a non-filing.
        var input = new GeneratorInput()
            .WithoutProperty("ProjectDir")
            .WithSource("namespace Consumer { internal static class Program { } }")
            .WithAdditionalText(new InMemoryAdditionalText(path, text), ("TypedFiling", "true"));
        return new HostileRun(text.ToString(), path, GeneratorHarness.Run(input));
    }

    /// <summary>Whether the character at <paramref name="index"/> must never appear raw in generated source: controls (but the '\n' the emitter ends lines with and the tabs it indents them with), format characters (bidirectional controls, zero-width characters, the byte-order mark), line and paragraph separators and lone surrogates.</summary>
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

    /// <summary>Every check; a message listing what failed, or null.</summary>
    public string? Problems()
    {
        var problems = new List<string>();
        if (Run.GeneratorResult.Exception is { } exception)
        {
            problems.Add("the generator threw " + exception);
        }

        foreach (var diagnostic in Run.GeneratorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"))
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

        problems.AddRange(Sources.SelectMany(SourceProblems));
        problems.AddRange(LocationProblems());
        if (Filing is null && GeneratorDiagnostics.IsEmpty)
        {
            problems.Add("neither code nor a diagnostic");
        }

        return problems.Count == 0 ? null : string.Join(Environment.NewLine, problems);
    }

    /// <summary>Fails the test with every problem found.</summary>
    public HostileRun AssertHolds()
    {
        var problems = Problems();
        Assert.True(problems is null, problems);
        return this;
    }

    /// <summary>The value of a string constant of the generated code, by the metadata name of its class.</summary>
    public string? Constant(string typeMetadataName, string field) =>
        Run.OutputCompilation.GetTypeByMetadataName(typeMetadataName)?.GetMembers(field).OfType<IFieldSymbol>().SingleOrDefault()?.ConstantValue as string;

    /// <summary>A raw character that must be escaped, and a directive the emitter did not write (filing text must start none).</summary>
    private IEnumerable<string> SourceProblems(GeneratedFile source)
    {
        for (var i = 0; i < source.Text.Length; i++)
        {
            if (IsForbiddenRaw(source.Text, i))
            {
                yield return $"raw U+{(int)source.Text[i]:X4} at {i} in {source.HintName}";
                break;
            }
        }

        var output = Run.OutputCompilation;
        var tree = output.SyntaxTrees.FirstOrDefault(t => t.FilePath.EndsWith(source.HintName, StringComparison.Ordinal))
            ?? CSharpSyntaxTree.ParseText(source.Text, (CSharpParseOptions)output.SyntaxTrees.First().Options);
        foreach (var directive in tree.GetRoot().DescendantTrivia().Where(t => t.IsDirective))
        {
            if (!directive.IsKind(SyntaxKind.NullableDirectiveTrivia) && !directive.IsKind(SyntaxKind.LineDirectiveTrivia) && !directive.IsKind(SyntaxKind.LineSpanDirectiveTrivia))
            {
                yield return "unexpected directive " + directive.ToString() + " in " + source.HintName;
            }
        }
    }

    /// <summary>A generator diagnostic outside the filing, or outside its lines.</summary>
    private IEnumerable<string> LocationProblems()
    {
        var lines = SourceText.From(Input).Lines.Count;
        foreach (var diagnostic in GeneratorDiagnostics)
        {
            var location = diagnostic.Location;
            var span = location.GetLineSpan();
            if (location.Kind != LocationKind.ExternalFile || span.Path != Path)
            {
                yield return "diagnostic not located in the filing: " + diagnostic;
            }
            else if (span.StartLinePosition.Line < 0 || span.EndLinePosition.Line >= lines || span.EndLinePosition < span.StartLinePosition)
            {
                yield return $"diagnostic outside the filing's {lines} lines: {diagnostic}";
            }
        }
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

    private static string Around(Diagnostic error)
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
