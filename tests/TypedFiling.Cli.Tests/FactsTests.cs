using System.IO;
using System.Linq;
using System.Text.Json;
using TypedFiling.Cli.Json;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary>Inline XBRL facts in the tool: <c>inspect --facts</c>, the <c>facts</c> of <c>--json</c>, and restated facts in <c>diff</c>.</summary>
public sealed class FactsTests
{
    private static string Sample => RepositoryPaths.Data("xbrl", "sample-10k.htm");

    /// <summary>The sample with last year's revenue and this year's earnings per share restated.</summary>
    private static string Restated => RepositoryPaths.Data("xbrl", "sample-10k-restated.htm");

    [Fact]
    public void Inspect_facts_lists_every_fact_with_its_period_value_and_unit()
    {
        var run = Tool.Run("inspect", "--facts", Sample);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Facts (23):", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("60922000000", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("2023-01-30 to 2024-01-28", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("DataCenterMember", run.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Facts (", Tool.Run("inspect", Sample).Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_facts_and_reads_back_to_equal_filings()
    {
        var run = Tool.Run("inspect", "--json", Sample);

        using var document = JsonDocument.Parse(run.Out);
        var facts = document.RootElement.GetProperty("filings")[0].GetProperty("facts");
        Assert.Equal(23, facts.GetArrayLength());
        var revenue = facts.EnumerateArray().First(f => f.GetProperty("factId").GetString() == "f-10");
        Assert.Equal("us-gaap:Revenues", revenue.GetProperty("concept").GetString());
        Assert.Equal("60922000000", revenue.GetProperty("value").GetString());
        Assert.Equal("-6", revenue.GetProperty("decimals").GetString());
        Assert.Equal("2024-01-28", revenue.GetProperty("end").GetString());
        var dataCenter = facts.EnumerateArray().First(f => f.GetProperty("factId").GetString() == "f-12");
        Assert.Equal("smpl:DataCenterMember", dataCenter.GetProperty("dimensions").GetProperty("srt:ProductOrServiceAxis").GetString());

        var read = Assert.Single(FilingJson.ReadFilings(run.Out));
        var loaded = Loading.FilingLoader.Load(Sample, new Loading.LoadOptions()).Filing;
        Assert.Equal(loaded.Facts, read.Facts);
        Assert.Equal(loaded, read);
    }

    [Fact]
    public void Diff_lists_the_facts_whose_value_changed_for_the_same_concept_period_and_dimensions()
    {
        var run = Tool.Run("diff", Sample, Restated);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Facts restated (2):", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("us-gaap:Revenues, 2022-01-31 to 2023-01-29: 26,974 -> 26,812 (26974000000 -> 26812000000 iso4217:USD)", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("us-gaap:EarningsPerShareDiluted, 2023-01-30 to 2024-01-28: 11.93 -> 11.97", run.Out, System.StringComparison.Ordinal);
        Assert.EndsWith("0 figures changed, 2 facts restated\n", run.Out.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Equal(0, Tool.Run("diff", Sample, Sample).ExitCode);
    }

    [Fact]
    public void Diff_json_has_the_restated_facts()
    {
        var run = Tool.Run("diff", Sample, Restated, "--json");

        using var document = JsonDocument.Parse(run.Out);
        var changed = document.RootElement.GetProperty("factsChanged");
        Assert.Equal(2, changed.GetArrayLength());
        Assert.Equal("26974000000", changed[0].GetProperty("oldFact").GetProperty("value").GetString());
        Assert.Equal("26812000000", changed[0].GetProperty("newFact").GetProperty("value").GetString());
        Assert.False(document.RootElement.GetProperty("equal").GetBoolean());
    }
}
