using System.Linq;
using TypedFiling.EndToEnd.Tests.Filings;
using Investments = TypedFiling.EndToEnd.Tests.Filings.Iij20F2010.RiskFactors.InvestmentsSubsidiariesEquityMethodInvestees.Figures;

namespace TypedFiling.EndToEnd.Tests;

/// <summary>Figures read through their generated members: typed values a finance engineer can use without copying numbers.</summary>
public sealed class GeneratedFiguresTests
{

    [Fact]
    public void Money_has_its_amount_in_units_currency_scale_and_as_of_date()
    {
        var balance = Iij20F2010.RiskFactors.ImpairmentLoss.Figures.TotalBalanceOfIntangibleAssets;
        Assert.Equal(5_500_000_000m, balance.Amount);
        Assert.Equal("JPY", balance.Currency);
        Assert.Equal("billion", balance.Scale);
        Assert.Equal(Qualifier.Approximately, balance.Qualifier);
        Assert.Equal("approximately ¥5.5 billion", balance.Text);
        Assert.Equal(new CalendarDate(2010, 3, 31), balance.AsOf);
        Assert.False(balance.AsOfIsPeriod);
    }

    [Fact]
    public void A_figure_for_a_period_carries_the_period_end()
    {
        var revenues = Iij20F2010.RiskFactors.InvestmentsSubsidiariesEquityMethodInvestees.Figures.Revenues;
        Assert.Equal(200_000_000m, revenues.Amount);
        Assert.Equal(new CalendarDate(2010, 3, 31), revenues.AsOf);
        Assert.True(revenues.AsOfIsPeriod);
    }

    [Fact]
    public void Percentages_quantities_dates_periods_and_ratios_are_typed()
    {
        Assert.Equal(74.2m, Investments.ShareOwnership.Value);
        Assert.Equal(0.742m, Investments.ShareOwnership.Fraction);
        Assert.Equal(8m, Investments.ConsolidatedSubsidiaries.Value);
        Assert.Equal("consolidated subsidiaries", Investments.ConsolidatedSubsidiaries.Unit);
        Assert.Equal(1_600m, Investments.DomesticCorporateCustomers.Value);
        Assert.Equal(Qualifier.Approximately, Investments.DomesticCorporateCustomers.Qualifier);
        Assert.Equal(new CalendarDate(2010, 9, 17), Investments.September17Of2010.Date);
        Assert.Equal(DatePrecision.Month, Investments.August2011.Precision);
        Assert.Equal(PeriodKind.FiscalYear, Investments.FiscalYearEndedMarch2010.Period);
        Assert.Equal(new CalendarDate(2010, 3, 31), Investments.FiscalYearEndedMarch2010.End);

        var split = Iij20F2010.RiskFactors.RaiseCapital.Figures.Split1To5;
        Assert.Equal((1m, 5m), (split.Left, split.Right));
    }

    [Fact]
    public void A_risk_factor_lists_its_figures_in_text_order_with_their_locations()
    {
        var figures = Iij20F2010.RiskFactors.InvestmentsSubsidiariesEquityMethodInvestees.Info.Figures;
        Assert.Same(Iij20F2010.RiskFactors.InvestmentsSubsidiariesEquityMethodInvestees.Figures.All, figures);
        Assert.Equal(figures.OrderBy(f => f.Location.Offset), figures);
        var price = Assert.IsType<Money>(figures.Single(f => f.Name == "AcquisitionPriceOfIijGlobal"));
        Assert.Equal(9_200_000_000m, price.Amount);
        Assert.Equal("acquisition price of IIJ-Global", price.Label);
        Assert.Contains("The acquisition price of IIJ-Global was ¥9.2 billion", price.Sentence, System.StringComparison.Ordinal);
        Assert.Equal(63, price.Location.Line);
    }

    [Fact]
    public void The_filing_knows_its_fiscal_year_end()
    {
        Assert.Equal(new CalendarDate(2010, 3, 31), Iij20F2010.Filing.FiscalYearEnd);
    }

    [Fact]
    public void A_risk_factor_without_figures_has_an_empty_list()
    {
        Assert.Empty(Iij20F2010.RiskFactors.CompeteEffectively.Figures.All);
    }
}
