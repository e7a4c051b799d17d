using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.QuickInfo;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Ide.Tests;

/// <summary>What a user of the generated code sees in the editor, asked of Roslyn's own editor services.</summary>
public sealed class EditorTests
{
    private static readonly string[] SeedNames =
    {
        "MaintainCurrentLevelRevenuesProfits", "CompeteEffectively", "InvestmentsSubsidiariesEquityMethodInvestees",
        "SystemsIntegrationRevenuesFluctuate", "ImpairmentLoss", "AttractRetainQualifiedPersonnel", "NetworkSuffersInterruptions",
        "KeepManageConfidentialCustomerInformation", "BusinessGrowthChangingOperatingEnvironment", "KeepRapidTechnologicalChangesIndustry",
        "DependExecutiveOfficers", "AmountsTimingRecognitionDeferredTax", "FluctuationsStockPricesCompanies", "NttIijLargestShareholder",
        "RelyTelecommunicationsCarriersSuppliers", "RegulatoryMattersNewLegislation", "NamedDefendantsLitigation", "RaiseCapital",
    };

    [Fact]
    public async Task Completion_after_RiskFactors_lists_all_18_risk_factors()
    {
        using var editor = new EditorWorkspace("class C { void M() { var x = Filings.Iij20F2010.RiskFactors.$$ } }");
        var completion = CompletionService.GetService(editor.UserDocument)!;
        var list = await completion.GetCompletionsAsync(editor.UserDocument, editor.Caret);
        var names = list.ItemsList.Select(i => i.DisplayText).ToHashSet(StringComparer.Ordinal);

        Assert.All(SeedNames, name => Assert.Contains(name, names));
        Assert.Contains("All", names);
    }

