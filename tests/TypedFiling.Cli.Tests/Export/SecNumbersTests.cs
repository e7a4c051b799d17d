using TypedFiling.Cli.Export;
using TypedFiling.Cli.Export.Tables;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Tests.Export;

/// <summary>The conventions of the SEC's num table, and the identifiers read from paths and namespaces.</summary>
public sealed class SecNumbersTests
{
    [Theory]
    [InlineData(2024, 1, 28, 20240131)]
    [InlineData(2024, 9, 28, 20240930)]
    [InlineData(2023, 10, 1, 20230930)]
    [InlineData(2024, 12, 31, 20241231)]
    [InlineData(2025, 1, 2, 20241231)]
    [InlineData(2024, 2, 15, 20240229)]
    [InlineData(2024, 2, 14, 20240131)]
    [InlineData(2024, 6, 15, 20240630)]
    public void Ddate_is_the_nearest_month_end(int year, int month, int day, int expected) =>
        Assert.Equal(expected, SecNumbers.DDate(new DateOnly(year, month, day)));

    [Fact]
    public void Qtrs_counts_quarters_of_the_inclusive_period_and_0_for_an_instant()
    {
        Assert.Equal(4, SecNumbers.Quarters(new DateOnly(2023, 1, 30), new DateOnly(2024, 1, 28)));
        Assert.Equal(4, SecNumbers.Quarters(new DateOnly(2023, 10, 1), new DateOnly(2024, 9, 28)));
        Assert.Equal(1, SecNumbers.Quarters(new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)));
        Assert.Equal(1, SecNumbers.Quarters(new DateOnly(2024, 3, 31), new DateOnly(2024, 6, 29)));
        Assert.Equal(2, SecNumbers.Quarters(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)));
        Assert.Equal(3, SecNumbers.Quarters(new DateOnly(2024, 1, 1), new DateOnly(2024, 9, 30)));
        Assert.Equal(0, SecNumbers.Quarters(null, new DateOnly(2024, 1, 28)));
    }

    [Theory]
    [InlineData("iso4217:USD", "USD")]
    [InlineData("xbrli:shares", "shares")]
    [InlineData("iso4217:USD/xbrli:shares", "USD/shares")]
    [InlineData("xbrli:pure", "pure")]
    [InlineData("nvda:Segment", "Segment")]
    [InlineData("iso4217:EUR*xbrli:shares/utr:Y", "EUR*shares/Y")]
    public void Uom_is_each_measures_local_name(string unit, string expected) => Assert.Equal(expected, SecNumbers.Uom(unit));

    [Fact]
    public void Segments_are_sorted_Axis_equals_Member_pairs_without_prefixes_or_suffixes_and_the_legal_entity_is_coreg()
    {
        var dimensions = new[]
        {
            new FactDimension("us-gaap:StatementBusinessSegmentsAxis", "nvda:GraphicsMember"),
            new FactDimension("srt:ConsolidationItemsAxis", "us-gaap:OperatingSegmentsMember"),
            new FactDimension("dei:LegalEntityAxis", "abc:SubsidiaryBankMember"),
            new FactDimension("us-gaap:DebtInstrumentAxis", "2.5% notes due 2031", IsTyped: true),
        };

        Assert.Equal("ConsolidationItems=OperatingSegments;DebtInstrument=2.5% notes due 2031;StatementBusinessSegments=Graphics;", SecNumbers.Segments(dimensions));
        Assert.Equal("SubsidiaryBank", SecNumbers.Coregistrant(dimensions));
        Assert.Null(SecNumbers.Segments(new[] { dimensions[2] }));
        Assert.Null(SecNumbers.Segments(Array.Empty<FactDimension>()));
        Assert.Null(SecNumbers.Coregistrant(new[] { dimensions[0] }));
    }

    [Theory]
    [InlineData("http://fasb.org/us-gaap/2024", "us-gaap/2024")]
    [InlineData("http://fasb.org/srt/2023", "srt/2023")]
    [InlineData("http://xbrl.sec.gov/dei/2023", "dei/2023")]
    [InlineData("https://xbrl.ifrs.org/taxonomy/2023-03-23/ifrs-full", "ifrs/2023")]
    [InlineData("http://www.nvidia.com/20240128", null)]
    [InlineData("http://www.xbrl.org/2003/instance", null)]
    public void A_standard_taxonomys_version_is_its_name_and_year(string uri, string? expected) =>
        Assert.Equal(expected, TaxonomyVersions.Standard(uri));

    [Fact]
    public void A_company_concept_has_the_accession_number_as_version_and_the_prefix_when_there_is_none()
    {
        const string root = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:us-gaap=\"http://fasb.org/us-gaap/2023\" xmlns:nvda='http://www.nvidia.com/20240128'><body/></html>";

        Assert.Equal("us-gaap/2023", TaxonomyVersions.Read(root, "0001045810-24-000029").Of("us-gaap"));
        Assert.Equal("0001045810-24-000029", TaxonomyVersions.Read(root, "0001045810-24-000029").Of("nvda"));
        Assert.Equal("nvda", TaxonomyVersions.Read(root, null).Of("nvda"));
    }

    [Theory]
    [InlineData("edgar/data/1045810/000104581024000029/nvda-20240128.htm", "0001045810-24-000029", 1045810L)]
    [InlineData("filings/0001045810-24-000029.txt", "0001045810-24-000029", null)]
    [InlineData("nvda-10k-2024-01-28.htm", null, null)]
    public void Accession_and_CIK_come_from_EDGARs_own_paths(string path, string? accession, long? cik)
    {
        Assert.Equal(accession, EdgarIdentifiers.Accession(path));
        Assert.Equal(cik, EdgarIdentifiers.Cik(path));
    }
}
