using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// What a filing costs every build in generated C# (issue 16): its words written once, not once per figure, and the
/// whole source within 2.5 bytes per byte of Markdown filing. Bytes, not times: the same input gives the same bytes.
/// </summary>
public sealed class GeneratedSizeTests
{
    private static readonly string[] MarkdownFilings = { "apple-10k-2024.md", "loncor-20f-2015.md" };

    [Fact]
    public void The_Markdown_filings_generate_at_most_2_5_bytes_per_byte()
    {
        long input = 0, output = 0;
        foreach (var (path, text) in MarkdownFilings.Select(name => ("filings/" + name, File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, name))))
                     .Append((TestFilings.SeedPath, TestFilings.Seed())))
        {
            var run = GeneratorHarness.Run(new GeneratorInput().WithFiling(path, text));
            Assert.True(run.AllDiagnostics.IsEmpty, GeneratorHarness.Describe(run.AllDiagnostics));
            input += Encoding.UTF8.GetByteCount(text);
            output += run.AllGeneratedSources.Where(s => s.HintName != "TypedFiling.FilingCatalog.g.cs").Sum(s => Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        }

        // 2.40 on 2026-12-02 (3.49 before the figure table): docs/performance.md, "Build cost".
        Assert.True((double)output / input <= 2.5, FormattableString.Invariant($"{output} bytes generated for {input} bytes of Markdown: {(double)output / input:0.00} per byte"));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void A_sentence_with_several_figures_is_kept_once(string includeText)
    {
        const string sentence = "As of March 31, 2010, we had ¥5.5 billion of deposits, 74.2% of them in Japan, at 1,600 branches.";
        var filing = "**D. Risk Factors.**\n\n**We may lose our deposits.**\n\nOur deposits may fall. " + sentence + " They may fall further.\n";
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/report.md", filing, ("IncludeText", includeText)));

        Assert.True(run.AllDiagnostics.IsEmpty, GeneratorHarness.Describe(run.AllDiagnostics));
        var source = run.Source("Filings.Report.g.cs");
        var inText = CountOf(source, "public const string Text = \"Our deposits may fall. " + sentence);
        var table = source.Split('\n').Single(line => line.Contains("private const string __Table = ", StringComparison.Ordinal));
        var inTable = CountOf(table, sentence);

        // In the body's constant when bodies are generated (the figures' rows point into it), in the table's strings when
        // not; the tooltips quote it too, but as documentation, not as a string the compiler keeps.
        Assert.Equal(includeText == "true" ? (1, 0) : (0, 1), (inText, inTable));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
