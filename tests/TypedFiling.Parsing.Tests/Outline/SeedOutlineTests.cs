using System.Linq;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Outline;

/// <summary>The outline of the seed filing: IIJ's Form 20-F for the year ended March 31, 2010, Items 3.B to 3.D.</summary>
public sealed class SeedOutlineTests
{
    private static readonly FilingParseResult Result = FilingParser.Parse(System.IO.File.ReadAllText(RepositoryPaths.Seed), FilingOptions.ForPath("filings/iij-20f-2010.md"));

    private static FilingModel Model => Result.Model;

    public static readonly TheoryData<int, int, string> Titles = new()
    {
        { 1, 15, "We may not maintain our current level of revenues and profits or achieve our expected revenues and profits in the future." },
        { 2, 38, "We may not be able to compete effectively, especially against competitors with greater financial, marketing and other resources." },
        { 3, 59, "Our investments in our subsidiaries and equity method investees may not produce the returns we expect or may affect our results of operations and financial condition adversely." },
        { 4, 69, "If our systems integration revenues fluctuate or if we fail to execute our systems construction projects in a timely or satisfactory manner, our results of operations and financial condition may be adversely affected." },
        { 5, 75, "We may have an impairment loss as a result of an impairment test on the intangible assets that are recorded related to mergers and acquisitions." },
        { 6, 79, "If we fail to attract and retain qualified personnel, we may not be able to achieve our expected business growth." },
        { 7, 83, "Our business may be adversely affected if our network suffers interruptions, errors or delays." },
        { 8, 87, "If we fail to keep and manage our confidential customer information, we could be subject to lawsuits, incur expenses associated with our security systems or suffer damage to our reputation." },
        { 9, 91, "Business growth and a rapidly changing operating environment may strain our limited resources." },
        { 10, 95, "If we fail to keep up with the rapid technological changes in our industry, our services may become obsolete and we may lose customers." },
        { 11, 108, "We depend on our executive officers, and if we lose the service of our executive officers, particularly Mr. Koichi Suzuki, our business and our relationships with our customers, major shareholders of IIJ and other IIJ Group companies and our employees could suffer." },
        { 12, 112, "The amounts and timing of recognition of deferred tax benefits or expenses related to tax operating loss carryforwards may adversely affect our financial results." },
        { 13, 116, "Fluctuations in the stock prices of companies or impairment losses on stocks of companies in which we have invested may significantly influence our financial condition." },
        { 14, 120, "NTT, IIJ's largest shareholder, could exercise substantial influence over us in a manner which may not necessarily be in our interest or that of our other shareholders." },
        { 15, 124, "We rely greatly on other telecommunications carriers and other suppliers, and could be affected by disruptions in service or delays in the delivery of their products and services." },
        { 16, 132, "Regulatory matters and new legislation could impact our ability to conduct our business." },
        { 17, 140, "We may be named as defendants in litigation, which could have an adverse impact on our business, financial condition and results of operations." },
        { 18, 144, "In the event we need to raise capital, we may issue additional shares of IIJ's common stock or securities convertible into IIJ's common stock, which may cause shareholders to incur substantial dilution." },
    };

