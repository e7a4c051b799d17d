using System.Linq;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Sections;
using Xunit;

namespace TypedFiling.Parsing.Tests.Sections;

/// <summary>The section locator (issue 23): item headings, evidence, ends, statements, and the whole-document fallback.</summary>
public sealed class SectionLocatorTests
{
    private const string Cover = "<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p><p>FORM 10-K</p>";

    private const string Contents = "<p>Item 1. Business 3</p><p>Item 1A. Risk Factors 9</p><p>Item 1B. Unresolved Staff Comments 20</p><p>Item 2. Properties 21</p>";

    private const string RiskFactors =
        "<p><b>We may not be able to compete effectively.</b></p><p>Our competitors are larger than we are and have more resources than we do, and they may win customers from us.</p>" +
        "<p><b>We depend on a small number of suppliers.</b></p><p>If a supplier fails to deliver, our production may stop for weeks and our results may suffer.</p>";

    [Theory]
    [InlineData("Item 1A. Risk Factors", "1A", "Risk Factors")]
    [InlineData("ITEM 1A: RISK FACTORS", "1A", "RISK FACTORS")]
    [InlineData("Item 1A — Risk Factors", "1A", "Risk Factors")]
    [InlineData("Item\u00A01A.\u00A0Risk Factors.", "1A", "Risk Factors")]
    [InlineData("Item 3.D Risk Factors", "3D", "Risk Factors")]
    [InlineData("ITEM 2. PROPERTIES:", "2", "PROPERTIES")]
    [InlineData("Item 1A.", "1A", "")]
    public void Item_headings_are_read_whatever_their_case_and_punctuation(string text, string number, string title)
    {
        var item = ItemHeadings.Item(text);
        Assert.NotNull(item);
        Assert.Equal(number, item!.Value.Number);
        Assert.Equal(title, item.Value.Title);
    }

    [Theory]
    [InlineData("Item 1A of this report describes the risks we face.")]
    [InlineData("Items 1A and 1B")]
    [InlineData("Item 1A, 1B")]
    [InlineData("Itemized deductions")]
    public void A_sentence_that_mentions_an_item_is_no_heading(string text) => Assert.Null(ItemHeadings.Item(text));

    [Fact]
    public void Item_1A_with_the_most_text_is_the_section_not_its_table_of_contents_entry()
    {
        var html = Cover + Contents + "<p><b>Item 1. Business</b></p><p>We make things.</p><p><b>ITEM 1A: RISK FACTORS</b></p>" + RiskFactors +
            "<p><b>Item 1B. Unresolved Staff Comments</b></p><p>None.</p><p><b>Item 2. Properties</b></p><p>We own a plant; we may expand it if our business grows as we expect it to.</p>";
        var result = Parse(html);
        Assert.Equal(new[] { "We may not be able to compete effectively.", "We depend on a small number of suppliers." }, result.Model.RiskFactors.Select(r => r.Title));
        Assert.Equal(SectionEvidence.ItemHeading, result.Model.Outline!.Section);
        Assert.Equal("ITEM 1A: RISK FACTORS", result.Model.Outline.SectionHeading);
    }

