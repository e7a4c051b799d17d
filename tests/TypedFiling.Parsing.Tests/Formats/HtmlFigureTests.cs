using System.IO;
using System.Linq;
using TypedFiling.Parsing.Figures;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Formats;

/// <summary>
/// Figures of EDGAR HTML filings, hand-checked against the sentences they stand in: US dollars, euros,
/// qualifiers and counts, read through the HTML reader and the whole parser.
/// </summary>
public sealed class HtmlFigureTests
{
    public static readonly TheoryData<string, object, string, decimal, string, object> Figures = new()
    {
        { "gainsco-10k-2009.htm", FigureKind.Money, "approximately $3.3 million", 3_300_000m, "USD", Qualifier.Approximately },
        { "gainsco-10k-2009.htm", FigureKind.Percentage, "Approximately 94%", 94m, "", Qualifier.Approximately },
        { "gainsco-10k-2009.htm", FigureKind.Quantity, "13 reinsurers", 13m, "reinsurers", Qualifier.None },
        { "gainsco-10k-2009.htm", FigureKind.Percentage, "approximately 6%", 6m, "", Qualifier.Approximately },
        { "gainsco-10k-2009.htm", FigureKind.Percentage, "less than 1%", 1m, "", Qualifier.LessThan },
        { "gainsco-10k-2009.htm", FigureKind.Quantity, "approximately 4,800 independent agency locations", 4_800m, "independent agency locations", Qualifier.Approximately },
        { "gainsco-10k-2009.htm", FigureKind.Quantity, "one independent general agency", 1m, "independent general agency", Qualifier.None },
        { "gainsco-10k-2009.htm", FigureKind.Quantity, "approximately 900 insurance broker locations", 900m, "insurance broker locations", Qualifier.Approximately },
        { "gainsco-10k-2009.htm", FigureKind.Money, "$43.9 million", 43_900_000m, "USD", Qualifier.None },
        { "gainsco-10k-2009.htm", FigureKind.Money, "$2.1 million", 2_100_000m, "USD", Qualifier.None },
        { "gainsco-10k-2009.htm", FigureKind.Money, "$145.0 million", 145_000_000m, "USD", Qualifier.None },
        { "gainsco-10k-2009.htm", FigureKind.Money, "$16.5 million", 16_500_000m, "USD", Qualifier.None },
        { "gainsco-10k-2009.htm", FigureKind.Percentage, "up to 10%", 10m, "", Qualifier.UpTo },
        { "gainsco-10k-2009.htm", FigureKind.Quantity, "0.2 million restricted stock units", 200_000m, "restricted stock units", Qualifier.None },
        { "gainsco-10k-2009.htm", FigureKind.Money, "approximately $68.5 million", 68_500_000m, "USD", Qualifier.Approximately },
        { "gainsco-10k-2009.htm", FigureKind.Percentage, "73.1%", 73.1m, "", Qualifier.None },
        { "nvidia-10k-2025.htm", FigureKind.Money, "up to €20 million", 20_000_000m, "EUR", Qualifier.UpTo },
        { "nvidia-10k-2025.htm", FigureKind.Money, "10 million Euros", 10_000_000m, "EUR", Qualifier.None },
        { "nvidia-10k-2025.htm", FigureKind.Percentage, "53%", 53m, "", Qualifier.None },
        { "nvidia-10k-2025.htm", FigureKind.Quantity, "approximately 4,700 employees", 4_700m, "employees", Qualifier.Approximately },
        { "nvidia-10k-2025.htm", FigureKind.Quantity, "over 150 countries", 150m, "countries", Qualifier.Over },
        { "nvidia-10k-2025.htm", FigureKind.Percentage, "at least 30%", 30m, "", Qualifier.AtLeast },
        { "nvidia-10k-2024.htm", FigureKind.Quantity, "approximately 3,700 employees", 3_700m, "employees", Qualifier.Approximately },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Each_hand_checked_figure_is_read_with_its_value_unit_and_qualifier(string file, object kindName, string text, decimal value, string currencyOrUnit, object qualifier)
    {
        var kind = (FigureKind)kindName;
        var source = File.ReadAllText(RepositoryPaths.Filing(file));
        var figures = FilingParser.Parse(source, FilingOptions.ForPath(file)).Model.RiskFactors.SelectMany(r => r.Figures).ToList();

        var figure = Assert.Single(figures, f => f.Match.Text == text);
        Assert.Equal(kind, figure.Match.Kind);
        Assert.Equal(value, figure.Match.Value);
        Assert.Equal(currencyOrUnit, (kind == FigureKind.Money ? figure.Match.Currency : figure.Match.Unit) ?? string.Empty);
        Assert.Equal((Qualifier)qualifier, figure.Match.Qualifier);
    }

    [Theory]
    [InlineData("nvidia-10k-2025.htm", "2.0 merge")]
    [InlineData("nvidia-10k-2025.htm", "6000 Ada")]
    [InlineData("nvidia-10k-2025.htm", "Two rules")]
    public void Numbers_in_names_are_not_counted(string file, string text)
    {
        var source = File.ReadAllText(RepositoryPaths.Filing(file));
        var figures = FilingParser.Parse(source, FilingOptions.ForPath(file)).Model.RiskFactors.SelectMany(r => r.Figures);
        Assert.DoesNotContain(figures, f => f.Match.Text.Contains(text, System.StringComparison.Ordinal));
    }
}
