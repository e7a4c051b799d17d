using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedFiling.Parsing.Figures;
using TypedFiling.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>Runs the scanner over every paragraph of three real filings of filings/ and checks them against
/// the hand-checked tests/Data/figures/corpus.figures.tsv: the figures found in each file are exactly the listed ones, and the
/// listed traps ("Form 20-F", page numbers, "COVID-19", "one or more", ...) produce nothing.</summary>
public class CorpusTests
{
    public static readonly string[] Files = { "aegon-20f-2000.txt", "loncor-20f-2015.md", "apple-10k-2024.md" };

    private readonly ITestOutputHelper output;

    public CorpusTests(ITestOutputHelper output) => this.output = output;

    private static List<(SeedBlock Block, FigureMatch Figure)> ScanFile(string file)
    {
        var found = new List<(SeedBlock, FigureMatch)>();
        foreach (var block in SeedBlockFeeder.Read(RepositoryPaths.Filing(file)))
        {
            foreach (var f in FigureScanner.Scan(block.Text, FigureScanOptions.Default))
            {
                found.Add((block, f));
            }
        }

        return found;
    }

    [Theory]
    [InlineData("aegon-20f-2000.txt")]
    [InlineData("loncor-20f-2015.md")]
    [InlineData("apple-10k-2024.md")]
    public void EveryParagraphScansAndMatchesTheHandCheckedFigures(string file)
    {
        var found = ScanFile(file);
        var counts = found.GroupBy(x => x.Figure.Kind).OrderBy(g => g.Key).Select(g => g.Key + "=" + g.Count());
        output.WriteLine(file + ": " + string.Join(", ", counts));

        var rows = ExpectedFigures.Read(RepositoryPaths.Data("figures", "corpus.figures.tsv")).Where(r => r[0] == file).ToList();
        var expected = rows.Where(r => r[3] != "none").Select(r => string.Join("\t", r)).ToList();
        var actual = found.Select(x => ExpectedFigures.CorpusRow(file, x.Block.LineOf(x.Figure.Start), x.Block.Column(x.Figure.Start), x.Figure)).ToList();
        Assert.True(expected.SequenceEqual(actual), ExpectedFigures.Diff(expected, actual));

        foreach (var trap in rows.Where(r => r[3] == "none"))
        {
            int line = int.Parse(trap[1], System.Globalization.CultureInfo.InvariantCulture);
            var text = trap[4];
            var block = SeedBlockFeeder.Read(RepositoryPaths.Filing(file)).First(b => b.Line <= line && ContainsLine(b, line));
            int at = block.Text.IndexOf(text, StringComparison.Ordinal);
            Assert.True(at >= 0, "trap text not found: " + text);
            Assert.DoesNotContain(found, x => x.Block.Line == block.Line && x.Figure.Start < at + text.Length && at < x.Figure.End);
        }
    }

    [Fact]
    public void HandCheckedRowsCoverAtLeastFortyFiguresAndTraps()
    {
        var rows = ExpectedFigures.Read(RepositoryPaths.Data("figures", "corpus.figures.tsv"));
        Assert.True(rows.Count >= 40, "rows: " + rows.Count);
        Assert.All(rows, r => Assert.Contains(r[0], Files));
    }

    private static bool ContainsLine(SeedBlock b, int line)
    {
        for (int k = 0; k < b.Text.Length; k++)
        {
            if (b.LineOf(k) == line)
            {
                return true;
            }
        }

        return false;
    }
}
