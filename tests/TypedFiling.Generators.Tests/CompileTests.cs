using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// Generated code compiles with no diagnostic at all: nullable on, every warning level, warnings as
/// errors, documentation comments diagnosed (CS1570, CS1587, CS1591), on C# 7.3 to latest; and user code
/// that names a risk factor compiles while code naming a missing one does not.
/// </summary>
public class CompileTests
{
    public static TheoryData<string, LanguageVersion> FilingsAndLanguageVersions()
    {
        var data = new TheoryData<string, LanguageVersion>();
        foreach (var filing in FilingsByName.Keys)
        {
            foreach (var version in GeneratorHarness.LanguageVersions)
            {
                data.Add(filing, version);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, Func<string>> FilingsByName = new(StringComparer.Ordinal)
    {
        ["seed"] = TestFilings.Seed,
        ["emphasis-styles"] = () => TestFilings.EmphasisStyles,
        ["categories"] = () => TestFilings.CategoriesAndIntroduction,
        ["hostile"] = () => TestFilings.Hostile,
    };

    [Fact]
    public void Seed_compiles_with_no_diagnostics()
    {
        var run = GeneratorHarness.Run(SeedInput());

        Assert.Single(run.GeneratedSources);
        AssertNoDiagnostics(run);
        Assert.True(run.OutputCompilation.SyntaxTrees.All(t => t.Options.DocumentationMode == DocumentationMode.Diagnose));
    }

    [Fact]
    public void Hostile_filing_compiles_with_no_diagnostics_and_keeps_its_titles_verbatim()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/hostile.md", TestFilings.Hostile));

        AssertNoDiagnostics(run);
        var titles = ConstantsOf(run.OutputCompilation, "Filings.Hostile", "Title");
        Assert.Equal(
            new[]
            {
                "Comments end here */ and start again /* in a title",
                "Quotes \" and triple quotes \"\"\" in a title",
                "Backslashes \\ and C:\\Temp\\new and an escaped \\ in a title",
                "Braces { and } and {0} and {{ in a title",
                "Doc comment breakers </summary> and </remarks> and <!-- in a title",
                "#if DEBUG",
                "@",
                "class",
                "1234567890",
                "Bidirectional " + TestFilings.RightToLeftOverride + "override and zero" + TestFilings.ZeroWidthSpace + "width characters",
            },
            titles);
    }

    [Theory]
    [MemberData(nameof(FilingsAndLanguageVersions))]
    public void Generated_code_compiles_with_each_language_version(string filing, LanguageVersion version)
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling("filings/" + filing + ".md", FilingsByName[filing]())
            .WithLanguageVersion(version));

        Assert.Single(run.GeneratedSources);
        Assert.All(run.OutputCompilation.SyntaxTrees, tree => Assert.Equal(version.MapSpecifiedToEffectiveVersion(), ((CSharpParseOptions)tree.Options).LanguageVersion));
        AssertNoDiagnostics(run);
    }

    [Fact]
    public void Every_language_version_helper_run_compiles()
    {
        var runs = GeneratorHarness.RunWithEachLanguageVersion(SeedInput());

        Assert.Equal(GeneratorHarness.LanguageVersions.Length, runs.Count);
        Assert.All(runs, r => AssertNoDiagnostics(r.Run));
    }

