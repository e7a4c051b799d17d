using System.Text.Json;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Emit;
using TypedFiling.Parsing;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

public sealed class InspectTests
{
    [Fact]
    public void Inspect_prints_a_table_of_the_seeds_18_risk_factors_with_their_generated_names_and_figure_counts()
    {
        var run = Tool.Run("inspect", RepositoryPaths.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var lines = run.Out.Split('\n');
        Assert.Equal(RepositoryPaths.Seed + ": Iij20F2010, Form 20-F, fiscal year ended 2010-03-31, 18 risk factors, 65 figures", lines[0]);
        var header = Array.Find(lines, line => line.Contains("│  # │ Name ", StringComparison.Ordinal));
        Assert.NotNull(header);
        Assert.Contains("│ Money │ % │ Qty │ Date │ Period │ Ratio │", header, StringComparison.Ordinal);

        var model = Parse(RepositoryPaths.Seed);
        Assert.Equal(18, model.RiskFactors.Count);
        foreach (var riskFactor in model.RiskFactors)
        {
            Assert.Contains("│ " + riskFactor.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(2) + " │ " + riskFactor.Name + " ", run.Out, StringComparison.Ordinal);
        }

        // Risk factor 3 has 9 amounts, 2 percentages, 4 counts, 8 dates and 4 periods; risk factor 18 has the 1 to 5 split.
        Assert.Matches(@"│  3 │ InvestmentsSubsidiariesEquityMethodInvestees\s+│ Our investments in our subsidiaries and\s+│\s+9 │ 2 │\s+4 │\s+8 │\s+4 │\s+\. │", run.Out);
        Assert.Matches(@"│ 18 │ RaiseCapital\s+│ In the event we need to raise capital, we\s+│\s+\. │ \. │\s+3 │\s+3 │\s+\. │\s+1 │", run.Out);
    }

    [Fact]
    public void Inspect_figures_lists_each_figure_with_kind_value_unit_as_of_and_generated_name()
    {
        var run = Tool.Run("inspect", RepositoryPaths.Seed, "--figures");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"│\s+3 │ AcquisitionPriceOfIijGlobal\s+│ Money\s+│\s+9,200,000,000 │ JPY\s+│\s+│ ¥9.2 billion", run.Out);
        Assert.Matches(@"│\s+14 │ OutstandingVotingShares\s+│ Percentage │\s+30 │ %\s+│", run.Out);
        Assert.Matches(@"│\s+18 │ Split1To5\s+│ Ratio\s+│\s+1:5 │ split\s+│", run.Out);
        Assert.Matches(@"│\s+18 │ NewShares\s+│ Quantity\s+│\s+12,500 │ new shares\s+│", run.Out);
    }

    [Fact]
    public void Inspect_json_writes_the_whole_model_with_the_schema_version_and_the_generated_names()
    {
        var run = Tool.Run("inspect", RepositoryPaths.Seed, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
        var filing = Assert.Single(root.GetProperty("filings").EnumerateArray().ToList());
        Assert.Equal("Iij20F2010", filing.GetProperty("name").GetString());
        Assert.Equal("20-F", filing.GetProperty("form").GetString());
        Assert.Equal("2010-03-31", filing.GetProperty("fiscalYearEnd").GetString());

        // Every name in the JSON is a name the emitter writes into the generated code.
        var model = Parse(RepositoryPaths.Seed);
        var generated = FilingEmitter.Emit(model);
        var riskFactors = filing.GetProperty("riskFactors").EnumerateArray().ToList();
        Assert.Equal(18, riskFactors.Count);
        var figureCount = 0;
        foreach (var riskFactor in riskFactors)
        {
            var name = riskFactor.GetProperty("name").GetString()!;
            Assert.Contains("public static partial class " + name + "\n", generated, StringComparison.Ordinal);
            Assert.Contains("public const string Id = \"" + riskFactor.GetProperty("id").GetString() + "\";", generated, StringComparison.Ordinal);
            foreach (var figure in riskFactor.GetProperty("figures").EnumerateArray())
            {
                Assert.Contains(" " + figure.GetProperty("name").GetString() + " = (__TF.", generated, StringComparison.Ordinal);
                figureCount++;
            }
        }

        Assert.Equal(65, figureCount);
        var acquisition = riskFactors[2].GetProperty("figures").EnumerateArray().Single(figure => figure.GetProperty("name").GetString() == "AcquisitionPriceOfIijGlobal");
        Assert.Equal("Money", acquisition.GetProperty("kind").GetString());
        Assert.Equal(9200000000m, acquisition.GetProperty("amount").GetDecimal());
        Assert.Equal("JPY", acquisition.GetProperty("currency").GetString());
        Assert.Equal("¥9.2 billion", acquisition.GetProperty("text").GetString());
        Assert.Contains("\"text\": \"¥9.2 billion\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_takes_several_files_and_writes_one_table_each()
    {
        var run = Tool.Run("inspect", RepositoryPaths.Seed, RepositoryPaths.Data("variants", "iij-20f-2010-b.md"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(RepositoryPaths.Seed + ": Iij20F2010, Form 20-F, fiscal year ended 2010-03-31, 18 risk factors", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n" + RepositoryPaths.Data("variants", "iij-20f-2010-b.md") + ": Iij20F2010B, Form 20-F, fiscal year ended 2010-03-31, 18 risk factors", run.Out, StringComparison.Ordinal);
    }

    internal static Parsing.Model.FilingModel Parse(string path) =>
        FilingParser.Parse(File.ReadAllText(path), FilingOptions.ForPath(path.Replace('\\', '/'))).Model;
}
