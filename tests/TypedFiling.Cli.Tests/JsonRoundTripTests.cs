using System.Text.Json;
using TypedFiling.Cli.Json;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

public sealed class JsonRoundTripTests
{
    [Fact]
    public void Inspect_json_reads_back_into_the_runtime_model_equal_to_the_parsed_filing()
    {
        var run = Tool.Run("inspect", RepositoryPaths.Seed, "--json");

        var filing = Assert.Single(FilingJson.ReadFilings(run.Out));
        var expected = TypedFiling.Reading.ModelMapping.ToFiling(InspectTests.Parse(RepositoryPaths.Seed));
        Assert.Equal(expected.RiskFactors.Count, filing.RiskFactors.Count);
        for (var i = 0; i < expected.RiskFactors.Count; i++)
        {
            Assert.Equal(expected.RiskFactors[i], filing.RiskFactors[i]);
        }

        Assert.Equal(expected, filing);
    }

    [Fact]
    public void The_read_model_has_typed_figures_of_every_kind()
    {
        var filing = Assert.Single(FilingJson.ReadFilings(Tool.Run("inspect", RepositoryPaths.Seed, "--json").Out));

        var investments = filing.FindRiskFactor("investments-subsidiaries-equity-method-investees")!;
        var acquisition = Assert.IsType<Money>(investments.Figures.Single(figure => figure.Name == "AcquisitionPriceOfIijGlobal"));
        Assert.Equal(9_200_000_000m, acquisition.Amount);
        Assert.Equal("JPY", acquisition.Currency);
        Assert.Equal("billion", acquisition.Scale);
        Assert.Equal("acquisition price of IIJ-Global", acquisition.Label);

        var all = filing.RiskFactors.SelectMany(riskFactor => riskFactor.Figures).ToList();
        Assert.Contains(all, figure => figure is Percentage { Value: 74.2m });
        Assert.Contains(all, figure => figure is Quantity { Value: 12_500m, Unit: "new shares" });
        Assert.Contains(all, figure => figure is FilingDate { Date: { Year: 2007, Month: 5, Day: 11 } });
        Assert.Contains(all, figure => figure is FiscalPeriod { Period: PeriodKind.FiscalYear, Months: 12 } period && period.End == new CalendarDate(2010, 3, 31));
        Assert.Contains(all, figure => figure is Ratio { Left: 1m, Right: 5m, Unit: "split" });
        Assert.Equal(new CalendarDate(2010, 3, 31), filing.FiscalYearEnd);
    }

    [Fact]
    public void Writing_the_read_model_again_gives_the_same_json()
    {
        var json = Tool.Run("inspect", RepositoryPaths.Seed, "--json").Out;

        var document = JsonSerializer.Deserialize<FilingDocument>(json, FilingJson.Options)!;
        Assert.Equal(json, JsonSerializer.Serialize(document, FilingJson.Options) + "\n");
    }

    [Fact]
    public void A_single_filing_serializes_and_deserializes_with_the_converters()
    {
        var filing = TypedFiling.Reading.ModelMapping.ToFiling(InspectTests.Parse(RepositoryPaths.Seed));

        var json = JsonSerializer.Serialize(filing, FilingJson.Options);
        Assert.Equal(filing, JsonSerializer.Deserialize<Filing>(json, FilingJson.Options));
        var figure = filing.RiskFactors[2].Figures[0];
        Assert.Equal(figure, JsonSerializer.Deserialize<Figure>(JsonSerializer.Serialize(figure, FilingJson.Options), FilingJson.Options));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 2, \"filings\": []}", "schema version 2")]
    [InlineData("{\"schemaVersion\": 1}", "'filings' is missing")]
    [InlineData("{\"schemaVersion\": 1, \"filings\": [{\"name\": \"X\", \"sourcePath\": \"x.md\", \"fiscalYearEnd\": \"2010-13-01\", \"sections\": [], \"riskFactors\": []}]}", "'2010-13-01' is not a date")]
    public void A_document_the_tool_cannot_read_is_a_json_error_that_says_why(string json, string message)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => FilingJson.ReadFilings(json));
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }
}