    [Fact]
    public async Task Quick_info_on_a_risk_factor_shows_its_title_and_body()
    {
        using var editor = new EditorWorkspace("class C { string M() => Filings.Iij20F2010.RiskFactors.Compete$$Effectively.Title; }");
        var quickInfo = await QuickInfoService.GetService(editor.UserDocument)!.GetQuickInfoAsync(editor.UserDocument, editor.Caret);
        var text = string.Join("\n", quickInfo!.Sections.Select(s => s.Text));

        Assert.Contains("We may not be able to compete effectively, especially against competitors with greater financial, marketing and other resources.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quick_info_on_a_figure_shows_the_figure_as_written_and_its_sentence()
    {
        using var editor = new EditorWorkspace("class C { decimal M() => Filings.Iij20F2010.RiskFactors.InvestmentsSubsidiariesEquityMethodInvestees.Figures.AcquisitionPrice$$OfIijGlobal.Amount; }");
        var quickInfo = await QuickInfoService.GetService(editor.UserDocument)!.GetQuickInfoAsync(editor.UserDocument, editor.Caret);
        var text = string.Join("\n", quickInfo!.Sections.Select(s => s.Text));

        Assert.Contains("¥9.2 billion", text, StringComparison.Ordinal);
        Assert.Contains("The acquisition price of IIJ-Global was ¥9.2 billion", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documentation_of_a_risk_factor_contains_its_title()
    {
        using var editor = new EditorWorkspace("class C { }");
        var compilation = (await editor.UserDocument.Project.GetCompilationAsync())!;
        var type = compilation.GetTypeByMetadataName("Filings.Iij20F2010+RiskFactors+RaiseCapital")!;

        var xml = type.GetDocumentationCommentXml();
        Assert.Contains("<summary>In the event we need to raise capital, we may issue additional shares of IIJ's common stock", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Te$$xt", "The body: paragraphs split by a blank line")]
    [InlineData("In$$fo", "This risk factor at run time.")]
    [InlineData("Figures.A$$ll", "All its figures, in text order.")]
    public async Task Quick_info_on_a_risk_factors_field_says_what_it_holds(string member, string summary)
    {
        using var editor = new EditorWorkspace("class C { object M() => Filings.Iij20F2010.RiskFactors.CompeteEffectively." + member + "; }");
        var quickInfo = await QuickInfoService.GetService(editor.UserDocument)!.GetQuickInfoAsync(editor.UserDocument, editor.Caret);
        var text = string.Join("\n", quickInfo!.Sections.Select(s => s.Text));

        Assert.Contains(summary, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Go_to_definition_of_a_risk_factor_lands_on_its_heading_in_the_filing()
    {
        using var editor = new EditorWorkspace("class C { }");
        var compilation = (await editor.UserDocument.Project.GetCompilationAsync())!;
        var riskFactor = compilation.GetTypeByMetadataName("Filings.Iij20F2010+RiskFactors+CompeteEffectively")!;

        var mapped = riskFactor.Locations.Single().GetMappedLineSpan();
        Assert.True(mapped.HasMappedPath);
        Assert.Equal(EditorWorkspace.FilingPath, mapped.Path);
        Assert.Equal(37, mapped.StartLinePosition.Line);        // line 38 of the file, 0-based
        Assert.Equal(1, mapped.StartLinePosition.Character);    // the title's first word, after the '*'

        // Title has the heading's place too, so it is not mapped again: it lands a line below the class, in the generated file.
        Assert.False(riskFactor.GetMembers("Title").Single().Locations.Single().GetMappedLineSpan().HasMappedPath);
    }

    [Fact]
    public async Task Go_to_definition_of_a_figure_lands_on_the_figure_in_the_filing()
    {
        using var editor = new EditorWorkspace("class C { }");
        var compilation = (await editor.UserDocument.Project.GetCompilationAsync())!;
        var figures = compilation.GetTypeByMetadataName("Filings.Iij20F2010+RiskFactors+InvestmentsSubsidiariesEquityMethodInvestees+Figures")!;
        var price = figures.GetMembers("AcquisitionPriceOfIijGlobal").Single();

        var mapped = price.Locations.Single().GetMappedLineSpan();
        var line = System.IO.File.ReadAllLines(TypedFiling.Tests.Shared.RepositoryPaths.Filing("iij-20f-2010.md"))[62];
        Assert.Equal(EditorWorkspace.FilingPath, mapped.Path);
        Assert.Equal(62, mapped.StartLinePosition.Line);
        Assert.Equal(line.IndexOf("¥9.2 billion", StringComparison.Ordinal), mapped.StartLinePosition.Character);
    }

    [Fact]
    public async Task Quick_info_on_a_concept_shows_its_name_and_current_value()
    {
        using var editor = SampleEditor("class C { decimal? M() => Filings.Sample10K.Facts.UsGaap.Reven$$ues.Current?.Value; }");
        var quickInfo = await QuickInfoService.GetService(editor.UserDocument)!.GetQuickInfoAsync(editor.UserDocument, editor.Caret);
        var text = string.Join("\n", quickInfo!.Sections.Select(s => s.Text));

        Assert.Contains("Concept", text, StringComparison.Ordinal);
        Assert.Contains("us-gaap:Revenues: 60,922 USD millions, FY2024 (2023-01-30 to 2024-01-28)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_after_a_concept_lists_its_lookups()
    {
        using var editor = SampleEditor("class C { void M() { var x = Filings.Sample10K.Facts.UsGaap.Revenues.$$ } }");
        var completions = await CompletionService.GetService(editor.UserDocument)!.GetCompletionsAsync(editor.UserDocument, editor.Caret);
        var names = completions.ItemsList.Select(i => i.DisplayText).ToList();

        Assert.All(new[] { "Current", "Prior", "ForFiscalYear", "At", "ForPeriod", "ForMember", "Facts", "Dimensional", "Periods" }, name => Assert.Contains(name, names));
    }

    [Fact]
    public async Task The_generated_code_has_no_diagnostics_in_the_editor()
    {
        using var editor = new EditorWorkspace("class C { string M() => Filings.Iij20F2010.RiskFactors.CompeteEffectively.Title; }");
        var compilation = (await editor.UserDocument.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    /// <summary>An editor over the hand-written inline XBRL sample's generated code.</summary>
    private static EditorWorkspace SampleEditor(string userCode) =>
        new(userCode, EditorWorkspace.SamplePath, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Data", "xbrl", "sample-10k.htm")));
}
