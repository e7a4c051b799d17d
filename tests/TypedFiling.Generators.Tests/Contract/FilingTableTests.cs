using System;
using System.Linq;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;
using TypedFiling.Tables;
using Xunit;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>
/// The one table format (src/Common/Tables) as the emitter writes it and the runtime reads it: every field of every figure
/// kind and of facts comes back, packed or not, texts passed in or held, and a table it cannot read says to regenerate.
/// </summary>
public sealed class FilingTableTests
{
    private const string Filing = """
        **D. Risk Factors.**

        **Our revenues depend on China.**

        Our revenues were RMB8.7 billion (US$1.2 billion) in the fiscal year ended March 31, 2010. About 74.2% of them came from
        approximately 1,600 customers. In August 2011 we made a 1 to 5 split of our shares.
        """;

    private static FilingModel Model(string text = Filing) => FilingParser.Parse(text, FilingOptions.ForPath("filings/china.md") with { Currency = "CNY" }).Model;

    [Fact]
    public void Every_figure_kind_reads_back_with_its_values_and_the_translation_points_at_its_amount()
    {
        var riskFactor = FilingTable.Read(FilingTableWriter.Write(Model(), textsInTable: true), null).RiskFactors.Single();

        var amount = Assert.IsType<Money>(riskFactor.Figures[0]);
        Assert.Equal((8_700_000_000m, "CNY", "billion"), (amount.Amount, amount.Currency, amount.Scale));
        Assert.Equal(new CalendarDate(2010, 3, 31), amount.AsOf);
        Assert.True(amount.AsOfIsPeriod);
        Assert.StartsWith("Our revenues were RMB8.7 billion", amount.Sentence, StringComparison.Ordinal);
        var translation = Assert.IsType<Money>(riskFactor.Figures[1]);
        Assert.Same(amount, translation.TranslationOf);
        Assert.Equal("USD", translation.Currency);
        var period = Assert.IsType<FiscalPeriod>(riskFactor.Figures[2]);
        Assert.Equal((PeriodKind.FiscalYear, (int?)12, new CalendarDate(2010, 3, 31)), (period.Period, period.Months, period.End));
        Assert.Contains(riskFactor.Figures, f => f is Percentage { Value: 74.2m });
        Assert.Contains(riskFactor.Figures, f => f is Quantity { Value: 1_600m, Qualifier: Qualifier.Approximately });
        Assert.Contains(riskFactor.Figures, f => f is Ratio { Left: 1m, Right: 5m, Unit: "split" });
        Assert.Contains(riskFactor.Figures, f => f is FilingDate { Date: { Year: 2011, Month: 8, Day: null } });
    }