    [Fact]
    public void Finds_exactly_18_risk_factors_numbered_in_order()
    {
        Assert.Equal(18, Model.RiskFactors.Count);
        Assert.Equal(Enumerable.Range(1, 18), Model.RiskFactors.Select(r => r.Number));
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Each_title_is_the_heading_without_emphasis_at_its_line(int number, int line, string title)
    {
        var riskFactor = Model.RiskFactors[number - 1];
        Assert.Equal(title, riskFactor.Title);
        Assert.Equal(line, riskFactor.Location.StartLine);

        // The location spans the words, inside the emphasis markers.
        var source = System.IO.File.ReadAllText(RepositoryPaths.Seed);
        Assert.Equal(title, source.Substring(riskFactor.Location.Offset, riskFactor.Location.Length));
        Assert.Equal(line, riskFactor.Location.EndLine);
    }

    [Fact]
    public void Reads_the_three_sections_with_their_text()
    {
        Assert.Equal(
            new[] { "B. Capitalization and Indebtedness.", "C. Reasons for the Offer and Use of Proceeds.", "D. Risk Factors." },
            Model.Sections.Select(s => s.Title));
        Assert.Equal("Not required.", Model.Sections[0].Text);
        Assert.Equal("Not applicable.", Model.Sections[1].Text);
        Assert.Equal(new[] { 3, 7, 11 }, Model.Sections.Select(s => s.Location.StartLine));
    }

    [Fact]
    public void The_italic_introduction_is_section_text_and_not_a_risk_factor()
    {
        Assert.StartsWith("You should carefully consider the following information", Model.Sections[2].Text, System.StringComparison.Ordinal);
        Assert.EndsWith("financial condition or results of operations.", Model.Sections[2].Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(Model.RiskFactors, r => r.Title.StartsWith("You should", System.StringComparison.Ordinal));
        Assert.DoesNotContain(Model.RiskFactors, r => r.Text.Contains("You should carefully consider", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_risk_factor_body_keeps_every_paragraph_and_bullet_in_order()
    {
        var text = Model.RiskFactors[0].Text;
        var paragraphs = text.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("Our business is principally conducted in Japan and most of our revenues are from customers operating in Japan.", paragraphs[0], System.StringComparison.Ordinal);
        Assert.EndsWith("particularly in systems integration, or payout our target dividends.", paragraphs[0], System.StringComparison.Ordinal);
        Assert.Equal("In addition to factors related to general economic conditions in Japan, we may not be able to maintain our current level of revenues and profits or achieve our expected levels of revenues and profits due to several other factors, including, but not limited to:", paragraphs[1]);

        var bullets = paragraphs[2].Split('\n');
        Assert.Equal(14, bullets.Length);
        Assert.Equal("a decrease in revenues from our connectivity services because of lower unit prices per bandwidth and cancellation of large accounts, due, for example, to severe price competition or a decrease in volume charge revenue due to the decrease in volume of Internet traffic,", bullets[0]);
        Assert.Equal("an increase in SG&A costs, such as personnel expenses, advertising expenses and office rent related expenses, in conjunction with our expected or planned or continued business expansion,", bullets[7]);
        Assert.Equal("a negative effect on our revenues and profits if newly established consolidated subsidiaries cannot achieve our expected levels of revenues or manage costs and expenses in a timely and adequate manner.", bullets[13]);

        Assert.Equal("Please see Item 5, \u201COperating and Financial Review and Prospects\u201D for more detailed information concerning our operations and other results.", paragraphs[3]);
    }

    [Fact]
    public void The_last_risk_factor_body_is_its_one_paragraph()
    {
        Assert.Equal(
            "IIJ may raise additional funds in the future to raise additional working capital, repayment of bank borrowings, and for other financial needs. " +
            "IIJ issued 12,500 new shares of IIJ's common stock along with IIJ's listing on the Mothers market of the Tokyo Stock Exchange in December 2005, after conducting a 1 to 5 split of our shares of common stock in October 2005. " +
            "On May 11, 2007, IIJ issued 2,178 shares of common stock to make IIJ's two consolidated subsidiaries wholly-owned through share exchanges. " +
            "If IIJ choose to raise such funds from the issuance of equity shares of IIJ's common stock or securities convertible into IIJ's common stock, existing shareholders may incur substantial dilution.",
            Model.RiskFactors[17].Text);
    }

    [Fact]
    public void Inline_emphasis_inside_a_body_is_removed()
    {
        var investments = Model.RiskFactors[2].Text;
        Assert.Contains("(Changed its trade name from Communications Services KK to IIJ-Global on September 1, 2010)", investments, System.StringComparison.Ordinal);
        Assert.DoesNotContain("*", investments, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_form_and_reports_no_diagnostics()
    {
        Assert.Equal("20-F", Model.Form);
        Assert.Empty(Result.Diagnostics);
    }

    [Fact]
    public void Parsing_twice_gives_equal_models()
    {
        var again = FilingParser.Parse(System.IO.File.ReadAllText(RepositoryPaths.Seed), FilingOptions.ForPath("filings/iij-20f-2010.md"));
        Assert.Equal(Result, again);
    }
}
