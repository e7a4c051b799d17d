using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Parsing.Shape;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>
/// The generated code has exactly the shape <see cref="GeneratedShape"/> describes, and no file name or risk factor
/// title makes a class share its name with one of its members (CS0542), on every tested language version.
/// </summary>
public class GeneratedShapeTests
{
    /// <summary>Risk factors titled like every member the emitter writes, and like the classes around them.</summary>
    private const string MemberTitles = """
        ***Filing***

        A risk factor titled like the Filing property.

        ***Risk Factors***

        A risk factor titled like the RiskFactors class.

        ***All***

        A risk factor titled like the All list.

        ***Figures***

        A risk factor titled like the Figures class, with $5 million in it.

        ***Title***

        A risk factor titled like the Title constant.

        ***Text***

        A risk factor titled like the Text constant.

        ***Info***

        A risk factor titled like the Info property.

        ***Id***

        A risk factor titled like the Id constant.

        ***Number***

        A risk factor titled like the Number constant.
        """;

    public static TheoryData<string> FileNames() => new()
    {
        "filing.md", "risk-factors.md", "all.md", "figures.md", "info.md", "title.md", "filings.md", "risk-factor.md",
        "typed-filing.md", "system.md", "Filing.markdown", "RISK_FACTORS.htm",
    };

    [Theory]
    [MemberData(nameof(FileNames))]
    public void A_filing_named_after_a_generated_member_compiles_on_every_language_version(string fileName)
    {
        var text = fileName.EndsWith(".htm", StringComparison.Ordinal) ? "<p><b><i>Our network may fail.</i></b></p><p>It carries all traffic.</p>" : MemberTitles;
        var input = new GeneratorInput().WithFiling("filings/" + fileName, text);

        foreach (var (version, run) in GeneratorHarness.RunWithEachLanguageVersion(input))
        {
            Assert.True(run.AllDiagnostics.IsEmpty, version + ":\n" + GeneratorHarness.Describe(run.AllDiagnostics));
            Assert.Single(run.GeneratedSources);
        }
    }

    [Theory]
    [InlineData("filing.md", "FilingFiling")]
    [InlineData("risk-factors.md", "RiskFactorsFiling")]
    [InlineData("all.md", "All")]
    [InlineData("figures.md", "Figures")]
    public void The_class_of_a_filing_named_after_a_member_is_renamed_by_the_shape(string fileName, string className)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/" + fileName, MemberTitles));

        Assert.Equal(GeneratedShape.HintName("Filings", className), run.GeneratedSources.Single().HintName);
    }

    [Theory]
    [InlineData("Filing")]
    [InlineData("RiskFactors")]
    public void A_ClassName_that_is_a_generated_member_is_TF0017(string className)
    {
        var input = new GeneratorInput { WarningsAsErrors = false }.WithFiling("filings/x.md", MemberTitles, ("ClassName", className));
        var run = GeneratorHarness.Run(input);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TF0017", diagnostic.Id);
        Assert.Contains("'" + className + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void The_generated_members_are_exactly_the_shapes_names_in_every_scope()
    {
        var input = new GeneratorInput()
            .WithFiling(TestFilings.SeedPath, TestFilings.Seed())
            .WithFiling("filings/filing.md", MemberTitles);
        var run = GeneratorHarness.Run(input);
        Assert.True(run.AllDiagnostics.IsEmpty, GeneratorHarness.Describe(run.AllDiagnostics));
        using var assembly = new GeneratedAssembly(run);

        var checkedFigures = 0;
        foreach (var filingClass in new[] { "Filings.Iij20F2010", "Filings.FilingFiling" })
        {
            var type = assembly.Type(filingClass);
            Assert.Equal(Sorted(GeneratedShape.FilingMembers), Members(type));

            var riskFactors = type.GetNestedType(GeneratedShape.RiskFactorsClass)!;
            var riskFactorClasses = riskFactors.GetNestedTypes().Select(t => t.Name).ToList();
            Assert.Equal(Sorted(GeneratedShape.RiskFactorsMembers.Concat(riskFactorClasses)), Members(riskFactors));

            foreach (var riskFactor in riskFactors.GetNestedTypes())
            {
                Assert.Equal(Sorted(GeneratedShape.RiskFactorMembers), Members(riskFactor));
                var figures = riskFactor.GetNestedType(GeneratedShape.FiguresClass)!;
                var figureFields = figures.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).Where(n => !GeneratedShape.FiguresMembers.Contains(n)).ToList();
                checkedFigures += figureFields.Count;
                Assert.Equal(Sorted(GeneratedShape.FiguresMembers.Concat(figureFields)), Members(figures));
            }
        }

        Assert.True(checkedFigures > 10, checkedFigures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var catalog = assembly.Type("Filings." + GeneratedShape.CatalogClass);
        Assert.Equal(new[] { GeneratedShape.AllProperty }, Members(catalog));
        Assert.Contains(run.AllGeneratedSources, s => s.HintName == GeneratedShape.CatalogHintName);
    }

    [Fact]
    public void The_facts_class_holds_a_class_per_prefix_and_a_member_per_concept()
    {
        var sample = System.IO.File.ReadAllText(TypedFiling.Tests.Shared.RepositoryPaths.Data("xbrl", "sample-10k.htm"));
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/sample-10k.htm", sample));
        using var assembly = new GeneratedAssembly(run);

        var type = assembly.Type("Filings.Sample10K");
        Assert.Equal(Sorted(GeneratedShape.FilingMembers.Append(GeneratedShape.FactsClass)), Members(type));
        var facts = type.GetNestedType(GeneratedShape.FactsClass, BindingFlags.Public)!;
        var groups = facts.GetNestedTypes().Select(t => t.Name).ToList();
        Assert.Equal(new[] { "Dei", "UsGaap" }, Sorted(groups));
        Assert.Equal(Sorted(GeneratedShape.FactsMembers.Concat(groups)), Members(facts));
        var concepts = facts.GetNestedTypes().SelectMany(group => group.GetFields(BindingFlags.Public | BindingFlags.Static)).ToList();
        Assert.All(concepts, concept => Assert.Equal(typeof(Concept), concept.FieldType));
        Assert.All(concepts, concept => Assert.True(concept.IsInitOnly));
        Assert.Equal(run.ReadFiling("Filings.Sample10K").Concepts.Count, concepts.Count);
    }

    /// <summary>The names a type declares: properties, fields, nested types (accessors and compiler-made members aside).</summary>
    private static List<string> Members(Type type) => Sorted(
        type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m is PropertyInfo or FieldInfo or Type or EventInfo || (m is MethodInfo method && !method.IsSpecialName))
            .Where(m => !m.Name.Contains('<', StringComparison.Ordinal))
            .Select(m => m.Name));

    private static List<string> Sorted(IEnumerable<string> names) => names.OrderBy(n => n, StringComparer.Ordinal).ToList();
}
