using System.Text;
using Spectre.Console.Testing;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Output;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary>
/// <c>inspect</c> fits the width it has, rendered through Spectre's test console at 60, 80, 120 and 200 columns:
/// no line is wider, every title's words are there in order, and below the width a table can hold the titles
/// in it turns to the name stacked above the title, then to a list.
/// </summary>
public sealed class LayoutTests
{
    private static readonly string[] Filings = { "iij-20f-2010.md", "nvidia-10k-2024.htm", "apple-10k-2024.md", "aegon-20f-2000.txt" };

    public static TheoryData<string, int> FilingsAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var filing in Filings)
        {
            foreach (var width in new[] { 60, 80, 120, 200 })
            {
                data.Add(filing, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FilingsAndWidths))]
    public void No_line_is_wider_than_the_console_and_every_title_reads_in_order(string name, int width)
    {
        var loaded = Load(name);

        var output = Render(loaded, width, figures: true);

        // The first line, the path and summary, is left whole for searching; the terminal wraps it.
        var lines = output.Split('\n').Skip(1);
        Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= width, "wider than " + width + ": " + line));
        var text = Flatten(output);
        foreach (var riskFactor in loaded.Filing.RiskFactors)
        {
            AssertWordsInOrder(text, riskFactor.Title);
            Assert.Contains(riskFactor.Name, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(60, "List")]
    [InlineData(80, "List")]
    [InlineData(120, "Stacked")]
    [InlineData(140, "Table")]
    [InlineData(200, "Table")]
    public void The_seed_gets_a_list_below_a_table_that_can_hold_its_titles(int width, string expected)
    {
        Assert.Equal(expected, InspectRenderer.Layout(Load("iij-20f-2010.md").Filing, width).ToString());
    }

    [Fact]
    public void At_80_columns_a_risk_factor_is_its_number_and_name_then_its_title_then_its_figure_counts()
    {
        var output = Render(Load("iij-20f-2010.md"), 80, figures: false);

        var lines = output.Split('\n').Select(line => line.TrimEnd()).ToList();
        var start = lines.IndexOf(" 3. InvestmentsSubsidiariesEquityMethodInvestees");
        Assert.True(start > 0, output);
        Assert.Equal(
            new[]
            {
                "    Our investments in our subsidiaries and equity method investees may not",
                "    produce the returns we expect or may affect our results of operations and",
                "    financial condition adversely.",
                "    Figures: 9 money, 2 %, 4 qty, 8 date, 4 period",
            },
            lines.Skip(start + 1).Take(4));
    }

    [Fact]
    public void Each_figure_stands_beside_the_number_of_its_risk_factor_in_the_table_and_in_the_list()
    {
        var wide = Render(Load("iij-20f-2010.md"), 200, figures: true);
        var narrow = Render(Load("iij-20f-2010.md"), 80, figures: true);

        Assert.Matches(@"│ Risk │ Figure\s+│ Kind", wide);
        Assert.Matches(@"│\s+3 │ AcquisitionPriceOfIijGlobal\s+│ Money\s+│\s+9,200,000,000 │ JPY", wide);
        var lines = narrow.Split('\n').Select(line => line.TrimEnd()).ToList();
        var at = lines.IndexOf(" 3. AcquisitionPriceOfIijGlobal");
        Assert.True(at > 0, narrow);
        Assert.StartsWith("    Money: JPY 9,200,000,000", lines[at + 1], StringComparison.Ordinal);
        Assert.Contains("\u201C¥9.2 billion\u201D", string.Join(" ", lines.Skip(at + 1).Take(3)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_width_option_lays_the_output_out_for_that_many_columns()
    {
        var run = Tool.Run("inspect", "--width", "80", RepositoryPaths.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Out.Split('\n').Skip(1), line => Assert.True(line.TrimEnd().Length <= 80, line));
        Assert.Contains("\n 2. CompeteEffectively\n", run.Out.Replace(" \n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("wide")]
    public void A_width_too_narrow_or_not_a_number_is_a_command_line_error(string width)
    {
        var run = Tool.Run("inspect", "--width", width, "x.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--width", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("80", 200, 80)]
    [InlineData("80", null, 80)]
    [InlineData(" 80", 100, 100)]
    [InlineData("wide", 100, 100)]
    [InlineData("", 100, 100)]
    [InlineData(null, 100, 100)]
    [InlineData(null, null, 140)]
    [InlineData("0", null, 140)]
    [InlineData("5", null, 20)]
    public void COLUMNS_wins_over_the_window_and_both_over_the_default(string? columns, int? window, int expected)
    {
        Assert.Equal(expected, Terminal.ResolveWidth(columns, window));
    }

    private static LoadedFiling Load(string name) => FilingLoader.Load(RepositoryPaths.Filing(name), LoadOptions.Default);

    private static string Render(LoadedFiling loaded, int width, bool figures)
    {
        var console = new TestConsole().Width(width);
        console.Profile.Capabilities.Ansi = false;
        InspectRenderer.Render(console, loaded, figures);
        return console.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The output's words in order, with the table's borders taken out and runs of white space made one space.</summary>
    private static string Flatten(string output)
    {
        var builder = new StringBuilder(output.Length);
        var space = false;
        foreach (var c in output)
        {
            if (char.IsWhiteSpace(c) || (c >= '\u2500' && c <= '\u257F'))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(c);
            space = false;
        }

        return builder.ToString();
    }

    private static void AssertWordsInOrder(string text, string title)
    {
        var at = 0;
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var found = text.IndexOf(word, at, StringComparison.Ordinal);
            Assert.True(found >= 0, "\"" + word + "\" of \"" + title + "\" is missing after offset " + at);
            at = found + word.Length;
        }
    }
}