    [Theory]
    [InlineData("<p>Information in response to this Item 1A can be found in the 2024 Annual Report under “Risk Factors.”</p>", "TF0019")]
    [InlineData("<p>NOT APPLICABLE</p>", "TF0020")]
    [InlineData("<p>As a smaller reporting company, we are not required to provide the information required by this Item.</p>", "TF0020")]
    [InlineData("<p>There have been no material changes from the risk factors disclosed in our Annual Report on Form 10-K.</p>", "TF0021")]
    public void A_section_without_risk_factors_says_why_in_the_filings_words(string statement, string id)
    {
        var html = Cover + Contents + "<p><b>Item 1A. Risk Factors</b></p>" + statement + "<p><b>Item 1B. Unresolved Staff Comments</b></p><p>None.</p>";
        var result = Parse(html);
        Assert.Empty(result.Model.RiskFactors);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id.StartsWith("TF00", System.StringComparison.Ordinal) && d.Id != "TF0014");
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(diagnostic.Arguments[2].TrimEnd('…', ' '), statement.Replace("“", "“", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_edgar_filing_without_a_section_reads_nothing_and_says_so_at_its_cover()
    {
        var html = "<p>FORM 10-Q</p><p><b>Item 1. Financial Statements</b></p>" + RiskFactors + "<p><b>Item 2. Management's Discussion and Analysis</b></p>" + RiskFactors;
        var result = Parse(html);
        Assert.Empty(result.Model.RiskFactors);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.NoRiskFactorSection, diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.StartLine);
        Assert.Contains("a Form 10-Q", diagnostic.Arguments[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_without_a_cover_is_still_read_whole()
    {
        var result = Parse(RiskFactors);
        Assert.Equal(2, result.Model.RiskFactors.Count);
        Assert.Equal(SectionEvidence.None, result.Model.Outline!.Section);
    }

    [Fact]
    public void A_cross_reference_index_gives_the_section_its_pages_and_ends_it_at_another_items_title()
    {
        var html = Cover + "<p>Risk Factors</p><p>Legal Proceedings</p><p>26</p>" +
            "<p>Our business has grown in many markets over many years, and this report describes it in the order we manage it rather than in the order of the items of the form.</p><p>27</p>" +
            "<p>Risk Factors</p><p>The following discussion of material factors, events and uncertainties may make an investment in our securities risky, and readers should consider them.</p>" + RiskFactors + "<p>28</p>" +
            "<p>Legal Proceedings</p><p><b>We are party to a dispute with a former supplier.</b></p><p>We believe the claims are without merit and will defend ourselves vigorously in the courts.</p><p>29</p>" +
            "<p>Form 10-K Cross-Reference Index</p><p>Item 1A.Risk Factors27-28</p><p>Item 3.Legal Proceedings29</p>";
        var result = Parse(html);
        Assert.Equal(SectionEvidence.CrossReferenceIndex, result.Model.Outline!.Section);
        Assert.Equal(new[] { "We may not be able to compete effectively.", "We depend on a small number of suppliers." }, result.Model.RiskFactors.Select(r => r.Title));
    }

    [Fact]
    public void A_prospectus_section_ends_at_the_next_heading_of_its_shape_and_is_weak_evidence()
    {
        var html = "<p>Filed Pursuant to Rule 424(b)(4)</p><p><b>RISK FACTORS</b></p><p><i>Investing in our common stock involves a high degree of risk. You should consider carefully the risks described below, together with the other information in this prospectus, before you decide whether to invest.</i></p>" +
            RiskFactors + "<p><b>USE OF PROCEEDS</b></p><p><b>We will use the proceeds for general purposes.</b></p><p>We estimate that the net proceeds will be about $10 million after the discounts we pay.</p>";
        var result = Parse(html);
        Assert.Equal(SectionEvidence.RiskFactorsHeading, result.Model.Outline!.Section);
        Assert.Equal(2, result.Model.RiskFactors.Count);
    }

    [Fact]
    public void A_complete_submission_is_read_in_its_first_document_only()
    {
        var text = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n\n<SEC-DOCUMENT>x.txt\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t10-K\n</SEC-HEADER>\n" +
            "<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\nThe filing's own text.\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-13\n<TEXT>\nThe exhibit.\n</TEXT>\n</DOCUMENT>\n";
        var blocks = TextBlockReader.Read(text);
        Assert.Equal(new[] { "<TYPE>10-K", "The filing's own text." }, blocks.Select(b => b.Text));
        Assert.Equal(text.IndexOf("The filing", System.StringComparison.Ordinal), blocks[1].Content.SourceOffset(0));
    }

    [Fact]
    public void A_text_filing_inside_an_html_shell_is_read_as_text_with_its_offsets_in_the_html()
    {
        var lines = string.Concat(Enumerable.Range(1, 8).Select(i => "Line " + i + " of the cover.\n"));
        var html = "<html><body><div>\n" + lines + "\nRisk factors\n- ------------\n\nA &amp; B may not last.\n\nIts body runs on\nover two lines.\n</div></body></html>";
        var blocks = HtmlBlockReader.Read(html);
        var heading = Assert.Single(blocks, b => b.Text == "Risk factors");
        Assert.Equal(BlockKind.Heading, heading.Kind);
        var title = Assert.Single(blocks, b => b.Text == "A & B may not last.");
        Assert.Equal(html.IndexOf("A &amp; B", System.StringComparison.Ordinal), title.Content.SourceOffset(0));
        Assert.Equal(html.IndexOf("&amp;", System.StringComparison.Ordinal) + 5, title.Content.SourceEnd(2));
        Assert.Contains(blocks, b => b.Text == "Its body runs on over two lines.");
    }

    [Fact]
    public void A_pre_is_read_as_text_and_the_html_around_it_as_html()
    {
        var html = "<p><b>Before</b></p><pre>\nFirst line\nof a paragraph.\n\nSecond paragraph.\n</pre><p>After</p>";
        Assert.Equal(new[] { "Before", "First line of a paragraph.", "Second paragraph.", "After" }, HtmlBlockReader.Read(html).Select(b => b.Text));
    }

    private static FilingParseResult Parse(string html) => FilingParser.Parse(html, FilingOptions.ForPath("filing.htm"));
}
