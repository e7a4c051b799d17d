using System.Linq;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Tests.Outline;

public sealed class OutlineTests
{
    private static FilingModel Parse(string text) => FilingParser.Parse(text, FilingOptions.ForPath("test.md")).Model;

    [Theory]
    [InlineData("***We face risk one.***")]
    [InlineData("**We face risk one.**")]
    [InlineData("*We face risk one.*")]
    [InlineData("_We face risk one._")]
    [InlineData("### We face risk one.")]
    [InlineData("***We face risk one.***   \t")]
    public void Each_heading_style_starts_a_risk_factor(string heading)
    {
        var riskFactor = Assert.Single(Parse(heading + "\n\nThe body.\n").RiskFactors);
        Assert.Equal("We face risk one.", riskFactor.Title);
        Assert.Equal("The body.", riskFactor.Text);
    }

    [Theory]
    [InlineData("\r\n", "")]
    [InlineData("\r\n", "\uFEFF")]
    [InlineData("\r", "")]
    [InlineData("\n", "\uFEFF")]
    public void Line_ends_and_a_byte_order_mark_change_nothing_but_offsets(string newline, string bom)
    {
        var text = bom + string.Join(newline, "**D. Risk Factors.**", "", "*Intro sentence one. Intro sentence two.*", "", "***Risk one.***", "", "Body one,", "wrapped.", "", "**Risk two.**", "", "- a", "- b", "");
        var model = Parse(text);
        Assert.Equal(new[] { "Risk one.", "Risk two." }, model.RiskFactors.Select(r => r.Title));
        Assert.Equal("Body one, wrapped.", model.RiskFactors[0].Text);
        Assert.Equal("a\nb", model.RiskFactors[1].Text);
        Assert.Equal(new[] { 5, 10 }, model.RiskFactors.Select(r => r.Location.StartLine));
        Assert.Equal("Intro sentence one. Intro sentence two.", Assert.Single(model.Sections).Text);
    }

    [Fact]
    public void A_short_heading_followed_by_a_heading_is_a_category()
    {
        var model = Parse("**Risks Related to Our Business**\n\n*We may lose customers.*\n\nBody.\n\n**Risks Related to Japan**\n\n*Earthquakes may hit.*\n\nBody two.\n");
        Assert.Equal(new[] { "Risks Related to Our Business", "Risks Related to Japan" }, model.RiskFactors.Select(r => r.Category));
        Assert.Equal(new[] { "We may lose customers.", "Earthquakes may hit." }, model.RiskFactors.Select(r => r.Title));
    }

    [Fact]
    public void A_heading_that_reads_like_a_category_name_but_heads_body_text_is_a_risk_factor()
    {
        var model = Parse("**Risks Related to Our Business**\n\n***Risks of doing business in China***\n\nChina's rules change often.\n\n***We may lose customers.***\n\nCustomers leave.\n");
        Assert.Equal(new[] { "Risks of doing business in China", "We may lose customers." }, model.RiskFactors.Select(r => r.Title));
        Assert.All(model.RiskFactors, r => Assert.Equal("Risks Related to Our Business", r.Category));
    }

    [Fact]
    public void Page_numbers_between_paragraphs_are_not_body_text()
    {
        var riskFactor = Assert.Single(Parse("***Risk.***\n\nFirst part.\n\n12\n\n-13-\n\nSecond part.\n").RiskFactors);
        Assert.Equal("First part.\n\nSecond part.", riskFactor.Text);
    }

    [Fact]
    public void Risk_factors_are_read_only_in_the_risk_factor_section()
    {
        var model = Parse("**C. Other Matters.**\n\n*Not a risk.*\n\nText.\n\n**D. Risk Factors.**\n\n*A risk.*\n\nBody.\n");
        Assert.Equal("A risk.", Assert.Single(model.RiskFactors).Title);
        Assert.Equal("Not a risk.\n\nText.", model.Sections[0].Text);
    }

    [Fact]
    public void A_filing_without_sections_is_read_whole()
    {
        Assert.Equal(2, Parse("*Risk one.*\n\nBody.\n\n*Risk two.*\n\nBody.\n").RiskFactors.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    public void An_empty_filing_reports_TF0001(string text)
    {
        var result = FilingParser.Parse(text, FilingOptions.ForPath("empty.md"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.EmptyFiling, diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.StartLine);
        Assert.Empty(result.Model.RiskFactors);
    }

    [Fact]
    public void A_filing_without_risk_factors_reports_TF0002_at_its_first_line()
    {
        var result = FilingParser.Parse("Just prose.\n\nMore prose.\n", FilingOptions.ForPath("prose.md"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.NoRiskFactors, diagnostic.Id);
        Assert.Equal((1, 1), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void Two_risk_factors_with_one_title_report_TF0003_at_the_second()
    {
        var result = FilingParser.Parse("*Same.*\n\nOne.\n\n*Other.*\n\nTwo.\n\n  *Same.*\n\nThree.\n", FilingOptions.ForPath("dup.md"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.DuplicateTitle, diagnostic.Id);
        Assert.Equal((9, 4), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal((9, 9), (diagnostic.Location.EndLine, diagnostic.Location.EndColumn));
        Assert.Equal(new[] { "Same.", "1" }, diagnostic.Arguments);
    }
}