    [Fact]
    public void The_model_reads_back_the_same_packed_or_not_with_texts_held_or_passed_in()
    {
        var model = Model();
        var table = FilingTableWriter.Write(model, textsInTable: true);
        var held = FilingTable.Read(table, null);

        Assert.Equal(held, FilingTable.Read(FilingTablePacking.Pack(table), null));
        Assert.Equal(held, FilingTable.Read(FilingTableWriter.Write(model, textsInTable: false), model.RiskFactors.Select(r => r.Text).ToArray()));
        Assert.Equal(held, TypedFiling.FilingReader.Parse(Filing, "filings/china.md", new FilingReadOptions { Currency = "CNY" }));
        Assert.StartsWith(FilingTableLayout.Version + ",", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lone \uD800 high and \uDC00 low surrogates, ESC \u001b and \u202E")]
    [InlineData("A real pair \U0001F4B0, ¥, \u00E9, commas, colons: and 12:34")]
    public void Packing_keeps_every_character(string title)
    {
        var model = Model("**D. Risk Factors.**\n\n***" + title + "***\n\nBody text follows here.\n");
        var table = FilingTableWriter.Write(model, textsInTable: true);

        Assert.Equal(table, FilingTablePacking.Unpack(FilingTablePacking.Pack(table)));
        Assert.Equal(model.RiskFactors.Single().Title, FilingTable.Read(FilingTablePacking.Pack(table), null).RiskFactors.Single().Title);
    }

    [Theory]
    [InlineData("TF1,0,")]
    [InlineData("TF2,1,5:abc")]
    [InlineData("~0not z85!")]
    [InlineData("~7")]
    public void A_table_this_version_cannot_read_gives_an_empty_filing_that_says_to_regenerate(string table)
    {
        var filing = FilingTable.Read(table, null);

        Assert.Contains("regenerate", filing.ReadError, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (filing.Sections.Count, filing.RiskFactors.Count, filing.Facts.Count));

        // What the generated initializers read from it: nothing, and no exception.
        Assert.Null(FilingTable.RiskFactor(filing, 0));
        Assert.Null(FilingTable.Title(filing, 0));
        Assert.Null(FilingTable.Text(filing, 0));
        Assert.Empty(FilingTable.Figures(FilingTable.RiskFactor(filing, 0)));
        Assert.Null(FilingTable.Figure(FilingTable.RiskFactor(filing, 0), 0));
        Assert.Null(FilingTable.Concept(filing, 0));
    }

    [Fact]
    public void A_text_left_to_the_generated_code_must_be_passed_in()
    {
        var filing = FilingTable.Read(FilingTableWriter.Write(Model(), textsInTable: false), null);

        Assert.Contains("has no text", filing.ReadError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_table_has_no_error_and_its_values_by_index()
    {
        var filing = FilingTable.Read(FilingTableWriter.Write(Model(), textsInTable: true), null);
        var riskFactor = filing.RiskFactors[0];

        Assert.Null(filing.ReadError);
        Assert.Same(riskFactor, FilingTable.RiskFactor(filing, 0));
        Assert.Same(riskFactor.Text, FilingTable.Text(filing, 0));
        Assert.Same(riskFactor.Title, FilingTable.Title(filing, 0));
        Assert.Same(riskFactor.Figures, FilingTable.Figures(riskFactor));
        Assert.Same(riskFactor.Figures[1], FilingTable.Figure(riskFactor, 1));
        Assert.Null(FilingTable.RiskFactor(filing, filing.RiskFactors.Count));
        Assert.Null(FilingTable.Figure(riskFactor, -1));
    }

    [Fact]
    public void A_span_start_is_written_from_the_one_before_and_reads_back()
    {
        // One line of a large HTML file, a jump back, lines of a Markdown file, and extremes.
        var starts = new[] { (2_000_000, 5, 1_999_000), (2_000_300, 5, 1_999_300), (150, 5, 1), (150, 7, 12), (90, 3, 40), (91, 3, 41), (0, 1, 1), (int.MaxValue, int.MaxValue, int.MaxValue), (0, 0, 0) };
        var writer = default(SpanCursor);
        var reader = default(SpanCursor);
        var fields = starts.Select(start => writer.Write(start.Item1, start.Item2, start.Item3)).ToList();

        Assert.Equal(starts, fields.Select(field => reader.Read(field.Distance, field.Line, field.Column)));
        Assert.Equal((300, (int?)null, (int?)null), fields[1]);
        Assert.Equal((-2_000_150, (int?)null, (int?)1), fields[2]);
        Assert.Equal((0, (int?)7, (int?)12), fields[3]);
    }

    [Fact]
    public void Dates_are_one_integer_at_their_precision()
    {
        Assert.Equal(20100000, FilingTableLayout.Date(2010, null, null));
        Assert.Equal(20100800, FilingTableLayout.Date(2010, 8, null));
        Assert.Equal((2010, (int?)8, (int?)17), FilingTableLayout.Date(20100817));
        Assert.Equal((5, (int?)null, (int?)null), FilingTableLayout.Date(FilingTableLayout.Date(5, null, null)));
    }
}
