using System;
using System.IO;
using System.Linq;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Formats;

/// <summary>NVIDIA's whole 2 MB Form 10-K for fiscal 2024: the risk-factor section is found in it, past its traps.</summary>
public sealed class FullFilingTests
{
    private const string Name = "nvidia-10k-2024-full.htm";

    private static readonly Lazy<string> Text = new(() => File.ReadAllText(RepositoryPaths.Data("whole", Name)));

    private static string FullText => Text.Value;

    [Fact]
    public void Finds_the_24_risk_factors_of_the_section_file_and_nothing_else()
    {
        var full = FilingParser.Parse(FullText, FilingOptions.ForPath(Name));
        var section = CorpusFormatTests.ParseCorpus("nvidia-10k-2024.htm").Model;
        Assert.Empty(full.Diagnostics);
        Assert.Equal(24, full.Model.RiskFactors.Count);
        Assert.Equal(section.RiskFactors.Select(r => r.Title), full.Model.RiskFactors.Select(r => r.Title));
        Assert.Equal(section.RiskFactors.Select(r => r.Text), full.Model.RiskFactors.Select(r => r.Text));
        Assert.Equal(section.RiskFactors.Select(r => r.Category), full.Model.RiskFactors.Select(r => r.Category));
    }

    [Fact]
    public void Skips_the_table_of_contents_and_the_cross_references()
    {
        var model = FilingParser.Parse(FullText, FilingOptions.ForPath(Name)).Model;

        // The first risk factor comes after the real heading (byte 289841), not the table of contents
        // (150818) or the cross-references in Item 1 (254834, 256164, 257930); the last before Item 1B (462881).
        Assert.All(model.RiskFactors, r => Assert.InRange(r.Location.Offset, 290020, 462881));
        var itemHeadings = model.Sections.Where(s => s.Title.StartsWith("Item 1A.", StringComparison.Ordinal)).ToList();
        var heading = Assert.Single(itemHeadings);
        Assert.Equal("Item 1A. Risk Factors", heading.Title);
        Assert.InRange(heading.Location.Offset, 289841, 290100);
        Assert.DoesNotContain(model.Sections, s => s.Location.Offset is > 254000 and < 258500);
        Assert.Contains(model.Sections, s => s.Title == "Item 1B. Unresolved Staff Comments" && s.Location.Offset > 462881);
    }
}
