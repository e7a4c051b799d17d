using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// What the generator reads from MSBuild: the namespace from RootNamespace or TypedFilingNamespace,
/// per-file Namespace, ClassName, Company and TypedFiling metadata, which additional files are filings,
/// the project folder for display paths, and one unique hint name per filing.
/// </summary>
public class ConfigurationTests
{
    private const string Filing = """
        **D. Risk Factors.**

        ***We may lose customers.***

        Customers leave.
        """;

    [Fact]
    public void Namespace_defaults_to_Filings_without_a_root_namespace()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/iij-20f-2010.md", Filing));

        AssertGenerated(run, "Filings", "Iij20F2010");
    }

    [Fact]
    public void Namespace_is_the_root_namespace_dot_Filings()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithProperty("RootNamespace", "MyApp")
            .WithFiling("filings/iij-20f-2010.md", Filing));

        AssertGenerated(run, "MyApp.Filings", "Iij20F2010");
    }

    [Fact]
    public void Blank_root_namespace_counts_as_none()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithProperty("RootNamespace", "  ")
            .WithFiling("filings/iij-20f-2010.md", Filing));

        AssertGenerated(run, "Filings", "Iij20F2010");
    }

    [Fact]
    public void TypedFilingNamespace_overrides_the_root_namespace()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithProperty("RootNamespace", "MyApp")
            .WithProperty("TypedFilingNamespace", "Corp.Disclosures")
            .WithFiling("filings/iij-20f-2010.md", Filing));

        AssertGenerated(run, "Corp.Disclosures", "Iij20F2010");
    }

    [Fact]
    public void Per_file_namespace_and_class_name_override_the_defaults()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithProperty("RootNamespace", "MyApp")
            .WithProperty("TypedFilingNamespace", "Corp.Disclosures")
            .WithFiling("filings/iij-20f-2010.md", Filing, ("Namespace", "Compliance.Sec"), ("ClassName", "Iij2010"))
            .WithFiling("filings/other.md", Filing, ("ClassName", " Other2010 ")));

        Assert.Empty(run.AllDiagnostics);
        Assert.Equal(
            new[] { "Compliance.Sec.Iij2010.g.cs", "Corp.Disclosures.Other2010.g.cs" },
            run.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Compliance.Sec.Iij2010"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Corp.Disclosures.Other2010"));
        Assert.Equal("Iij2010", run.ReadFiling("Compliance.Sec.Iij2010").Name);
    }

    [Fact]
    public void Company_metadata_names_the_filer()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling("filings/iij-20f-2010.md", "Annual report on Form 20-F.\n\n" + Filing, ("Company", "Internet Initiative Japan Inc.")));

        Assert.Empty(run.AllDiagnostics);
        var source = run.SingleSource();
        var filing = run.ReadFiling("Filings.Iij20F2010");
        Assert.Equal(("Internet Initiative Japan Inc.", "20-F"), (filing.Company, filing.Form));
        Assert.Contains("/// <summary>Risk factors of Internet Initiative Japan Inc.'s filing on Form 20-F (filings/iij-20f-2010.md): 1 risk factors.</summary>", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData("no")]
    public void TypedFiling_metadata_other_than_true_excludes_a_markdown_file(string value)
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling("docs/README.md", Filing, ("TypedFiling", value))
            .WithFiling("filings/iij-20f-2010.md", Filing));

        Assert.Empty(run.AllDiagnostics);
        Assert.Equal("Filings.Iij20F2010.g.cs", Assert.Single(run.GeneratedSources).HintName);
    }

    [Fact]
    public void Text_file_marked_TypedFiling_true_is_a_filing()
    {
        const string plainText = "Item 3.D. Risk Factors\n\nWe may lose customers.\n\nCustomers leave when prices rise.\n\nPrices may fall.\n\nCompetitors cut their prices every year.\n";
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/annual-report.txt", plainText, ("TypedFiling", "true")));

        AssertGenerated(run, "Filings", "AnnualReport");
        Assert.Equal("filings/annual-report.txt", run.ReadFiling("Filings.AnnualReport").SourcePath);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("appsettings.json")]
    [InlineData("filings/annual-report.txt")]
    public void Additional_file_that_is_not_markdown_is_ignored_without_metadata(string path)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling(path, Filing));

        Assert.Empty(run.GeneratedSources);
        Assert.Empty(run.AllDiagnostics);
    }

    [Theory]
    [InlineData("filings/report.md")]
    [InlineData("filings/report.MD")]
    [InlineData("filings/report.markdown")]
    public void Markdown_files_are_filings_by_their_extension(string path)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling(path, Filing));

        AssertGenerated(run, "Filings", "Report");
    }

    [Fact]
    public void Source_path_is_relative_to_the_project_folder_with_forward_slashes()
    {
        var input = new GeneratorInput()
            .WithProperty("ProjectDir", @"C:\repo\app\")
            .WithAdditionalText(new InMemoryAdditionalText(@"C:\repo\app\filings\iij-20f-2010.md", Filing))
            .WithAdditionalText(new InMemoryAdditionalText(@"D:\elsewhere\other.md", Filing));

        var run = GeneratorHarness.Run(input);

        Assert.Empty(run.AllDiagnostics);
        Assert.Equal("filings/iij-20f-2010.md", run.ReadFiling("Filings.Iij20F2010").SourcePath);
        Assert.Equal("other.md", run.ReadFiling("Filings.Other").SourcePath);
    }

    [Fact]
    public void Source_path_is_the_file_name_without_a_project_folder()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithoutProperty("ProjectDir")
            .WithFiling("filings/iij-20f-2010.md", Filing));

        Assert.Equal("iij-20f-2010.md", run.ReadFiling("Filings.Iij20F2010").SourcePath);
    }

    [Fact]
    public void Hint_names_are_unique_per_filing()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling(TestFilings.SeedPath, TestFilings.Seed())
            .WithFiling("filings/emphasis-styles.md", TestFilings.EmphasisStyles)
            .WithFiling("filings/categories.md", TestFilings.CategoriesAndIntroduction)
            .WithFiling("filings/hostile.md", TestFilings.Hostile)
            .WithFiling("filings/iij-20f-2010-copy.md", TestFilings.Seed(), ("Namespace", "Archive")));

        Assert.Empty(run.AllDiagnostics);
        var hintNames = run.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(
            new[]
            {
                "Archive.Iij20F2010Copy.g.cs",
                "Filings.Categories.g.cs",
                "Filings.EmphasisStyles.g.cs",
                "Filings.Hostile.g.cs",
                "Filings.Iij20F2010.g.cs",
            },
            hintNames.OrderBy(h => h, StringComparer.Ordinal));
        Assert.All(hintNames, h => Assert.DoesNotContain(h, c => System.IO.Path.GetInvalidFileNameChars().Contains(c) || c == '/' || c == '\\'));
    }

    [Fact]
    public void Filings_with_the_same_file_name_in_different_folders_do_not_crash_the_generator()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling("filings/2009/report.md", Filing)
            .WithFiling("filings/2010/report.md", Filing)
            .WithFiling("filings/emphasis-styles.md", TestFilings.EmphasisStyles));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.Contains(run.GeneratedSources, s => s.HintName == "Filings.EmphasisStyles.g.cs");
        var hintNames = run.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(hintNames.Count, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static void AssertGenerated(GeneratorRun run, string @namespace, string className)
    {
        Assert.True(run.AllDiagnostics.IsEmpty, GeneratorHarness.Describe(run.AllDiagnostics));
        Assert.Equal(@namespace + "." + className + ".g.cs", Assert.Single(run.GeneratedSources).HintName);
        Assert.Contains("namespace " + @namespace + "\n", run.SingleSource(), StringComparison.Ordinal);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName(@namespace + "." + className));
    }
}
