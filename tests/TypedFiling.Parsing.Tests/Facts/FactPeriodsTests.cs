using System.Collections.Generic;
using System.Linq;
using TypedFiling.Parsing.Facts;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Tests.Facts;

/// <summary>
/// Which period is a filing's own (current), which the year before (prior), and which fiscal year each is, as the filer
/// numbers them: 52/53-week years, a 10-Q's quarter, years named for the calendar year before, years ending about New Year.
/// </summary>
public sealed class FactPeriodsTests
{
    [Fact]
    public void A_53_week_year_has_the_52_week_year_before_it_as_prior()
    {
        var facts = Decide("10-K", "2024-02-03", 2024, null,
            Duration("2023-01-29", "2024-02-03"), Duration("2022-01-30", "2023-01-28"), Duration("2021-01-31", "2022-01-29"),
            Instant("2024-02-03"), Instant("2023-01-28"));

        Assert.Equal(new (int?, string)[] { (2024, "Current"), (2023, "Prior"), (2022, "None"), (2024, "Current"), (2023, "Prior") }, Roles(facts));
    }

    [Fact]
    public void A_10_Q_s_quarter_is_current_and_the_same_quarter_a_year_before_prior()
    {
        var facts = Decide("10-Q", "2024-04-28", 2025, (1, 26),
            Duration("2024-01-29", "2024-04-28"), Duration("2023-01-30", "2023-04-30"), Instant("2024-04-28"), Instant("2024-01-28"), Duration("2023-01-30", "2024-01-28"));

        Assert.Equal(new (int?, string)[] { (null, "Current"), (null, "Prior"), (null, "Current"), (2024, "None"), (2024, "None") }, Roles(facts));
    }

    [Fact]
    public void A_year_named_for_the_calendar_year_before_keeps_the_filers_numbers()
    {
        var facts = Decide("10-K", "2024-01-28", 2023, null, Duration("2023-01-30", "2024-01-28"), Duration("2022-01-31", "2023-01-29"));

        Assert.Equal(new int?[] { 2023, 2022 }, facts.Select(f => f.FiscalYear));
    }

    [Fact]
    public void Years_that_end_about_New_Year_are_numbered_by_how_far_back_they_end()
    {
        var facts = Decide("10-K", "2023-12-30", 2023, null,
            Duration("2023-01-01", "2023-12-30"), Duration("2022-01-02", "2022-12-31"), Duration("2021-01-03", "2022-01-01"));

        Assert.Equal(new int?[] { 2023, 2022, 2021 }, facts.Select(f => f.FiscalYear));
    }

    [Fact]
    public void Without_a_document_period_nothing_is_decided()
    {
        var facts = new List<FactModel> { Duration("2023-01-30", "2024-01-28"), Instant("2024-01-28") };
        FactPeriods.Decide(facts, CoverFacts.Find(facts));

        Assert.All(facts, f => Assert.Equal((null, FactPeriodRole.None), (f.FiscalYear, f.Role)));
    }

    private static List<FactModel> Decide(string form, string periodEnd, int focus, (int, int)? yearEnd, params FactModel[] facts)
    {
        var all = facts.ToList();
        FactPeriods.Decide(all, new CoverFacts(null, form, Date(periodEnd), focus, yearEnd));
        return all;
    }

    private static IEnumerable<(int?, string)> Roles(List<FactModel> facts) => facts.Select(f => (f.FiscalYear, f.Role.ToString()));

    private static FactModel Duration(string start, string end) => Fact(null, Date(start), Date(end));

    private static FactModel Instant(string instant) => Fact(Date(instant), null, null);

    private static FactModel Fact(FigureDate? instant, FigureDate? start, FigureDate? end) =>
        new("us-gaap:Revenues", "1", 1m, null, "iso4217:USD", "-6", 6, false, false, instant, start, end, EquatableArray<FactDimension>.Empty, "c", null, SourceRange.FileStart);

    private static FigureDate Date(string iso) => XbrlHeaderReader.IsoDate(iso)!;
}
