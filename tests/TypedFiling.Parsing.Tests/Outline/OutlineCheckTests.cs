using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Outline;

/// <summary>
/// The outline's self-check (TF0010): every filing of the repository is plausible, and an outline made wrong on
/// purpose (headings removed, bodies merged) is reported at the first suspicious heading.
/// </summary>
public sealed class OutlineCheckTests
{
    /// <summary>file, heading mode: the closing note's table.</summary>
    public static readonly TheoryData<string, object> Filings = new()
    {
        { "aegon-20f-2000.txt", HeadingMode.Plain },
        { "apple-10k-2024-html.htm", HeadingMode.Emphasized },
        { "apple-10k-2024.md", HeadingMode.Plain },
        { "gainsco-10k-2009.htm", HeadingMode.Emphasized },
        { "galaxy-next-generation-10k-2021.htm", HeadingMode.Emphasized },
        { "iij-20f-2010.md", HeadingMode.Emphasized },
        { "loncor-20f-2015-html.htm", HeadingMode.Emphasized },
        { "loncor-20f-2015.md", HeadingMode.Emphasized },
        { "nvidia-10k-2024.htm", HeadingMode.Emphasized },
        { "nvidia-10k-2025.htm", HeadingMode.Emphasized },
    };

    private static FilingParseResult Parse(string text, string path) => FilingParser.Parse(text, FilingOptions.ForPath(path));

    [Theory]
    [MemberData(nameof(Filings))]
    public void Every_filing_of_the_repository_is_read_with_its_mode_and_found_plausible(string name, object mode)
    {
        var model = Parse(File.ReadAllText(RepositoryPaths.Filing(name)), name).Model;

        Assert.Equal((HeadingMode)mode, model.Outline!.Headings);
        Assert.Equal(OutlineVerdict.Plausible, model.Outline.Verdict);
        Assert.Null(model.Outline.Finding);
        Assert.True(model.Outline.ReadsAsFiling);
    }

    [Fact]
    public void Headings_removed_from_a_filing_raise_TF0010_at_the_heading_that_took_their_bodies()
    {
        // Loncor's Markdown with the words of the headings of risk factors 6 to 25 deleted: risk factor 5 takes their bodies.
        var source = File.ReadAllText(RepositoryPaths.Filing("loncor-20f-2015.md"));
        var original = Parse(source, "loncor.md").Model;
        var text = source;
        foreach (var riskFactor in original.RiskFactors.Skip(5).Take(20).Reverse())
        {
            text = text.Remove(riskFactor.Location.Offset, riskFactor.Location.Length);
        }

        var result = Parse(text, "loncor.md");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.SuspiciousOutline);
        Assert.Equal(original.RiskFactors[4].Location.StartLine, diagnostic.Location.StartLine);
        Assert.Contains("risk factor 5", diagnostic.Arguments[1], StringComparison.Ordinal);
        Assert.Equal("Emphasized", diagnostic.Arguments[2]);
        Assert.Equal(OutlineVerdict.Suspicious, result.Model.Outline!.Verdict);
        Assert.Equal(diagnostic.Arguments[1], result.Model.Outline.Finding);
    }

    [Fact]
    public void Bodies_merged_under_one_heading_raise_TF0010_at_it()
    {
        // The seed with the emphasis taken off every heading after the first: the first risk factor holds the section.
        // (A filing whose headings are plain sentences, like Apple's Markdown, is read with other sentences as
        // headings when some are deleted, which this check cannot tell from a real outline.)
        var source = File.ReadAllText(RepositoryPaths.Filing("iij-20f-2010.md"));
        var firstHeading = source.IndexOf("***We may not maintain", StringComparison.Ordinal);
        var text = source.Substring(0, firstHeading + 3) + Regex.Replace(source.Substring(firstHeading + 3), @"(?m)^\*{1,3}(?<t>[^*\n]+)\*{1,3}$", "${t}");

        var result = Parse(text, "iij.md");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.SuspiciousOutline);
        Assert.Equal(15, diagnostic.Location.StartLine);
        Assert.Equal(OutlineVerdict.Suspicious, result.Model.Outline!.Verdict);
    }

    [Fact]
    public void A_single_risk_factor_over_a_long_section_raises_TF0010_at_it()
    {
        var body = string.Concat(Enumerable.Repeat("Our customers may reduce their spending on networks when the economy weakens. ", 100));
        var result = Parse("**Item 1A. Risk Factors**\n\n**We may lose customers.**\n\n" + body + "\n", "one.md");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.SuspiciousOutline, diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.StartLine);
        Assert.Contains("a single risk factor holds a section of", diagnostic.Arguments[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_that_is_a_paragraph_of_body_text_raises_TF0010()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("our customers may reduce their spending on networks", 25)) + ".";
        var text = "**We may lose customers.**\n\nCustomers leave.\n\n**We " + paragraph + "**\n\nBody.\n";
        var result = Parse(text, "long.md");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.SuspiciousOutline, diagnostic.Id);
        Assert.Equal(5, diagnostic.Location.StartLine);
        Assert.Contains("reads like body text", diagnostic.Arguments[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LEGAL PROCEEDINGS", true)]
    [InlineData("Legal Proceedings.", true)]
    [InlineData("Management\u2019s Discussion and Analysis of Financial Condition and Results of Operations", true)]
    [InlineData("Issuer Purchases of Equity Securities", true)]
    [InlineData("USE OF PROCEEDS", true)]
    [InlineData("Form 10-K Summary", true)]
    [InlineData("Competition", false)]
    [InlineData("Legal and Regulatory Risks", false)]
    [InlineData("We may be subject to legal proceedings that could harm our business.", false)]
    public void Captions_of_the_other_parts_of_a_filing_are_told_by_their_letters_in_any_case(string heading, bool caption)
    {
        Assert.Equal(caption, Parsing.Outline.SectionEnds.IsCaption(heading));
    }

    [Fact]
    public void Cancelling_stops_the_outline()
    {
        using var source = new System.Threading.CancellationTokenSource();
        source.Cancel();
        var blocks = FilingParser.ReadBlocks(File.ReadAllText(RepositoryPaths.Filing("iij-20f-2010.md")), FilingFormat.Markdown);
        Assert.Throws<OperationCanceledException>(() => Parsing.Outline.OutlineBuilder.Build(blocks, null, source.Token));
    }
}
