using System.Text.Json;
using TypedFiling.Cli.Diff;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Parsing.Matching;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

public sealed class DiffTests
{
    /// <summary>What the hand-edited variant b changes in a: one risk factor added, one removed, one heading reworded, one figure changed.</summary>
    internal const string ExpectedChanges = """

        Added (1):
          + 17. EarthquakesTyphoonsNaturalDisastersJapan: Earthquakes, typhoons and other natural disasters in Japan could disrupt our data centers and network operations.

        Removed (1):
          - 17. NamedDefendantsLitigation: We may be named as defendants in litigation, which could have an adverse impact on our business, financial condition and results of operations.

        Reworded (1):
          ~ 9. BusinessGrowthChangingOperatingEnvironment -> RapidBusinessGrowth
            [-Business-] {+Rapid business+} growth and a [-rapidly-] changing operating environment may strain our limited {+operational and financial+} resources.

        Figures changed (1):
          InvestmentsSubsidiariesEquityMethodInvestees.Figures.AcquisitionPriceOfIijGlobal: ¥9.2 billion -> ¥9.5 billion (JPY 9,200,000,000 -> JPY 9,500,000,000)

        1 added, 1 removed, 1 reworded, 0 moved, 0 text changed, 1 figure changed

        """;

    [Fact]
    public void Diff_of_a_filing_with_itself_is_empty_with_exit_code_0()
    {
        var run = Tool.Run("diff", RepositoryPaths.Seed, RepositoryPaths.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Diff_of_a_filing_with_itself_as_json_says_equal_and_lists_nothing()
    {
        var run = Tool.Run("diff", RepositoryPaths.Seed, RepositoryPaths.Seed, "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.True(root.GetProperty("equal").GetBoolean());
        foreach (var list in new[] { "added", "removed", "reworded", "moved", "textChanged", "figuresChanged" })
        {
            Assert.Equal(0, root.GetProperty(list).GetArrayLength());
        }
    }

    [Fact]
    public void Diff_of_the_hand_edited_variants_reports_exactly_their_changes_with_exit_code_1()
    {
        var run = Tool.Run("diff", RepositoryPaths.Seed, RepositoryPaths.Data("variants", "iij-20f-2010-b.md"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var expected = "--- " + RepositoryPaths.Seed + " (18 risk factors)\n+++ " + RepositoryPaths.Data("variants", "iij-20f-2010-b.md") + " (18 risk factors)\n" + ExpectedChanges.ReplaceLineEndings("\n");
        Assert.Equal(expected, run.Out);
    }

    [Fact]
    public void Diff_json_of_the_variants_lists_the_same_changes()
    {
        var run = Tool.Run("diff", RepositoryPaths.Seed, RepositoryPaths.Data("variants", "iij-20f-2010-b.md"), "--json");

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.False(root.GetProperty("equal").GetBoolean());
        Assert.Equal("earthquakes-typhoons-natural-disasters-japan", Assert.Single(root.GetProperty("added").EnumerateArray().ToList()).GetProperty("id").GetString());
        Assert.Equal("named-defendants-litigation", Assert.Single(root.GetProperty("removed").EnumerateArray().ToList()).GetProperty("id").GetString());
        var reworded = Assert.Single(root.GetProperty("reworded").EnumerateArray().ToList());
        Assert.Equal("similarity", reworded.GetProperty("matchedBy").GetString());
        Assert.Equal("business-growth-changing-operating-environment", reworded.GetProperty("old").GetProperty("id").GetString());
        Assert.Equal("rapid-business-growth", reworded.GetProperty("new").GetProperty("id").GetString());
        Assert.False(reworded.GetProperty("textChanged").GetBoolean());
        var ops = reworded.GetProperty("titleDiff").EnumerateArray().Select(change => change.GetProperty("op").GetString() + ":" + change.GetProperty("text").GetString()).ToList();
        Assert.Equal(
            new[] { "removed:Business", "added:Rapid business", "equal:growth and a", "removed:rapidly", "equal:changing operating environment may strain our limited", "added:operational and financial", "equal:resources." },
            ops);
        Assert.Equal(0, root.GetProperty("moved").GetArrayLength());
        Assert.Equal(0, root.GetProperty("textChanged").GetArrayLength());
        var figure = Assert.Single(root.GetProperty("figuresChanged").EnumerateArray().ToList());
        Assert.Equal("AcquisitionPriceOfIijGlobal", figure.GetProperty("name").GetString());
        Assert.Equal(9_200_000_000m, figure.GetProperty("oldFigure").GetProperty("amount").GetDecimal());
        Assert.Equal(9_500_000_000m, figure.GetProperty("newFigure").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void Diff_the_other_way_round_swaps_added_and_removed()
    {
        var report = Compare(RepositoryPaths.Data("variants", "iij-20f-2010-b.md"), RepositoryPaths.Seed);

        Assert.Equal("NamedDefendantsLitigation", Assert.Single(report.Added).Name);
        Assert.Equal("EarthquakesTyphoonsNaturalDisastersJapan", Assert.Single(report.Removed).Name);
        Assert.Equal("RapidBusinessGrowth", Assert.Single(report.Reworded).Match.Old.Name);
        Assert.Empty(report.Moved);
    }

    [Fact]
    public void A_risk_factor_moved_to_another_place_is_one_move()
    {
        var folder = TemporaryFolder.Create();
        try
        {
            var text = File.ReadAllText(RepositoryPaths.Seed);
            var start = text.IndexOf("***We may be named as defendants", StringComparison.Ordinal);
            var end = text.IndexOf("***In the event we need to raise capital", StringComparison.Ordinal);
            var litigation = text[start..end];
            var moved = text.Remove(start, litigation.Length);
            var first = moved.IndexOf("***We may not maintain", StringComparison.Ordinal);
            moved = moved.Insert(first, litigation);
            var path = Path.Combine(folder, "moved.md");
            File.WriteAllText(path, moved);

            var report = Compare(RepositoryPaths.Seed, path);

            var move = Assert.Single(report.Moved);
            Assert.Equal("NamedDefendantsLitigation", move.New.Name);
            Assert.Equal(17, move.Old.Number);
            Assert.Equal(1, move.New.Number);
            Assert.Empty(report.Added);
            Assert.Empty(report.Removed);
            Assert.Empty(report.Reworded);
            Assert.Empty(report.TextChanged);
            Assert.Contains("  > NamedDefendantsLitigation: 17 -> 1\n", Tool.Run("diff", RepositoryPaths.Seed, path).Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_changed_body_with_the_same_heading_is_text_changed()
    {
        var folder = TemporaryFolder.Create();
        try
        {
            var text = File.ReadAllText(RepositoryPaths.Seed).Replace("We are involved in normal claims", "We are involved in routine claims", StringComparison.Ordinal);
            var path = Path.Combine(folder, "edited.md");
            File.WriteAllText(path, text);

            var report = Compare(RepositoryPaths.Seed, path);

            Assert.Equal("NamedDefendantsLitigation", Assert.Single(report.TextChanged).Match.New.Name);
            Assert.Empty(report.Reworded);
            Assert.Empty(report.FiguresChanged);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_word_diff_keeps_removed_words_before_added_ones()
    {
        var changes = WordDiff.Compare("We may not be able to compete effectively.", "We may be unable to compete effectively.");

        Assert.Equal("We may [-not-] be [-able-] {+unable+} to compete effectively.", WordDiff.Format(changes));
    }

    internal static DiffReport Compare(string oldPath, string newPath) =>
        FilingDiff.Compare(FilingLoader.Load(oldPath, LoadOptions.Default).Filing, FilingLoader.Load(newPath, LoadOptions.Default).Filing);
}
