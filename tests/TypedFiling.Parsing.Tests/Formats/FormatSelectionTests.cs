using System.Linq;

namespace TypedFiling.Parsing.Tests.Formats;

public sealed class FormatSelectionTests
{
    [Theory]
    [InlineData("a.md", FilingFormat.Markdown)]
    [InlineData("a.MARKDOWN", FilingFormat.Markdown)]
    [InlineData("a.txt", FilingFormat.Text)]
    [InlineData("a.htm", FilingFormat.Html)]
    [InlineData("a.HTML", FilingFormat.Html)]
    public void The_extension_decides(string path, object format) => Assert.Equal((FilingFormat)format, FilingFormats.Resolve(null, path, "<p>x</p>"));

    [Theory]
    [InlineData("  <!DOCTYPE html><html>", FilingFormat.Html)]
    [InlineData("\uFEFF<?xml version='1.0'?><html>", FilingFormat.Html)]
    [InlineData("Intro\n<div>Risk</div>", FilingFormat.Html)]
    [InlineData("**D. Risk Factors**\n\nText < 5 and <p2.", FilingFormat.Markdown)]
    public void Content_decides_when_the_extension_says_nothing(string text, object format) => Assert.Equal((FilingFormat)format, FilingFormats.Resolve(null, "filing", text));

    [Theory]
    [InlineData("Html", FilingFormat.Html)]
    [InlineData("text", FilingFormat.Text)]
    [InlineData("MD", FilingFormat.Markdown)]
    public void The_option_overrides_the_extension(string value, object format) => Assert.Equal((FilingFormat)format, FilingFormats.Resolve(FilingFormats.Parse(value), "a.md", "x"));

    [Fact]
    public void An_unknown_format_name_is_no_option() => Assert.Null(FilingFormats.Parse("pdf"));

    [Fact]
    public void The_same_filing_in_three_formats_gives_the_same_risk_factors()
    {
        const string markdown = "**Item 1A. Risk Factors**\n\n***We may lose customers.***\n\nThe body of the first risk.\n\n***Prices may fall.***\n\nThe body of the second risk.\n";
        const string html = "<p><b>Item 1A. Risk Factors</b></p><p><b><i>We may lose customers.</i></b></p><p>The body of the first risk.</p><p><b><i>Prices may fall.</i></b></p><p>The body of the second risk.</p>";
        const string text = "Item 1A. Risk Factors\n\nWe may lose customers.\n\nThe body of the first risk.\n\nPrices may fall.\n\nThe body of the second risk.\n";
        var expected = new[] { "We may lose customers.", "Prices may fall." };
        Assert.Equal(expected, FilingParser.Parse(markdown, FilingOptions.ForPath("f.md")).Model.RiskFactors.Select(r => r.Title));
        Assert.Equal(expected, FilingParser.Parse(html, FilingOptions.ForPath("f.htm")).Model.RiskFactors.Select(r => r.Title));
        Assert.Equal(expected, FilingParser.Parse(text, FilingOptions.ForPath("f.txt")).Model.RiskFactors.Select(r => r.Title));
        Assert.Equal(expected, FilingParser.Parse(html, FilingOptions.ForPath("f") with { Format = null }).Model.RiskFactors.Select(r => r.Title));
    }
}
