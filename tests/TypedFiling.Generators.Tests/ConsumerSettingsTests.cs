using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// What a consuming project chooses: its C# version (nothing newer is written), the accessibility of the
/// generated classes (Visibility, TypedFilingVisibility) and whether the bodies are compiled in
/// (IncludeText, TypedFilingIncludeText); a value that is neither is TF0016, located in the filing.
/// </summary>
public class ConsumerSettingsTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, false)]
    [InlineData(LanguageVersion.CSharp8, true)]
    [InlineData(LanguageVersion.Latest, true)]
    public void The_nullable_directive_is_written_from_CSharp_8_on(LanguageVersion version, bool expected)
    {
        var run = GeneratorHarness.Run(SeedInput().WithLanguageVersion(version));

        CompileTests.AssertNoDiagnostics(run);
        Assert.All(run.AllGeneratedSources, source => Assert.Equal(expected, source.SourceText.ToString().Contains("#nullable", StringComparison.Ordinal)));
    }

    [Fact]
    public void Below_CSharp_10_line_directives_are_the_classic_form()
    {
        var run = GeneratorHarness.Run(SeedInput().WithLanguageVersion(LanguageVersion.CSharp7_3));

        var source = run.SingleSource();
        Assert.Contains("#line 15 \"/project/filings/iij-20f-2010.md\"", source, StringComparison.Ordinal);
        Assert.DoesNotContain("#line (", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Classes_are_public_by_default()
    {
        var run = GeneratorHarness.Run(SeedInput());

        Assert.Equal(Accessibility.Public, FilingClass(run).DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, Catalog(run).DeclaredAccessibility);
    }

    [Theory]
    [InlineData("internal")]
    [InlineData(" Internal ")]
    public void Visibility_internal_makes_the_filing_and_the_catalog_internal(string value)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling(TestFilings.SeedPath, TestFilings.Seed(), ("Visibility", value)));

        CompileTests.AssertNoDiagnostics(run);
        Assert.Equal(Accessibility.Internal, FilingClass(run).DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, Catalog(run).DeclaredAccessibility);
    }

    [Fact]
    public void The_project_property_sets_the_default_and_item_metadata_overrides_it()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithProperty("TypedFilingVisibility", "internal")
            .WithFiling("filings/hidden.md", Filing)
            .WithFiling("filings/shown.md", Filing, ("Visibility", "public")));

        CompileTests.AssertNoDiagnostics(run);
        Assert.Equal(Accessibility.Internal, run.OutputCompilation.GetTypeByMetadataName("Filings.Hidden")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, run.OutputCompilation.GetTypeByMetadataName("Filings.Shown")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, Catalog(run).DeclaredAccessibility);
    }

    [Fact]
    public void IncludeText_false_leaves_out_the_bodies_and_keeps_everything_else()
    {
        var full = GeneratorHarness.Run(SeedInput());
        var lean = GeneratorHarness.Run(new GeneratorInput().WithFiling(TestFilings.SeedPath, TestFilings.Seed(), ("IncludeText", "false")));

        CompileTests.AssertNoDiagnostics(lean);
        var source = lean.SingleSource();
        Assert.DoesNotContain(" Text = ", source, StringComparison.Ordinal);
        Assert.All(lean.ReadFiling("Filings.Iij20F2010").RiskFactors, riskFactor => Assert.Empty(riskFactor.Text));

        // The bodies are in the table alone, packed: leaving them out takes at least a quarter of their characters off (a third, packed).
        var bodies = full.ReadFiling("Filings.Iij20F2010").RiskFactors.Sum(riskFactor => riskFactor.Text.Length);
        Assert.True(full.SingleSource().Length - source.Length >= bodies / 4, "the source shrinks by at least a quarter of the bodies' " + bodies + " characters: " + source.Length + " of " + full.SingleSource().Length);

        var competition = lean.OutputCompilation.GetTypeByMetadataName("Filings.Iij20F2010+RiskFactors+CompeteEffectively")!;
        Assert.Equal(new[] { "Id", "Number", "Title" }, competition.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name));
        Assert.Equal(
            FigureNames(full, "Filings.Iij20F2010+RiskFactors+CompeteEffectively+Figures"),
            FigureNames(lean, "Filings.Iij20F2010+RiskFactors+CompeteEffectively+Figures"));
    }

    [Fact]
    public void TypedFilingIncludeText_false_applies_to_every_filing()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithProperty("TypedFilingIncludeText", "False").WithFiling("filings/one.md", Filing));

        CompileTests.AssertNoDiagnostics(run);
        Assert.DoesNotContain("Customers leave.", run.SingleSource(), StringComparison.Ordinal);
        Assert.All(run.ReadFiling("Filings.One").RiskFactors, riskFactor => Assert.Empty(riskFactor.Text));
    }

    [Theory]
    [InlineData("Visibility", "protected", "The Visibility 'protected' configured for 'filings/one.md' is not valid: use public or internal; the default, public, is used")]
    [InlineData("IncludeText", "no", "The IncludeText 'no' configured for 'filings/one.md' is not valid: use true or false; the default, true, is used")]
    public void An_invalid_value_is_TF0016_at_the_start_of_the_filing_and_the_default_is_used(string metadata, string value, string message)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/one.md", Filing, (metadata, value)));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0016", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GeneratorHarness.PathOf("filings/one.md"), diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePositionSpan(default, default), diagnostic.Location.GetLineSpan().Span);
        Assert.Equal(Accessibility.Public, run.OutputCompilation.GetTypeByMetadataName("Filings.One")!.DeclaredAccessibility);
        Assert.Contains("Customers leave.", run.SingleSource(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_invalid_project_property_names_the_property()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithProperty("TypedFilingVisibility", "private").WithFiling("filings/one.md", Filing));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0016", diagnostic.Id);
        Assert.StartsWith("The TypedFilingVisibility 'private' configured for 'filings/one.md'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("filings/filing.md")]
    [InlineData("filings/risk-factors.md")]
    [InlineData("filings/all.md")]
    [InlineData("filings/figures.md")]
    public void A_filing_named_like_a_generated_member_compiles_on_every_language_version(string path)
    {
        foreach (var (version, run) in GeneratorHarness.RunWithEachLanguageVersion(new GeneratorInput().WithFiling(path, TestFilings.Seed())))
        {
            Assert.True(run.AllDiagnostics.IsEmpty, version + ":\n" + GeneratorHarness.Describe(run.AllDiagnostics));
            Assert.Single(run.GeneratedSources);
        }
    }

    private const string Filing = """
        **D. Risk Factors.**

        ***We may lose customers.***

        Customers leave.
        """;

    private static GeneratorInput SeedInput() => new GeneratorInput().WithFiling(TestFilings.SeedPath, TestFilings.Seed());

    private static INamedTypeSymbol FilingClass(GeneratorRun run) => run.OutputCompilation.GetTypeByMetadataName("Filings.Iij20F2010")!;

    private static INamedTypeSymbol Catalog(GeneratorRun run) => run.OutputCompilation.GetTypeByMetadataName("Filings.FilingCatalog")!;

    private static string[] FigureNames(GeneratorRun run, string type) =>
        run.OutputCompilation.GetTypeByMetadataName(type)!.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).ToArray();
}
