using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// Each diagnostic the generator reports: its id, severity, the filing file it points into and the line
/// span there. Warnings are not turned into errors here, so severities are the descriptors' own.
/// </summary>
public class DiagnosticTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  \r\n")]
    [InlineData("\uFEFF")]
    public void Empty_or_whitespace_filing_reports_TF0001_at_the_start_of_the_file(string text)
    {
        var run = Run(new GeneratorInput().WithFiling("filings/empty.md", text));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "TF0001", DiagnosticSeverity.Warning, "filings/empty.md", new LinePositionSpan(default, default));
        Assert.Equal("The filing 'filings/empty.md' is empty; its class has no risk factors", Message(diagnostic));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Unreadable_filing_reports_TF0001()
    {
        var run = Run(new GeneratorInput().WithFiling("filings/unreadable.md", null));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "TF0001", DiagnosticSeverity.Warning, "filings/unreadable.md", new LinePositionSpan(default, default));
        Assert.Equal("The filing 'filings/unreadable.md' was not found; its class has no risk factors", Message(diagnostic));
    }

    [Fact]
    public void Binary_filing_reports_TF0001_binary_and_no_other_diagnostic()
    {
        var run = Run(new GeneratorInput().WithFiling("filings/report.md", "PK\u0003\u0004\0\0\u0008\0***Not a heading***\n\nbody"));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "TF0001", DiagnosticSeverity.Warning, "filings/report.md", new LinePositionSpan(default, default));
        Assert.Equal("The filing 'filings/report.md' is a binary file, not a text filing; its class has no risk factors", Message(diagnostic));
        Assert.Single(run.GeneratedSources);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Unreadable_filing_still_gets_its_class_as_TF0001_says()
    {
        var run = Run(new GeneratorInput().WithFiling("filings/unreadable.md", null));

        Assert.Equal("Filings.Unreadable.g.cs", Assert.Single(run.GeneratedSources).HintName);
    }

    [Fact]
    public void Filing_without_risk_factors_reports_TF0002_at_line_1()
    {
        var run = Run(new GeneratorInput().WithFiling("filings/prose.md", "\n**D. Risk Factors.**\n\nNot applicable.\n\nThere is nothing to disclose.\n"));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "TF0002", DiagnosticSeverity.Warning, "filings/prose.md", new LinePositionSpan(default, default));
        Assert.Equal(new TextSpan(0, 0), diagnostic.Location.SourceSpan);
        Assert.Contains("'filings/prose.md'", Message(diagnostic), StringComparison.Ordinal);
        Assert.Single(run.GeneratedSources);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Duplicate_title_reports_TF0003_at_the_second_heading_naming_the_first(string newLine)
    {
        var text = string.Join(
            newLine,
            "**D. Risk Factors.**",
            string.Empty,
            "***We may lose customers.***",
            string.Empty,
            "Customers leave.",
            string.Empty,
            "***Our network may fail.***",
            string.Empty,
            "Networks fail.",
            string.Empty,
            "  ***Our network may fail.***",
            string.Empty,
            "They fail again.",
            string.Empty);
        var run = Run(new GeneratorInput().WithFiling("filings/duplicates.md", text));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        // The diagnostic covers the heading's words, inside its emphasis markers.
        const string title = "Our network may fail.";
        var start = text.LastIndexOf(title, StringComparison.Ordinal);
        AssertDiagnostic(diagnostic, "TF0003", DiagnosticSeverity.Warning, "filings/duplicates.md", new LinePositionSpan(new LinePosition(10, 5), new LinePosition(10, 5 + title.Length)));
        Assert.Equal(new TextSpan(start, title.Length), diagnostic.Location.SourceSpan);
        Assert.Equal(
            "The risk factor 'Our network may fail.' has the same title as risk factor 2; its generated name was made unique",
            Message(diagnostic));

        // Both risk factors are still generated, under different names.
        Assert.Empty(run.CompilationDiagnostics);
        var names = run.OutputCompilation.GetTypeByMetadataName("Filings.Duplicates+RiskFactors")!.GetTypeMembers().Select(t => t.Name).ToList();
        Assert.Equal(3, names.Count);
        Assert.Equal(3, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Reading_failure_reports_one_TF0004_naming_the_file_and_keeps_the_other_filings()
    {
        var input = new GeneratorInput()
            .WithAdditionalText(new ThrowingAdditionalText(GeneratorHarness.PathOf("filings/locked.md")))
            .WithFiling("filings/emphasis-styles.md", TestFilings.EmphasisStyles);

        var run = Run(input);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "TF0004", DiagnosticSeverity.Error, "filings/locked.md", new LinePositionSpan(default, default));
        Assert.Contains("filings/locked.md", Message(diagnostic), StringComparison.Ordinal);
        Assert.Equal("Filings.EmphasisStyles.g.cs", Assert.Single(run.GeneratedSources).HintName);
    }

    [Fact]
    public void Reading_failure_does_not_crash_the_host()
    {
        // Today the driver reports CS8785 for the escaped exception (see the skipped test above); TF0004 is the aim.
        var run = Run(new GeneratorInput().WithAdditionalText(new ThrowingAdditionalText(GeneratorHarness.PathOf("filings/locked.md"))));

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id is "TF0004" or "CS8785");
    }

    private static GeneratorRun Run(GeneratorInput input)
    {
        input.WarningsAsErrors = false;
        return GeneratorHarness.Run(input);
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static void AssertDiagnostic(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string relativePath, LinePositionSpan span)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(severity, diagnostic.DefaultSeverity);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.PathOf(relativePath), lineSpan.Path);
        Assert.Equal(span, lineSpan.Span);
    }
}
