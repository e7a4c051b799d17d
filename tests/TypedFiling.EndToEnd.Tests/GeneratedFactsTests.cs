using System;
using System.Linq;
using TypedFiling.EndToEnd.Tests.Filings;

namespace TypedFiling.EndToEnd.Tests;

/// <summary>
/// A consumer reading a whole 10-K's inline XBRL facts through one typed member per concept: every member used here is
/// checked by the compiler, so a filing whose revenue tag disappears or is renamed fails this project's build; the
/// periods and dimensions are data, looked up by the filer's fiscal year, a date or an axis and member. The values are
/// NVIDIA's, as its FY2024 10-K reports them (income statement, balance sheet, and note 17's segment and market tables).
/// </summary>
public sealed class GeneratedFactsTests
{
    [Fact]
    public void Revenue_is_the_current_fiscal_year_and_prior_is_the_year_before()
    {
        var revenue = Nvidia10K2024Full.Facts.UsGaap.Revenues;

        var current = revenue.Current!;
        Assert.Equal(60_922_000_000m, current.Value);
        Assert.Equal(("us-gaap:Revenues", "60,922", "iso4217:USD", -6, 6), (current.Concept, current.Text, current.Unit, current.Decimals, current.Scale));
        Assert.Equal(FactPeriod.Between(new CalendarDate(2023, 1, 30), new CalendarDate(2024, 1, 28)), current.Period);
        Assert.Equal((2024, FactPeriodRole.Current), (current.FiscalYear, current.PeriodRole));
        Assert.Empty(current.Dimensions);
        Assert.Equal(26_974_000_000m, revenue.Prior!.Value);
        Assert.Equal(new CalendarDate(2023, 1, 29), revenue.Prior.End);
    }

    [Fact]
    public void Fiscal_years_are_numbered_as_nvidia_numbers_them()
    {
        var revenue = Nvidia10K2024Full.Facts.UsGaap.Revenues;
        var netIncome = Nvidia10K2024Full.Facts.UsGaap.NetIncomeLoss;

        Assert.Equal(60_922_000_000m, revenue.ForFiscalYear(2024)!.Value);
        Assert.Equal(26_974_000_000m, revenue.ForFiscalYear(2023)!.Value);
        Assert.Equal(26_914_000_000m, revenue.ForFiscalYear(2022)!.Value);
        Assert.Null(revenue.ForFiscalYear(2021));
        Assert.Equal(new[] { 29_760_000_000m, 4_368_000_000m, 9_752_000_000m }, new[] { 2024, 2023, 2022 }.Select(year => netIncome.ForFiscalYear(year)!.Value!.Value));
    }

    [Fact]
    public void Balances_are_instants_current_prior_and_by_date()
    {
        var assets = Nvidia10K2024Full.Facts.UsGaap.Assets;
        var cash = Nvidia10K2024Full.Facts.UsGaap.CashAndCashEquivalentsAtCarryingValue;

        Assert.Equal(65_728_000_000m, assets.Current!.Value);
        Assert.Equal(new CalendarDate(2024, 1, 28), assets.Current.Instant);
        Assert.Equal(41_182_000_000m, assets.Prior!.Value);
        Assert.Same(assets.Current, assets.At(new DateTime(2024, 1, 28)));
        Assert.Same(assets.Prior, assets.At(new CalendarDate(2023, 1, 29)));
        Assert.Same(assets.Prior, assets.ForFiscalYear(2023));
        Assert.Null(assets.At(new DateTime(2024, 1, 31)));
        Assert.Equal((7_280_000_000m, 3_389_000_000m), (cash.Current!.Value!.Value, cash.Prior!.Value!.Value));
    }

    [Fact]
    public void Dimensions_are_looked_up_by_axis_and_member()
    {
        var revenue = Nvidia10K2024Full.Facts.UsGaap.Revenues;

        var dataCenter = revenue.ForMember("srt:ProductOrServiceAxis", "nvda:DataCenterMember");
        Assert.Equal(47_525_000_000m, dataCenter.Current!.Value);
        Assert.Equal(15_005_000_000m, dataCenter.Prior!.Value);
        Assert.Equal(10_613_000_000m, dataCenter.ForFiscalYear(2022)!.Value);
        Assert.Equal("nvda:DataCenterMember", dataCenter.Current.Dimensions["srt:ProductOrServiceAxis"]);
        Assert.Equal(10_447_000_000m, revenue.ForMember("srt:ProductOrServiceAxis", "nvda:GamingMember").Current!.Value);
        Assert.Equal(26_966_000_000m, revenue.ForMember("srt:StatementGeographicalAxis", "country:US").Current!.Value);

        // A segment's revenue has two dimensions: the view takes both.
        var computeAndNetworking = revenue.ForMember("srt:ConsolidationItemsAxis", "us-gaap:OperatingSegmentsMember")
            .ForMember("us-gaap:StatementBusinessSegmentsAxis", "nvda:ComputeAndNetworkingMember");
        Assert.Equal(47_405_000_000m, computeAndNetworking.Current!.Value);
        Assert.Null(revenue.ForMember("srt:ConsolidationItemsAxis", "us-gaap:OperatingSegmentsMember").Current);
    }

