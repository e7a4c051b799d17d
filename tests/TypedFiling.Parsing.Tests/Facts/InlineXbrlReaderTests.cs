using System;
using System.IO;
using System.Linq;
using CsCheck;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Facts;

/// <summary>Hand-written inline XBRL tags: every format, nil, sign, scale, nesting, continuation, and malformed facts.</summary>
public sealed class InlineXbrlReaderTests
{
    private const string Header =
        "<html><body><div style=\"display:none\"><ix:header><ix:resources>" +
        "<xbrli:context id=\"c-1\"><xbrli:entity><xbrli:identifier scheme=\"x\">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2023-12-31</xbrli:endDate></xbrli:period></xbrli:context>" +
        "<xbrli:unit id=\"usd\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>" +
        "</ix:resources></ix:header></div><p>";

    private static readonly string SamplePath = RepositoryPaths.Data("xbrl", "sample-10k.htm");

    private static FilingModel SampleModel { get; } = FilingParser.Parse(File.ReadAllText(SamplePath), FilingOptions.ForPath("sample-10k.htm")).Model;

    private static EquatableArray<FactModel> Sample => SampleModel.Facts;

    [Theory]
    [InlineData("ixt:num-dot-decimal", "1,234,567.89", "0", "1234567.89")]
    [InlineData("ixt:numdotdecimal", "1,234", "3", "1234000")]
    [InlineData("ixt:num-comma-decimal", "1.234.567,89", "0", "1234567.89")]
    [InlineData("ixt:numcommadecimal", "1 234,5", "0", "1234.5")]
    [InlineData("ixt:num-dot-decimal", "1&#160;234", "0", "1234")]
    [InlineData("ixt:fixed-zero", "&#8212;", "6", "0")]
    [InlineData("ixt:zerodash", "-", "6", "0")]
    [InlineData("ixt-sec:numwordsen", "two", "0", "2")]
    [InlineData("ixt-sec:numwordsen", "None", "0", "0")]
    [InlineData("ixt-sec:numwordsen", "twenty-one", "0", "21")]
    [InlineData("ixt-sec:numwordsen", "one hundred five", "0", "105")]
    [InlineData("", "42.5", "0", "42.5")]
    [InlineData("ixt:num-dot-decimal", "45", "-2", "0.45")]
    [InlineData("ixt:num-dot-decimal", "60,922", "6", "60922000000")]
    [InlineData("ixt:num-dot-decimal", "0.1", "9", "100000000")]
    public void Reads_each_format_exactly(string format, string text, string scale, string expected)
    {
        var fact = Assert.Single(Read($"<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"usd\" decimals=\"0\" scale=\"{scale}\"{(format.Length > 0 ? " format=\"" + format + "\"" : string.Empty)}>{text}</ix:nonFraction>").Facts);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), fact.Value);
    }

