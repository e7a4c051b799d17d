using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// What a filing costs every build in generated C# (issues 16 and 21): its words written once, not once per figure, the
/// Markdown filings' source within issue 21's 2.0 bytes per byte and a whole 10-K's within its 0.15. Bytes, not times: the
/// same input gives the same bytes.
/// </summary>
public sealed class GeneratedSizeTests
{
    private static readonly string[] MarkdownFilings = { "apple-10k-2024.md", "loncor-20f-2015.md" };

    [Fact]
    public void The_Markdown_filings_generate_at_most_2_bytes_per_byte()
    {
        long input = 0, output = 0;
        foreach (var (path, text) in MarkdownFilings.Select(name => ("filings/" + name, File.ReadAllText(RepositoryPaths.Filing(name))))
                     .Append((TestFilings.SeedPath, TestFilings.Seed())))
        {
            var run = GeneratorHarness.Run(new GeneratorInput().WithFiling(path, text));
            Assert.True(run.AllDiagnostics.IsEmpty, GeneratorHarness.Describe(run.AllDiagnostics));
            input += Encoding.UTF8.GetByteCount(text);
            output += run.AllGeneratedSources.Where(s => s.HintName != "TypedFiling.FilingCatalog.g.cs").Sum(s => Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        }

        // 2.40 on 2026-12-02 (3.49 before the figure table), 2.29 with the filing's one table, 1.38 with the bodies read
        // from it, no remarks and the shortest summaries (issue 21, item 2): docs/performance.md.
        Assert.True((double)output / input <= 2.0, FormattableString.Invariant($"{output} bytes generated for {input} bytes of Markdown: {(double)output / input:0.00} per byte"));
    }

    [Fact]
    public void A_whole_10_K_generates_at_most_0_15_bytes_per_byte()
    {
        var text = File.ReadAllText(RepositoryPaths.Data("whole", "nvidia-10k-2024-full.htm"));
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/nvidia-10k-2024-full.htm", text));
        Assert.True(run.AllDiagnostics.IsEmpty, GeneratorHarness.Describe(run.AllDiagnostics));
        var input = Encoding.UTF8.GetByteCount(text);
        var output = Encoding.UTF8.GetByteCount(run.SingleSource());

        // 0.37 with a member per fact (0.1.0), 0.19 with a member per concept and the packed table, 0.144 with the bodies
        // in the table, no remarks, spans from the one before and the runtime's namespace by an alias (issue 21, item 2).
        Assert.True((double)output / input <= 0.15, FormattableString.Invariant($"{output} bytes generated for {input} bytes: {(double)output / input:0.000} per byte"));
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
        var table = source.Split('\n').Single(line => line.Contains("private const string __Table = ", StringComparison.Ordinal));

        // Once in the table: in the body when bodies are generated (the figures' rows point into it), as the figures' one
        // string when not. The tooltips quote it too, but as documentation, not as a string the compiler keeps.
        Assert.Equal(1, CountOf(table, sentence));
        Assert.Equal(1, source.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)).Sum(line => CountOf(line, sentence)));
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
