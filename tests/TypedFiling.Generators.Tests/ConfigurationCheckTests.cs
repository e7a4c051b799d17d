using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedFiling.Generators.Pipeline;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// Bad configuration gets a located diagnostic with its own id, never a crash: invalid namespaces and
/// class names, unknown currencies, two filings mapped to one class. And the catalog lists what is generated.
/// </summary>
public class ConfigurationCheckTests
{
    private const string Filing = """
        ***We may lose customers.***

        As of March 31, 2010, we had ¥5.5 billion of deposits.
        """;

    [Theory]
    [InlineData("My App")]
    [InlineData("MyApp.class")]
    [InlineData("MyApp..Filings")]
    [InlineData("1Corp")]
    public void An_invalid_namespace_reports_TF0005_and_generates_nothing_for_the_filing(string @namespace)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/report.md", Filing, ("Namespace", @namespace)));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.PathOf("filings/report.md"), diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'" + @namespace + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.AllGeneratedSources);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("Two Words")]
    [InlineData("9Lives")]
    [InlineData("Dotted.Name")]
    public void An_invalid_class_name_reports_TF0006_and_generates_nothing_for_the_filing(string className)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/report.md", Filing, ("ClassName", className)));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0006", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(run.AllGeneratedSources);
    }

    [Theory]
    [InlineData("yen")]
    [InlineData("JP")]
    [InlineData("XYZ")]
    public void An_unknown_currency_reports_TF0007_and_keeps_the_defaults(string currency)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/report.md", Filing, ("Currency", currency)));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0007", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.All(Amounts(run), money => Assert.Equal("JPY", money.Currency));
    }

    [Fact]
    public void An_unknown_format_reports_TF0009_and_lets_the_extension_decide()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/report.md", Filing, ("Format", "pdf")));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains("LoseCustomers", run.Source("Filings.Report.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_format_metadata_overrides_the_extension()
    {
        const string html = "<p><b><i>We may lose customers.</i></b></p><p>As of March 31, 2010, we had &yen;5.5 billion of deposits.</p>";
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/report.dat", html, ("TypedFiling", "true"), ("Format", "Html")));

        Assert.Empty(run.AllDiagnostics);
        Assert.Contains("public const string Title = \"We may lose customers.\";", run.Source("Filings.Report.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_currency_says_what_the_yen_sign_means()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/report.md", Filing, ("Currency", "CNY")));

        Assert.Empty(run.AllDiagnostics);
        Assert.All(Amounts(run), money => Assert.Equal("CNY", money.Currency));
    }

    /// <summary>The generated filing's amounts, at least one.</summary>
    private static System.Collections.Generic.List<Money> Amounts(GeneratorRun run)
    {
        var amounts = run.ReadFiling("Filings.Report").RiskFactors.SelectMany(r => r.Figures).OfType<Money>().ToList();
        Assert.NotEmpty(amounts);
        return amounts;
    }

    [Fact]
    public void Two_filings_mapped_to_one_class_report_TF0008_on_the_later_path_and_keep_the_first()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling("filings/b.md", Filing, ("ClassName", "Report"))
            .WithFiling("filings/a.md", Filing, ("ClassName", "Report")));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0008", diagnostic.Id);
        Assert.Equal(GeneratorHarness.PathOf("filings/b.md"), diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("filings/a.md", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var source = Assert.Single(run.GeneratedSources);
        Assert.Equal("filings/a.md", run.ReadFiling("Filings.Report").SourcePath);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Class_names_differing_only_in_case_clash_as_their_file_names_would()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling("filings/a.md", Filing, ("ClassName", "Report"))
            .WithFiling("filings/b.md", Filing, ("ClassName", "REPORT")));

        Assert.Equal("TF0008", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Single(run.GeneratedSources);
    }

    [Fact]
    public void A_filing_whose_source_could_not_be_written_is_TF0004_and_left_out_of_the_catalog()
    {
        // A model no parser makes (its concept's current fact is past its facts): writing its source throws.
        var good = TypedFiling.Parsing.FilingParser.Parse(Filing, TypedFiling.Parsing.FilingOptions.ForPath("filings/good.md")).Model;
        var broken = good with
        {
            ClassName = "Broken",
            FilePath = "/project/filings/broken.md",
            Facts = new TypedFiling.Parsing.Model.EquatableArray<TypedFiling.Parsing.Model.FactModel>(new[]
            {
                new TypedFiling.Parsing.Model.FactModel("us-gaap:Revenues", "1", 1m, null, "iso4217:USD", null, 0, false, false, null, null, null, default, "c-1", null, default),
            }),
            Concepts = new TypedFiling.Parsing.Model.EquatableArray<TypedFiling.Parsing.Model.ConceptModel>(new[] { new TypedFiling.Parsing.Model.ConceptModel("us-gaap:Revenues", "UsGaap", "Revenues", 7) }),
        };

        var failed = GeneratedFiling.Create(broken, TypedFiling.Emit.EmitOptions.Default, default);
        Assert.Null(failed.Source);
        Assert.Equal("TF0004", Assert.Single(failed.Diagnostics).Diagnostic.Id);
        Assert.NotNull(GeneratedFiling.Create(good, TypedFiling.Emit.EmitOptions.Default, default).Source);

        var identities = System.Collections.Immutable.ImmutableArray.Create<Configuration.FilingIdentity?>(
            new Configuration.FilingIdentity(good.Namespace, good.ClassName, good.SourcePath, good.FilePath),
            new Configuration.FilingIdentity(broken.Namespace, broken.ClassName, "filings/broken.md", broken.FilePath));
        var set = Configuration.FilingSet.Create(identities, "MyApp").Without(System.Collections.Immutable.ImmutableArray.Create<string?>(broken.FilePath));
        var catalog = Catalog.CatalogEmitter.Emit(set);
        Assert.Contains("Filings.Good.Filing,", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", catalog, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_lists_every_generated_filing_in_path_order()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithProperty("RootNamespace", "MyApp")
            .WithFiling("filings/zeta.md", Filing)
            .WithFiling("filings/alpha.md", Filing, ("Namespace", "Other.Place")));

        Assert.Empty(run.AllDiagnostics);
        var catalog = run.AllGeneratedSources.Single(s => s.HintName == GeneratorRun.CatalogHintName).SourceText.ToString();
        Assert.Contains("namespace MyApp.Filings", catalog, StringComparison.Ordinal);
        var alpha = catalog.IndexOf("global::Other.Place.Alpha.Filing,", StringComparison.Ordinal);
        var zeta = catalog.IndexOf("global::MyApp.Filings.Zeta.Filing,", StringComparison.Ordinal);
        Assert.True(alpha > 0 && zeta > alpha, catalog);
    }

    [Fact]
    public void A_filing_named_like_the_catalog_does_not_take_its_name()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/filing-catalog.md", Filing));

        Assert.Equal("TF0008", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
