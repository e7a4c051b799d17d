using System.Linq;
using TypedFiling.EndToEnd.Tests.Filings;

namespace TypedFiling.EndToEnd.Tests;

/// <summary>
/// A consumer reading a whole 10-K's inline XBRL facts as typed members: every member used here is checked by the
/// compiler, so a filing whose revenue tag disappears or is renamed fails this project's build.
/// </summary>
public sealed class GeneratedFactsTests
{
    [Fact]
    public void Reads_nvidia_revenue_of_fiscal_2024_typed()
    {
        var revenue = Nvidia10K2024Full.Facts.UsGaap.Revenues.FiscalYear2024;

        Assert.Equal(60_922_000_000m, revenue.Value);
        Assert.Equal("us-gaap:Revenues", revenue.Concept);
        Assert.Equal("60,922", revenue.Text);
        Assert.Equal("iso4217:USD", revenue.Unit);
        Assert.Equal(-6, revenue.Decimals);
        Assert.Equal(6, revenue.Scale);
        Assert.Equal(new CalendarDate(2023, 1, 30), revenue.Start);
        Assert.Equal(new CalendarDate(2024, 1, 28), revenue.End);
        Assert.Null(revenue.Instant);
        Assert.Empty(revenue.Dimensions);
        Assert.Equal(26_974_000_000m, Nvidia10K2024Full.Facts.UsGaap.Revenues.FiscalYear2023.Value);
    }

    [Fact]
    public void The_cover_facts_fill_the_filing()
    {
        var filing = Nvidia10K2024Full.Filing;

        Assert.Equal("NVIDIA CORP", filing.Company);
        Assert.Equal("10-K", filing.Form);
        Assert.Equal(new CalendarDate(2024, 1, 28), filing.FiscalYearEnd);
        Assert.Equal("NVIDIA CORP", Nvidia10K2024Full.Facts.Dei.EntityRegistrantName.FiscalYear2024.Text);
        Assert.Same(Nvidia10K2024Full.Facts.All, filing.Facts);
        Assert.True(filing.Facts.Count > 1200);
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
        Assert.Equal(-1_234_500_000m, Sample10K.Facts.UsGaap.OtherNonoperatingIncomeExpense.FiscalYear2024.Value);
        Assert.True(Sample10K.Facts.UsGaap.OtherNonoperatingIncomeExpense.FiscalYear2024.IsNegative);
        Assert.Null(Sample10K.Facts.UsGaap.CommitmentsAndContingencies.AsOf20240128.Value);
        Assert.True(Sample10K.Facts.UsGaap.CommitmentsAndContingencies.AsOf20240128.IsNil);
        Assert.Equal(0.12m, Sample10K.Facts.UsGaap.EffectiveIncomeTaxRateContinuingOperations.FiscalYear2024.Value);
        Assert.Equal("smpl:DataCenterMember", Sample10K.Facts.UsGaap.Revenues.FiscalYear2024DataCenter.Dimensions["srt:ProductOrServiceAxis"]);
        Assert.True(Sample10K.Facts.Dei.EntityCommonStockSharesOutstanding.AsOf20240128.IsExact);
        Assert.Equal(new CalendarDate(2024, 1, 28), Sample10K.Facts.Dei.DocumentPeriodEndDate.FiscalYear2024.Date);
        Assert.Equal(2m, Sample10K.Facts.UsGaap.NumberOfReportableSegments.FiscalYear2024.Value);
    }

    [Fact]
    public void Facts_false_leaves_the_filing_without_facts() =>
        Assert.Empty(Apple10K2024Full.Filing.Facts);
}
