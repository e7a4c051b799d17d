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
    public void A_table_this_version_cannot_read_says_to_regenerate(string table)
    {
        var error = Assert.Throws<FormatException>(() => FilingTable.Read(table, null));

        Assert.Contains("regenerate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_left_to_the_generated_constants_must_be_passed_in()
    {
        var table = FilingTableWriter.Write(Model(), textsInTable: false);

        Assert.Throws<FormatException>(() => FilingTable.Read(table, null));
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
