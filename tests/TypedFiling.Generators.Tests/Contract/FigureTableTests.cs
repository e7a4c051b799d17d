using System;
using Xunit;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>The row layout the emitter writes (Emit/FigureRow.cs) as the runtime reads it: each field, and a row it cannot read.</summary>
public sealed class FigureTableTests
{
    private static readonly string[] Strings = { "RMB8.7 billion", "revenues", "US$1.2 billion", "JPY", "billion", "approximately", "CNY", "USD", "74.2%", "August 2011", "fiscal year ended March 31, 2010", "1 to 5 split", "split" };

    private static readonly string[] Texts = { "Our revenues were RMB8.7 billion (US$1.2 billion) in 2010. More follows." };

    [Fact]
    public void Every_field_of_a_money_row_is_read_and_a_translation_points_at_the_amount_before_it()
    {
        var figures = FigureTable.Read(Strings, new[]
        {
            "M,Revenues,0,0:0:58,100,14,3,19,,,1,2010-3-31,10,1,8700000000,6,4,Approximately,5,,Code,",
            "M,RevenuesInUsd,2,0:0:58,116,14,3,35,4,2,1,,,,1200000000,7,4,,,1,,0",
        }, Texts);

        var amount = Assert.IsType<Money>(figures[0]);
        Assert.Equal(("Revenues", "RMB8.7 billion", "Our revenues were RMB8.7 billion (US$1.2 billion) in 2010."), (amount.Name, amount.Text, amount.Sentence));
        Assert.Equal(new SourceSpan(3, 19, 3, 33, 100, 14), amount.Location);
        Assert.Equal(("revenues", new CalendarDate(2010, 3, 31), "fiscal year ended March 31, 2010", true), (amount.Label, amount.AsOf, amount.AsOfText, amount.AsOfIsPeriod));
        Assert.Equal((8_700_000_000m, "CNY", "billion", Qualifier.Approximately, "approximately", false, CurrencySource.Code),
            (amount.Amount, amount.Currency, amount.Scale, amount.Qualifier, amount.QualifierText, amount.IsNegative, amount.CurrencySource));
        Assert.Null(amount.TranslationOf);

        var translation = Assert.IsType<Money>(figures[1]);
        Assert.Same(amount, translation.TranslationOf);
        Assert.True(translation.IsNegative);
        Assert.Equal(CurrencySource.Symbol, translation.CurrencySource);
        Assert.Equal(new SourceSpan(3, 35, 4, 2, 116, 14), translation.Location);
    }

    [Fact]
    public void Percentages_dates_periods_and_ratios_keep_their_values_and_precision()
    {
        var figures = FigureTable.Read(Strings, new[]
        {
            "P,Share,8,8,0,5,1,1,,,,,,,74.2,,,1",
            "D,August2011,9,9,0,11,1,1,,,,,,,2011-8",
            "F,FiscalYear2010,10,10,0,32,1,1,,,,,,,FiscalYear,12,2010-3-31",
            "R,Split1To5,11,11,0,12,1,1,,,12,,,,1,5,12",
        }, Array.Empty<string>());

        var share = Assert.IsType<Percentage>(figures[0]);
        Assert.Equal((74.2m, Qualifier.None, (string?)null, true), (share.Value, share.Qualifier, share.QualifierText, share.IsPoints));
        Assert.Equal(new CalendarDate(2011, 8), Assert.IsType<FilingDate>(figures[1]).Date);
        var period = Assert.IsType<FiscalPeriod>(figures[2]);
        Assert.Equal((PeriodKind.FiscalYear, (int?)12, new CalendarDate(2010, 3, 31)), (period.Period, period.Months, period.End));
        var split = Assert.IsType<Ratio>(figures[3]);
        Assert.Equal((1m, 5m, "split"), (split.Left, split.Right, split.Unit));
        Assert.Equal(2, FigureTable.Slice(figures, 1, 2).Count);
        Assert.Same(figures[2], FigureTable.Slice(figures, 1, 2)[1]);
    }

    [Fact]
    public void A_row_of_an_unknown_kind_says_to_regenerate()
    {
        var error = Assert.Throws<FormatException>(() => FigureTable.Read(Strings, new[] { "X,Name,0,0,0,1,1,1" }, Array.Empty<string>()));

        Assert.Contains("regenerate", error.Message, StringComparison.Ordinal);
    }
}