    [Theory]
    [InlineData("<ix:nonFraction contextRef=\"c-1\" unitRef=\"usd\">1</ix:nonFraction>", "no name")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-9\" unitRef=\"usd\">1</ix:nonFraction>", "'c-9' is not in the ix:header")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" unitRef=\"usd\">1</ix:nonFraction>", "no contextRef")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"eur\">1</ix:nonFraction>", "'eur' is not in the ix:header")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\">1</ix:nonFraction>", "no unitRef")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"usd\" format=\"ixt:num-dot-decimal\">12a</ix:nonFraction>", "'12a' is not a number")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"usd\" format=\"ixt:date-monthname-day-year-en\">1</ix:nonFraction>", "is not a number")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"usd\" scale=\"six\">1</ix:nonFraction>", "scale 'six'")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"usd\" scale=\"40\">1</ix:nonFraction>", "out of range")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"usd\" scale=\"28\">79228162514264337593543950335</ix:nonFraction>", "too large")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"usd\">1", "never closed")]
    public void A_malformed_fact_is_a_located_warning_not_a_crash(string tag, string reason)
    {
        var result = Read(tag);

        Assert.Empty(result.Facts);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.MalformedFact, diagnostic.Id);
        Assert.Contains(reason, diagnostic.Arguments[1], StringComparison.Ordinal);
        Assert.Equal(Header.Length, diagnostic.Location.Offset);
        Assert.Equal('<', (Header + tag)[diagnostic.Location.Offset]);
    }

    [Fact]
    public void A_nil_fact_has_no_value_and_a_negative_one_is_negated()
    {
        var nil = Sample.Single(f => f.Concept == "us-gaap:CommitmentsAndContingencies");
        var negative = Sample.Single(f => f.Concept == "us-gaap:OtherNonoperatingIncomeExpense");

        Assert.True(nil.IsNil);
        Assert.Null(nil.Value);
        Assert.Equal(string.Empty, nil.Text);
        Assert.True(negative.IsNegative);
        Assert.Equal(-1_234_500_000m, negative.Value);
        Assert.Equal("1,234.5", negative.Text);
    }

    [Fact]
    public void Nested_facts_each_take_the_inner_text()
    {
        var outer = Sample.Single(f => f.Concept == "dei:EntityCommonStockSharesOutstanding");
        var inner = Sample.Single(f => f.Concept == "us-gaap:CommonStockSharesOutstanding");

        Assert.Equal(2_464_000_000m, outer.Value);
        Assert.Equal(2_464_000_000m, inner.Value);
        Assert.Equal("INF", outer.Decimals);
        Assert.True(Sample.ToList().IndexOf(outer) < Sample.ToList().IndexOf(inner));
    }

    [Fact]
    public void Units_with_divide_and_dimensions_explicit_and_typed_are_resolved()
    {
        Assert.Equal("iso4217:USD/xbrli:shares", Sample.Single(f => f.Concept == "us-gaap:EarningsPerShareDiluted").Unit);
        var dataCenter = Sample.Single(f => f.FactId == "f-12");
        Assert.Equal(new FactDimension("srt:ProductOrServiceAxis", "smpl:DataCenterMember"), Assert.Single(dataCenter.Dimensions));
        var typed = Assert.Single(Sample.Single(f => f.FactId == "f-24").Dimensions);
        Assert.True(typed.IsTyped);
        Assert.Equal("2024-01-29", typed.Member);
        Assert.Equal(0.12m, Sample.Single(f => f.Concept == "us-gaap:EffectiveIncomeTaxRateContinuingOperations").Value);
    }

    [Fact]
    public void Continuations_join_and_exclusions_drop_text()
    {
        var address = Sample.Single(f => f.Concept == "dei:EntityAddressAddressLine1");

        Assert.Equal("2788 San Tomas Expressway", address.Text);
        Assert.Null(address.Value);
    }

    [Theory]
    [InlineData("f-10", 2024, "Current")]
    [InlineData("f-11", 2023, "Prior")]
    [InlineData("f-12", 2024, "Current")]
    [InlineData("f-25", null, "None")]
    [InlineData("f-16", 2024, "Current")]
    [InlineData("f-24", 2024, "Current")]
    [InlineData("f-5", 2024, "Current")]
    public void Each_fact_gets_its_periods_fiscal_year_and_role(string id, int? fiscalYear, string role)
    {
        var fact = Sample.Single(f => f.FactId == id);

        Assert.Equal((fiscalYear, role), (fact.FiscalYear, fact.Role.ToString()));
    }

    [Fact]
    public void Concepts_are_named_by_prefix_and_local_name_in_the_order_of_their_first_fact()
    {
        var concepts = SampleModel.Concepts;

        Assert.Equal(concepts.Select(c => c.Concept).Distinct(StringComparer.Ordinal), concepts.Select(c => c.Concept));
        var revenues = Assert.Single(concepts, c => c.Concept == "us-gaap:Revenues");
        Assert.Equal(("UsGaap", "Revenues"), (revenues.Group, revenues.Name));
        Assert.Equal("f-10", SampleModel.Facts[revenues.Current].FactId);
        Assert.Equal(("Dei", "EntityRegistrantName"), (concepts.Single(c => c.Concept == "dei:EntityRegistrantName").Group, concepts.Single(c => c.Concept == "dei:EntityRegistrantName").Name));
        Assert.Equal(-1, concepts.Single(c => c.Concept == "us-gaap:RevenueRemainingPerformanceObligation").Current);
        Assert.Equal("dei:DocumentFiscalYearFocus", concepts[0].Concept);
    }

    [Fact]
    public void A_fact_shown_twice_is_a_duplicate_after_the_first()
    {
        var shown = Sample.Where(f => f.Concept == "us-gaap:Revenues" && f.ContextId == "c-1").ToList();

        Assert.Equal(2, shown.Count);
        Assert.False(shown[0].IsDuplicate);
        Assert.True(shown[1].IsDuplicate);
        Assert.Equal(Sample.Count(f => !f.IsDuplicate), Sample.Count - 1);
    }

    [Fact]
    public void Cover_facts_fill_company_form_and_fiscal_year_end_over_the_prose()
    {
        var model = FilingParser.Parse(File.ReadAllText(SamplePath), FilingOptions.ForPath("sample-10k.htm")).Model;

        Assert.Equal("SAMPLE DEVICES, INC.", model.Company);
        Assert.Equal("10-K", model.Form);
        Assert.Equal(new TypedFiling.Parsing.Figures.FigureDate(2024, 1, 28), model.FiscalYearEnd);
        Assert.Equal(new TypedFiling.Parsing.Figures.FigureDate(2024, 1, 28), Sample.Single(f => f.Concept == "dei:DocumentPeriodEndDate").Date);
        Assert.Equal("Configured", FilingParser.Parse(File.ReadAllText(SamplePath), new FilingOptions("sample-10k.htm", "Filings", "Sample", "Configured")).Model.Company);
    }

    [Fact]
    public void Facts_off_reads_none_and_a_filing_without_tags_reads_none()
    {
        var off = FilingParser.Parse(File.ReadAllText(SamplePath), FilingOptions.ForPath("sample-10k.htm") with { ReadFacts = false }).Model;

        Assert.Empty(off.Facts);
        Assert.Null(off.Company);
        Assert.Empty(FilingParser.Parse("<p><b>Risk Factors</b></p><p>Text.</p>", FilingOptions.ForPath("a.htm")).Model.Facts);
        Assert.Empty(FilingParser.Parse("# <ix:nonFraction name=\"a:b\">1</ix:nonFraction>", FilingOptions.ForPath("a.md")).Model.Facts);
    }

    [Theory]
    [InlineData("ixt:date-monthname-day-year-en", "January 28, 2024", 2024, 1, 28)]
    [InlineData("ixt:datemonthdayyearen", "Sept. 28, 2024", 2024, 9, 28)]
    [InlineData("ixt:date-day-monthname-year-en", "28 January 2024", 2024, 1, 28)]
    [InlineData("ixt:date-month-day-year", "01/28/2024", 2024, 1, 28)]
    [InlineData("ixt:dateslashus", "1/28/24", 2024, 1, 28)]
    [InlineData("ixt:date-day-month-year", "28.01.2024", 2024, 1, 28)]
    [InlineData("ixt:date-year-month-day", "2024-01-28", 2024, 1, 28)]
    public void Reads_date_formats_of_text_facts(string format, string text, int year, int month, int day)
    {
        var fact = Assert.Single(Read($"<ix:nonNumeric name=\"dei:DocumentPeriodEndDate\" contextRef=\"c-1\" format=\"{format}\">{text}</ix:nonNumeric>").Facts);

        Assert.Equal(new TypedFiling.Parsing.Figures.FigureDate(year, month, day), fact.Date);
        Assert.Equal(text, fact.Text);
    }

    [Fact]
    public void Text_blocks_are_left_out_and_hostile_markup_never_throws()
    {
        var block = "<ix:nonNumeric name=\"us-gaap:PolicyTextBlock\" contextRef=\"c-1\" escape=\"true\">" + string.Concat(Enumerable.Repeat("<p>Long policy text.</p>", 100)) + "</ix:nonNumeric>";
        Assert.Empty(Read(block).Facts);
        Assert.Empty(Read(block).Diagnostics);

        foreach (var hostile in new[] { "<ix:nonFraction", "<ix:nonFraction name=\"", "</ix:nonFraction></ix:nonNumeric>", "<ix:header><xbrli:context id=\"c-2\"><xbrli:instant>2024-13-45", "<!-- <ix:nonFraction", "<ix:exclude></ix:exclude></ix:exclude>", "&#99999999;<ix:nonNumeric name=\"a\" contextRef=\"c-1\">&#xD800;</ix:nonNumeric>" })
        {
            Read(hostile);
        }
    }

    private static (EquatableArray<FactModel> Facts, EquatableArray<FilingDiagnostic> Diagnostics) Read(string body)
    {
        var result = FilingParser.Parse(Header + body + "</p></body></html>", FilingOptions.ForPath("facts.htm"));
        return (result.Model.Facts, new EquatableArray<FilingDiagnostic>(result.Diagnostics.Where(d => d.Id == DiagnosticIds.MalformedFact).ToArray()));
    }
}

