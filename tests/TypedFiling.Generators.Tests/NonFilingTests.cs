using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// Documents that are not filings, through the real generator (issue 11): a README, a changelog and a command's
/// manual added as plain additional files (for another analyzer) generate nothing and report nothing; added as
/// <c>&lt;TypedFiling&gt;</c> items they get their class, with TF0002 and no invented risk factor.
/// </summary>
public sealed class NonFilingTests
{
    private static string Document(string name) => File.ReadAllText(RepositoryPaths.Data("non-filings", name));

    [Theory]
    [InlineData("README.md")]
    [InlineData("CHANGELOG.md")]
    [InlineData("ledger-cli.md")]
    public void A_plain_additional_file_that_is_not_a_filing_generates_nothing_and_reports_nothing(string name)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("docs/" + name, Document(name)));

        Assert.Empty(run.AllGeneratedSources);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void The_same_documents_beside_a_filing_leave_the_filing_alone()
    {
        var input = new GeneratorInput()
            .WithFiling(TestFilings.SeedPath, TestFilings.Seed())
            .WithFiling("README.md", Document("README.md"))
            .WithFiling("CHANGELOG.md", Document("CHANGELOG.md"));
        var run = GeneratorHarness.Run(input);

        Assert.Equal("Filings.Iij20F2010.g.cs", Assert.Single(run.GeneratedSources).HintName);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void A_TypedFiling_item_without_risk_factors_gets_its_class_TF0002_and_no_invented_risk_factor()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("notes/meeting-notes.txt", Document("meeting-notes.txt"), ("TypedFiling", "true")));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0002", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var source = run.Source("Filings.MeetingNotes.g.cs");
        Assert.DoesNotContain("public const string Title", source, StringComparison.Ordinal);
        Assert.Equal(OutlineVerdict.NoRiskFactors, run.ReadFiling("Filings.MeetingNotes").Outline!.Verdict);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_suspicious_outline_reports_TF0010_at_the_heading_with_what_to_do()
    {
        // Six risk factors, the first of which swallowed its neighbours' bodies: their headings lost their emphasis.
        var body = string.Concat(Enumerable.Repeat("Our customers may reduce their spending on networks when the economy weakens, and we may lose revenue. ", 20));
        var text = "**D. Risk Factors.**\n\n***We may lose customers.***\n\n" + string.Concat(Enumerable.Repeat(body + "\n\n", 6)) +
            string.Concat(Enumerable.Range(1, 5).Select(i => "***We may face risk " + i + ".***\n\nA short body.\n\n"));
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/merged.md", text));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Descriptor.DefaultSeverity);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("risk factor 1 holds", message, StringComparison.Ordinal);
        Assert.Contains("Headings=\"RunIn\"", message, StringComparison.Ordinal);
        Assert.Equal(OutlineVerdict.Suspicious, run.ReadFiling("Filings.Merged").Outline!.Verdict);
    }

    [Fact]
    public void An_unknown_Headings_value_is_reported_and_the_shape_decides()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/categories.md", TestFilings.CategoriesAndIntroduction, ("Headings", "Bold")));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0010", diagnostic.Id);
        Assert.Contains("Headings=\"Bold\" is not RunIn, Emphasized or Plain", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(HeadingMode.Emphasized, run.ReadFiling("Filings.Categories").Outline!.Headings);
    }

    [Fact]
    public void A_plain_additional_file_that_reads_as_a_filing_is_still_generated()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/categories.md", TestFilings.CategoriesAndIntroduction));

        Assert.Single(run.GeneratedSources);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Run_in_headings_without_sections_read_as_a_filing_from_a_plain_additional_file()
    {
        const string text = """
            **Credit risk.** Our borrowers may be unable to repay their loans when the economy weakens, and our allowance may not cover the losses.

            **Interest rate risk.** Changes in interest rates may reduce our net interest margin and the value of our securities portfolio.

            **Liquidity risk.** We may be unable to meet our obligations if deposits leave faster than we can sell assets or borrow.
            """;
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/bank.md", text));

        var source = run.Source("Filings.Bank.g.cs");
        Assert.Contains("public const string Title = \"Credit risk.\";", source, StringComparison.Ordinal);
        Assert.Equal(HeadingMode.RunIn, run.ReadFiling("Filings.Bank").Outline!.Headings);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
