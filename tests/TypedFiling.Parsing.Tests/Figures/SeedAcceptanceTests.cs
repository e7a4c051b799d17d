using System.Collections.Generic;
using System.Linq;
using TypedFiling.Parsing.Figures;
using Xunit;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>Scans filings/iij-20f-2010.md block by block and compares with the hand-written
/// Data/iij-20f-2010.figures.tsv exactly: every figure found, none invented, in file order, with location, value,
/// currency or unit, scale, qualifier, date, period, as-of and label.</summary>
public class SeedAcceptanceTests
{
    private static List<(SeedBlock Block, FigureMatch Figure)> ScanSeed()
    {
        var found = new List<(SeedBlock, FigureMatch)>();
        foreach (var block in SeedBlockFeeder.Read(TestPaths.Seed))
        {
            foreach (var f in FigureScanner.Scan(block.Text, FigureScanOptions.Default)) found.Add((block, f));
        }

        return found;
    }

    [Fact]
    public void SeedFiguresMatchTheExpectedFileExactly()
    {
        var expected = ExpectedFigures.Read(TestPaths.Data("iij-20f-2010.figures.tsv")).Select(r => string.Join("\t", r)).ToList();
        var actual = ScanSeed().Select(x => ExpectedFigures.SeedRow(x.Block.Line, x.Block.Column(x.Figure.Start), x.Figure)).ToList();
        Assert.True(expected.SequenceEqual(actual), ExpectedFigures.Diff(expected, actual));
    }

    [Fact]
    public void SeedHasTheFactsTheIssueStates()
    {
        var figures = ScanSeed().Select(x => x.Figure).ToList();
        var yen = figures.Where(f => f.Kind == FigureKind.Money).ToList();
        Assert.Equal(23, yen.Count);
        Assert.All(yen, f => Assert.Equal("JPY", f.Currency));
        var distinct = yen.Select(f => f.Value / 1_000_000_000m).Distinct().OrderBy(v => v).ToArray();
        Assert.Equal(new[] { 0.1m, 0.2m, 0.3m, 0.7m, 0.8m, 0.9m, 1.0m, 1.4m, 1.6m, 1.7m, 1.8m, 2.4m, 2.8m, 5.2m, 5.5m, 6m, 9.0m, 9.2m, 15.6m }, distinct);
        Assert.Equal(new[] { Qualifier.Approximately, Qualifier.Around }, yen.Select(f => f.Qualifier).Where(q => q != Qualifier.None).Distinct().OrderBy(q => q).ToArray());
        Assert.Equal(4, figures.Count(f => f.Kind == FigureKind.Percentage));
        Assert.Single(figures, f => f.Kind == FigureKind.Ratio && f.Text == "1 to 5 split");
        Assert.Contains(figures, f => f.Kind == FigureKind.Quantity && f.Text == "eight consolidated subsidiaries");
        Assert.Contains(figures, f => f.Kind == FigureKind.Quantity && f.Text == "12 directors");
        Assert.True(figures.Count(f => f.Kind == FigureKind.Date && f.Date!.Precision != DatePrecision.Year) >= 12);
        Assert.DoesNotContain(figures, f => f.Kind == FigureKind.Quantity && (f.Value == 31 || f.Value == 2010));
    }

    [Fact]
    public void FeederColumnsPointAtTheFigureInTheRawLine()
    {
        var lines = System.IO.File.ReadAllLines(TestPaths.Seed, System.Text.Encoding.UTF8);
        foreach (var (block, f) in ScanSeed())
        {
            var raw = lines[block.Line - 1];
            int col = block.Column(f.Start);
            Assert.Equal(f.Text[0], raw[col - 1]);
        }
    }
}