    [Fact]
    public void A_concept_enumerates_its_facts_breakdowns_and_periods()
    {
        var revenue = Nvidia10K2024Full.Facts.UsGaap.Revenues;

        // The income statement and three notes repeat the three years' totals: each year is one fact here.
        Assert.Equal(3, revenue.Facts.Count(f => f.Dimensions.Count == 0));
        Assert.Equal(revenue.Facts.Count - 3, revenue.Dimensional.Count);
        Assert.All(revenue.Dimensional, f => Assert.NotEmpty(f.Dimensions));
        Assert.Equal(new[] { 2024, 2023, 2022 }, revenue.Periods.Select(p => p.End!.Value.Year));
        Assert.Equal(12, Nvidia10K2024Full.Filing.Facts.Count(f => f.Concept == "us-gaap:Revenues" && f.Dimensions.Count == 0));
        Assert.Equal(9, Nvidia10K2024Full.Filing.Facts.Count(f => f.Concept == "us-gaap:Revenues" && f.Dimensions.Count == 0 && f.IsDuplicate));
    }

    [Fact]
    public void The_cover_facts_fill_the_filing()
    {
        var filing = Nvidia10K2024Full.Filing;

        Assert.Equal("NVIDIA CORP", filing.Company);
        Assert.Equal("10-K", filing.Form);
        Assert.Equal(new CalendarDate(2024, 1, 28), filing.FiscalYearEnd);
        Assert.Equal("NVIDIA CORP", Nvidia10K2024Full.Facts.Dei.EntityRegistrantName.Current!.Text);
        Assert.Equal(new CalendarDate(2024, 1, 28), Nvidia10K2024Full.Facts.Dei.DocumentPeriodEndDate.Current!.Date);
        Assert.Same(Nvidia10K2024Full.Facts.UsGaap.Revenues, filing.FindConcept("us-gaap:Revenues"));
        Assert.True(filing.Facts.Count > 1200);
        Assert.True(filing.Concepts.Count > 300);
    }

    [Fact]
    public void Facts_keep_document_order_location_and_dimensions()
    {
        var facts = Nvidia10K2024Full.Filing.Facts;

        Assert.Equal(facts.OrderBy(f => f.Location.Offset).Select(f => f.Location.Offset), facts.Select(f => f.Location.Offset));
        Assert.Contains(facts, f => f.Dimensions.Count > 0 && f.Dimensions.ContainsKey("srt:ProductOrServiceAxis"));
        Assert.All(facts.Where(f => f.IsNumeric && !f.IsNil), f => Assert.NotNull(f.Value));
    }

    [Fact]
    public void Hand_written_tags_read_as_the_filer_meant()
    {
        Assert.Equal(-1_234_500_000m, Sample10K.Facts.UsGaap.OtherNonoperatingIncomeExpense.Current!.Value);
        Assert.True(Sample10K.Facts.UsGaap.OtherNonoperatingIncomeExpense.Current.IsNegative);
        Assert.Null(Sample10K.Facts.UsGaap.CommitmentsAndContingencies.Current!.Value);
        Assert.True(Sample10K.Facts.UsGaap.CommitmentsAndContingencies.Current.IsNil);
        Assert.Equal(0.12m, Sample10K.Facts.UsGaap.EffectiveIncomeTaxRateContinuingOperations.Current!.Value);
        Assert.Equal(47_525_000_000m, Sample10K.Facts.UsGaap.Revenues.ForMember("srt:ProductOrServiceAxis", "smpl:DataCenterMember").Current!.Value);
        Assert.True(Sample10K.Facts.Dei.EntityCommonStockSharesOutstanding.Current!.IsExact);
        Assert.Equal(2m, Sample10K.Facts.UsGaap.NumberOfReportableSegments.Current!.Value);
        Assert.Equal(22_103_000_000m, Sample10K.Facts.UsGaap.Revenues.ForPeriod(new DateTime(2023, 10, 30), new DateTime(2024, 1, 28))!.Value);
    }

    [Fact]
    public void Facts_false_leaves_the_filing_without_facts()
    {
        Assert.Empty(Apple10K2024Full.Filing.Facts);
        Assert.Empty(Apple10K2024Full.Filing.Concepts);
    }
}
