using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Formats;

/// <summary>
/// Every file of the shared corpus, read in its own format: the number of risk factors, the first and last
/// titles (checked by hand against the file), the categories, the figures per kind, and no diagnostic.
/// </summary>
public sealed class CorpusFormatTests
{
    private const string NvidiaFirst = "Failure to meet the evolving needs of our industry and markets may adversely impact our financial results.";
    private const string NvidiaLast = "Delaware law and our certificate of incorporation, bylaws and agreement with Microsoft could delay or prevent a change in control.";
    private const string LoncorFirst = "The Company has not generated revenues from operations, does not have a history of mining operations, and there is no assurance that it will produce revenue, operate profitably or provide a return on investment in the future.";
    private const string LoncorLast = "The Toronto Stock Exchange has placed the Company under remedial delisting review";
    private const string AppleFirst = "The Company\u2019s operations and performance depend significantly on global and regional economic conditions and adverse economic conditions can materially adversely affect the Company\u2019s business, results of operations and financial condition.";
    private const string AppleLast = "The price of the Company\u2019s stock is subject to volatility.";
    private const string AppleCategories = "Macroeconomic and Industry Risks|Business Risks|Legal and Regulatory Compliance Risks|Financial Risks|General Risks";
    private const string NvidiaCategories2024 = "Risks Related to Our Industry and Markets|Risks Related to Demand, Supply and Manufacturing|Risks Related to Our Global Operating Business|Risks Related to Regulatory, Legal, Our Stock and Other Matters";

    public static readonly TheoryData<string, int, string, string, string, string> Files = new()
    {
        {
            "aegon-20f-2000.txt", 13,
            "Changes in interest rates may significantly affect profitability",
            "Competitive factors may adversely affect market share",
            "", "Date=1"
        },
        { "loncor-20f-2015-html.htm", 30, LoncorFirst, LoncorLast, "", "Date=4, FiscalPeriod=2, Money=6, Quantity=3" },
        { "loncor-20f-2015.md", 30, LoncorFirst, LoncorLast, "", "Date=4, FiscalPeriod=2, Money=6, Quantity=3" },
        { "apple-10k-2024-html.htm", 28, AppleFirst, AppleLast, AppleCategories, "Date=1, Quantity=2" },
        { "apple-10k-2024.md", 28, AppleFirst, AppleLast, AppleCategories, "Date=1, Quantity=2" },
        {
            "gainsco-10k-2009.htm", 26,
            "Current economic conditions and disruptions in financial markets may materially and adversely affect our business, operations, capital and liquidity and be accompanied by more claims fraud.",
            "If the Company fails to maintain an effective system of internal controls, the Company may not be able to accurately report financial results.",
            "", "Date=18, FiscalPeriod=4, Money=6, Percentage=7, Quantity=10"
        },
        {
            "galaxy-next-generation-10k-2021.htm", 35,
            "Pandemics, including the COVID-19 pandemic, could have a material adverse effect on our operations, liquidity, financial condition, and financial results.",
            "The exercise or conversion of currently outstanding debt or preferred stock would further dilute holders of our common stock.",
            "Risks Relating to the COVID-19 Pandemic|Risks Related to Our Financial Position and Capital Requirements|Risks Related to our Business|Risks Related to our Industry and Regulations|Risks Related to Our Intellectual Property and Technology|Risks Related to Our Common Stock",
            "Date=7, FiscalPeriod=12, Money=7, Percentage=4, Quantity=3"
        },
        { "nvidia-10k-2024.htm", 24, NvidiaFirst, NvidiaLast, NvidiaCategories2024, "Date=9, FiscalPeriod=19, Money=4, Percentage=7, Quantity=4" },
        {
            "nvidia-10k-2025.htm", 23, NvidiaFirst, NvidiaLast,
            "Risks Related to Our Industry and Markets|Risks Related to Demand, Supply, and Manufacturing|Risks Related to Our Global Operating Business|Risks Related to Regulatory, Legal, Our Stock and Other Matters",
            "Date=10, FiscalPeriod=10, Money=2, Percentage=8, Quantity=5"
        },
    };

    internal static FilingParseResult ParseCorpus(string name) =>
        FilingParser.Parse(File.ReadAllText(RepositoryPaths.Filing(name)), FilingOptions.ForPath(name));

    internal static string FiguresPerKind(FilingModel model) =>
        string.Join(", ", model.RiskFactors.SelectMany(r => r.Figures).GroupBy(f => f.Match.Kind)
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_corpus_file_gives_its_hand_checked_risk_factors(string name, int count, string first, string last, string categories, string figures)
    {
        var result = ParseCorpus(name);
        var riskFactors = result.Model.RiskFactors;
        Assert.Empty(result.Diagnostics);
        Assert.Equal(count, riskFactors.Count);
        Assert.Equal(first, riskFactors[0].Title);
        Assert.Equal(last, riskFactors[riskFactors.Count - 1].Title);
        Assert.Equal(categories, string.Join("|", riskFactors.Select(r => r.Category).Where(c => c is not null).Distinct()));
        Assert.Equal(figures, FiguresPerKind(result.Model));
    }

    [Fact]
    public void Aegon_headings_wrapped_over_lines_are_whole_and_the_page_markers_are_not_text()
    {
        var model = ParseCorpus("aegon-20f-2000.txt").Model;
        Assert.Equal(
            "The payment of dividends to shareholders and payments on indebtedness of AEGON NV may be affected by limitations on subsidiaries regarding the payment of dividends",
            model.RiskFactors[10].Title);
        Assert.Equal("Risk factors", Assert.Single(model.Sections).Title);
        Assert.DoesNotContain(model.RiskFactors, r => r.Text.Contains("-8-", StringComparison.Ordinal) || r.Text.Contains("-9-", StringComparison.Ordinal));

        // The introduction, which ends "described in more detail below.", is the section's text.
        Assert.EndsWith("The risk factors are described in more detail below.", model.Sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apple_footers_between_pages_are_not_text_in_either_format()
    {
        foreach (var name in new[] { "apple-10k-2024.md", "apple-10k-2024-html.htm" })
        {
            var model = ParseCorpus(name).Model;
            Assert.DoesNotContain(model.RiskFactors, r => r.Text.Contains("2024 Form 10-K", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Nvidia_summary_is_not_read_as_risk_factors()
    {
        var model = ParseCorpus("nvidia-10k-2024.htm").Model;
        Assert.Equal(24, model.RiskFactors.Select(r => r.Title).Distinct().Count());
        var summary = model.Sections.Single(s => s.Title == "Item 1A. Risk Factors");
        Assert.Contains("Competition could adversely impact our market share and financial results.", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Loncor_item_heading_is_one_paragraph_from_its_two_table_cells()
    {
        Assert.Equal("D. Risk Factors", Assert.Single(ParseCorpus("loncor-20f-2015-html.htm").Model.Sections).Title);
    }

    [Fact]
    public void Gainsco_windows_1252_references_become_curly_quotes()
    {
        var model = ParseCorpus("gainsco-10k-2009.htm").Model;
        Assert.Contains(model.RiskFactors, r => r.Text.Contains("\u201CForward-Looking Statements\u201D", StringComparison.Ordinal) || r.Text.Contains("\u2019", StringComparison.Ordinal));
        Assert.DoesNotContain(model.RiskFactors, r => r.Text.Contains("&#", StringComparison.Ordinal) || r.Text.Contains('\u0092'));
        Assert.DoesNotContain(model.RiskFactors, r => r.Text.Contains("Table of Contents", StringComparison.Ordinal));
    }
}