/// <summary>Random damage to the sample's tags: the reader never throws, gives the same answer twice, and every fact it keeps has a context.</summary>
public sealed class InlineXbrlRobustnessTests
{
    private static readonly string Sample = File.ReadAllText(RepositoryPaths.Data("xbrl", "sample-10k.htm"));

    private static readonly char[] Markup = { '<', '>', '/', '"', '\'', '=', '&', ';', ':', '-', ' ', 'x' };

    [Fact]
    public void Damaged_tags_never_throw_and_read_the_same_twice()
    {
        Gen.Select(Gen.Int[0, Sample.Length - 1], Gen.Int[0, 40], Gen.Int[0, Markup.Length - 1], Gen.Bool)
            .Sample(damage =>
            {
                var (at, length, c, insert) = damage;
                var text = insert ? Sample.Insert(at, new string(Markup[c], 1 + (length % 3))) : Sample.Remove(at, System.Math.Min(length, Sample.Length - at));
                var first = FilingParser.Parse(text, FilingOptions.ForPath("damaged.htm"));
                var second = FilingParser.Parse(text, FilingOptions.ForPath("damaged.htm"));
                Assert.Equal(first.Model.Facts, second.Model.Facts);
                Assert.Equal(first.Diagnostics, second.Diagnostics);
                Assert.All(first.Model.Facts, f => Assert.False(string.IsNullOrEmpty(f.ContextId)));
            }, iter: 300);
    }
}
