using System.Collections.Generic;
using System.Linq;
using TypedFiling.Parsing.Figures;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>Parses filings/iij-20f-2010.md with the real parser and compares its figures with the hand-written
/// Data/iij-20f-2010.figures.tsv exactly: every figure found, none invented, in file order, with location, value,
/// currency or unit, scale, qualifier, date, period, as-of and label.</summary>
public class SeedAcceptanceTests
{
    private static readonly string Source = System.IO.File.ReadAllText(RepositoryPaths.Seed);

    private static List<Model.FigureModel> ParseSeed() =>
        FilingParser.Parse(Source, FilingOptions.ForPath("filings/iij-20f-2010.md")).Model.RiskFactors.SelectMany(r => r.Figures).ToList();

    [Fact]
    public void SeedFiguresMatchTheExpectedFileExactly()
    {
        var expected = ExpectedFigures.Read(RepositoryPaths.Data("figures", "iij-20f-2010.figures.tsv")).Select(r => string.Join("\t", r)).ToList();
        var actual = ParseSeed().Select(f => ExpectedFigures.SeedRow(f.Location.StartLine, f.Location.StartColumn, f.Match)).ToList();
        Assert.True(expected.SequenceEqual(actual), ExpectedFigures.Diff(expected, actual));
    }

    [Fact]
    public void SeedHasTheFactsTheIssueStates()
    {
        var figures = ParseSeed().Select(f => f.Match).ToList();
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
    public void Each_location_spans_the_figure_as_written_in_the_file()
    {
        foreach (var figure in ParseSeed())
        {
            Assert.Equal(figure.Match.Text, Source.Substring(figure.Location.Offset, figure.Location.Length));
        }
    }

    [Fact]
    public void The_fiscal_year_end_is_the_latest_fiscal_year_the_text_says_ended()
    {
        Assert.Equal(new FigureDate(2010, 3, 31), FilingParser.Parse(Source, FilingOptions.ForPath("x.md")).Model.FiscalYearEnd);
    }

    [Fact]
    public void Figures_are_named_from_their_sentences_and_unique_within_their_risk_factor()
    {
        var model = FilingParser.Parse(Source, FilingOptions.ForPath("x.md")).Model;
        var investments = model.RiskFactors[2].Figures.Select(f => f.Name).ToList();
        Assert.Contains("AcquisitionPriceOfIijGlobal", investments);
        Assert.Contains("ShortTermBorrowings", investments);
        Assert.Contains("DomesticCorporateCustomers", investments);
        Assert.Contains("ShareOwnership", investments);
        Assert.Contains("OutstandingVotingShares", model.RiskFactors[13].Figures.Select(f => f.Name));
        Assert.Contains("Split1To5", model.RiskFactors[17].Figures.Select(f => f.Name));
        Assert.All(model.RiskFactors, r => Assert.Equal(r.Figures.Count, r.Figures.Select(f => f.Name).Distinct().Count()));
    }
}
