using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Outline;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Outline;

/// <summary>
/// The outline stage decides itself: <see cref="OutlineBuilder.Build"/> returns the outline judged, with its mode and
/// verdict, read-only, and the parser's model carries exactly that verdict.
/// </summary>
public sealed class OutlineStageTests
{
    private static FilingOutline Build(string text) => OutlineBuilder.Build(FilingParser.ReadBlocks(text, FilingFormat.Markdown));

    [Fact]
    public void A_filing_is_judged_plausible_with_its_mode_and_the_model_carries_that_verdict()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed);
        var outline = Build(text);

        Assert.Equal(HeadingMode.Emphasized, outline.Mode);
        Assert.Equal(OutlineVerdict.Plausible, outline.Verdict);
        Assert.True(outline.ReadsAsFiling);
        Assert.Null(outline.FindingAt);
        Assert.Equal(18, outline.RiskFactors.Count);
        Assert.Equal(outline.Model, FilingParser.Parse(text, FilingOptions.ForPath("iij-20f-2010.md")).Model.Outline);
    }

    [Fact]
    public void A_text_that_does_not_read_as_a_filing_keeps_no_inferred_risk_factors_and_says_why()
    {
        // Plain one-sentence paragraphs before longer ones are inferred headings; these name no risk.
        const string Readme = "Install the package.\n\nThe package is installed with the usual command of the platform, and needs nothing more.\n\nRun the tool.\n\nThe tool reads the folder it is given and writes a report of what it found into it.\n";
        var outline = Build(Readme);

        Assert.Empty(outline.RiskFactors);
        Assert.Equal(HeadingMode.None, outline.Mode);
        Assert.Equal(OutlineVerdict.NoRiskFactors, outline.Verdict);
        Assert.False(outline.ReadsAsFiling);
        Assert.Equal(outline.Model, FilingParser.Parse(Readme, FilingOptions.ForPath("README.md")).Model.Outline);
    }

    [Fact]
    public void A_suspicious_outline_names_its_finding_and_the_heading_it_points_at()
    {
        var body = string.Concat(Enumerable.Repeat("Our customers may reduce their spending on networks when the economy weakens. ", 100));
        var outline = Build("**Item 1A. Risk Factors**\n\n**We may lose customers.**\n\n" + body + "\n");

        Assert.Equal(OutlineVerdict.Suspicious, outline.Verdict);
        Assert.StartsWith("a single risk factor holds a section of", outline.Finding, System.StringComparison.Ordinal);
        Assert.Same(outline.RiskFactors[0].Heading, outline.FindingAt);
    }

    [Fact]
    public void The_outline_is_read_only()
    {
        var outline = Build(File.ReadAllText(RepositoryPaths.Seed));

        Assert.True(((ICollection<RiskFactorOutline>)outline.RiskFactors).IsReadOnly);
        Assert.True(((ICollection<SectionOutline>)outline.Sections).IsReadOnly);
        Assert.All(outline.RiskFactors, r => Assert.True(((ICollection<Block>)r.Body).IsReadOnly));
        Assert.All(outline.Sections, s => Assert.True(((ICollection<Block>)s.Body).IsReadOnly));
        foreach (var type in new[] { typeof(FilingOutline), typeof(RiskFactorOutline), typeof(SectionOutline) })
        {
            Assert.All(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), property => Assert.True(
                property.SetMethod is null || property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"),
                type.Name + "." + property.Name + " can be set"));
        }
    }
}