    [Fact]
    public void Consumer_code_referencing_a_risk_factor_compiles()
    {
        var run = GeneratorHarness.Run(SeedInput().WithSource("""
            namespace Consumer
            {
                internal static class Controls
                {
                    internal const string CompetitionTitle = Filings.Iij20F2010.RiskFactors.CompeteEffectively.Title;
                    internal const string CompetitionId = Filings.Iij20F2010.RiskFactors.CompeteEffectively.Id;
                    internal const int CompetitionNumber = Filings.Iij20F2010.RiskFactors.CompeteEffectively.Number;
                }
            }
            """));

        AssertNoDiagnostics(run);
        var controls = run.OutputCompilation.GetTypeByMetadataName("Consumer.Controls")!;
        Assert.Equal(
            "We may not be able to compete effectively, especially against competitors with greater financial, marketing and other resources.",
            controls.GetMembers("CompetitionTitle").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal("compete-effectively", controls.GetMembers("CompetitionId").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal(2, controls.GetMembers("CompetitionNumber").OfType<IFieldSymbol>().Single().ConstantValue);
    }

    [Fact]
    public void Consumer_code_referencing_a_removed_risk_factor_fails_with_CS0117()
    {
        var run = GeneratorHarness.Run(SeedInput().WithSource("""
            namespace Consumer
            {
                internal static class Controls
                {
                    internal const string Missing = Filings.Iij20F2010.RiskFactors.NoSuchRisk.Title;
                }
            }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        var error = Assert.Single(run.CompilationDiagnostics);
        Assert.Equal("CS0117", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("NoSuchRisk", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("Source0.cs", error.Location.SourceTree!.FilePath);
    }

    [Fact]
    public void Risk_factors_named_like_the_generated_scaffolding_or_namespaces_compile()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/reserved.md", """
            **D. Risk Factors.**

            ***Filing***

            A risk factor whose name is that of the Filing property.

            ***RiskFactors***

            A risk factor whose name is that of the RiskFactors class.

            ***All***

            A risk factor whose name is that of the All property.

            ***System***

            A risk factor whose name is that of the System namespace.

            ***TypedFiling***

            A risk factor whose name is that of the runtime's namespace.

            ***Reserved***

            A risk factor whose name is that of the filing's class.
            """));

        AssertNoDiagnostics(run);
        var names = NestedTypeNames(run.OutputCompilation, "Filings.Reserved");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Risk_factors_named_like_their_own_members_compile()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/members.md", """
            **D. Risk Factors.**

            ***Title***

            A risk factor named like the Title constant.

            ***Text***

            A risk factor named like the Text constant.

            ***Info***

            A risk factor named like the Info property.

            ***Id***

            A risk factor named like the Id constant.

            ***Number***

            A risk factor named like the Number constant.
            """));

        AssertNoDiagnostics(run);
    }

    [Fact]
    public void Generated_code_runs_and_builds_the_runtime_model()
    {
        var run = GeneratorHarness.Run(SeedInput());
        AssertNoDiagnostics(run);

        using var stream = new MemoryStream();
        var emit = run.OutputCompilation.Emit(stream);
        Assert.True(emit.Success, GeneratorHarness.Describe(emit.Diagnostics));
        stream.Position = 0;

        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var filing = (Filing)assembly.GetType("Filings.Iij20F2010", throwOnError: true)!
                .GetProperty("Filing", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

            Assert.Equal("Iij20F2010", filing.Name);
            Assert.Equal("filings/iij-20f-2010.md", filing.SourcePath);
            Assert.Equal("20-F", filing.Form);
            Assert.Equal(18, filing.RiskFactors.Count);
            Assert.Equal(Enumerable.Range(1, 18), filing.RiskFactors.Select(r => r.Number));
            var competition = filing.FindRiskFactor("compete-effectively");
            Assert.NotNull(competition);
            Assert.Equal("CompeteEffectively", competition.Name);
            Assert.Equal(2, competition.Number);
            Assert.Equal(38, competition.Location.Line);
        }
        finally
        {
            context.Unload();
        }
    }

    internal static void AssertNoDiagnostics(GeneratorRun run) =>
        Assert.True(run.AllDiagnostics.IsEmpty, "Expected no diagnostics, got:\n" + GeneratorHarness.Describe(run.AllDiagnostics));

    private static GeneratorInput SeedInput() => new GeneratorInput().WithFiling(TestFilings.SeedPath, TestFilings.Seed());

    private static List<string> NestedTypeNames(Compilation compilation, string filingClass) =>
        compilation.GetTypeByMetadataName(filingClass + "+RiskFactors")!.GetTypeMembers().Select(t => t.Name).ToList();

    /// <summary>The constant <paramref name="member"/> of each risk factor class, in declaration order.</summary>
    internal static List<string> ConstantsOf(Compilation compilation, string filingClass, string member)
    {
        var riskFactors = compilation.GetTypeByMetadataName(filingClass + "+RiskFactors");
        Assert.NotNull(riskFactors);
        return riskFactors.GetTypeMembers()
            .OrderBy(t => t.Locations[0].SourceSpan.Start)
            .Select(t => (string)t.GetMembers(member).OfType<IFieldSymbol>().Single().ConstantValue!)
            .ToList();
    }
}
