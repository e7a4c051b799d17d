using System.Globalization;
using System.Linq;
using System.Text;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>The generated source of the seed and of small hand-written filings, against verified snapshots.</summary>
public class SnapshotTests
{
    [Fact]
    public void Seed() =>
        Snapshot.Verify(GeneratorHarness.Run(new GeneratorInput().WithFiling(TestFilings.SeedPath, TestFilings.Seed())));

    [Fact]
    public void EmphasisStyles() =>
        Snapshot.Verify(GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/emphasis-styles.md", TestFilings.EmphasisStyles)));

    [Fact]
    public void CategoriesAndIntroduction() =>
        Snapshot.Verify(GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/categories.md", TestFilings.CategoriesAndIntroduction)));

    [Fact]
    public void Hostile() =>
        Snapshot.Verify(GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/hostile.md", TestFilings.Hostile)));

    [Fact]
    public void DuplicateTitles() =>
        Snapshot.Verify(GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/duplicates.md", """
            **D. Risk Factors.**

            ***Our network may fail.***

            Networks fail.

            ***Our network may fail.***

            They fail again.

            ***Our network may fail.***

            And again.
            """)));

    [Fact]
    public void Output_is_byte_identical_across_runs_and_cultures()
    {
        var first = GenerateAll();
        string[] second;
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // Turkish casing and Arabic digits would show any culture-sensitive formatting or casing.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-SA");
            second = GenerateAll();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        Assert.Equal(first.Length, second.Length);
        for (var i = 0; i < first.Length; i++)
        {
            Assert.True(Encoding.UTF8.GetBytes(first[i]).SequenceEqual(Encoding.UTF8.GetBytes(second[i])), "Run 2 differs:\n" + Snapshot.Diff(first[i], second[i]));
        }
    }

    private static string[] GenerateAll()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling(TestFilings.SeedPath, TestFilings.Seed())
            .WithFiling("filings/emphasis-styles.md", TestFilings.EmphasisStyles)
            .WithFiling("filings/categories.md", TestFilings.CategoriesAndIntroduction)
            .WithFiling("filings/hostile.md", TestFilings.Hostile));
        Assert.Equal(4, run.GeneratedSources.Length);
        return run.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText.ToString()).ToArray();
    }
}
