using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Locking;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// A filing's lock file (FILE.lock.json) reaches the generator as an additional file: locked names and ids are
/// kept across years, a removed risk factor's class is obsolete as an error, and one lock re-parses one filing.
/// </summary>
public class LockTests
{
    /// <summary>
    /// Real year-over-year pairs: the old and new file (under filings/, or the year-pair data folder) and the
    /// names of the old year's risk factors that the new year removed, read by hand from both filings.
    /// </summary>
    public static TheoryData<string, string, string> YearPairs() => new()
    {
        // FY2025 dropped "Our indebtedness could adversely affect our financial position ..."; the other 23 are
        // in both years, five of them reworded ("Failure to estimate customer demand ..." became "Long manufacturing
        // lead times ... combined with a failure to estimate customer demand ...").
        { "filings/nvidia-10k-2024.htm", "filings/nvidia-10k-2025.htm", "PreventImplementingStrategy" },
    };

    /// <summary>The pairs of tests/Data/year-pairs/changes.tsv (hand-checked: which risk factors the later year keeps, rewords, adds, removes).</summary>
    public static TheoryData<string> HandCheckedPairs()
    {
        var data = new TheoryData<string>();
        foreach (var pair in ReadChanges().Select(c => c.Pair).Distinct(StringComparer.Ordinal))
        {
            data.Add(pair);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HandCheckedPairs))]
    public void A_hand_checked_year_pair_keeps_every_name_but_the_removed_ones_and_reports_exactly_its_rewordings_and_additions(string pair)
    {
        var changes = ReadChanges().Where(c => c.Pair == pair).ToList();
        var files = pair.Split('>');
        var oldModel = Parse(Read("tests/Data/year-pairs/" + files[0]));
        Assert.Equal(changes.Where(c => c.OldTitle.Length > 0).Select(c => c.OldTitle), oldModel.RiskFactors.Select(r => r.Title));

        var removed = changes.Where(c => c.Change == "removed").Select(c => oldModel.RiskFactors.Single(r => r.Title == c.OldTitle).Name).ToArray();
        var run = RunAgainstLock(oldModel, Read("tests/Data/year-pairs/" + files[1]));

        AssertOnlyRemovedUsesFail(run, oldModel, removed);
        var infos = run.GeneratorDiagnostics.Where(d => d.Id == DiagnosticIds.LockedRiskFactorChanged).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(
            changes.Where(c => c.Change is "reworded" or "added").Select(c => (c.Change == "added" ? "new" : "reworded") + ": " + c.NewTitle).OrderBy(t => t, StringComparer.Ordinal),
            infos.Select(m => (m.Contains("' is new since", StringComparison.Ordinal) ? "new" : "reworded") + ": " + m.Substring(17, m.IndexOf("' is ", StringComparison.Ordinal) - 17)).OrderBy(t => t, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(YearPairs))]
    public void Code_referencing_every_locked_risk_factor_builds_against_the_next_year_except_uses_of_removed_ones(string oldFile, string newFile, string removedNames)
    {
        var oldModel = Parse(Read(oldFile));
        var removed = removedNames.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = RunAgainstLock(oldModel, Read(newFile));

        AssertOnlyRemovedUsesFail(run, oldModel, removed);
    }

    /// <summary>The new year's text compiled with the old year's lock beside it, and code that uses every old risk factor's Title.</summary>
    private static GeneratorRun RunAgainstLock(FilingModel oldModel, string newText)
    {
        var filingLock = LockWriter.Lock(oldModel);
        var consumer = new StringBuilder("namespace Consumer\n{\n    internal static class Controls\n    {\n");
        foreach (var riskFactor in oldModel.RiskFactors)
        {
            consumer.Append("        internal const string Title").Append(riskFactor.Number.ToString(CultureInfo.InvariantCulture))
                .Append(" = global::Filings.Company.RiskFactors.").Append(riskFactor.Name).Append(".Title;\n");
        }

        consumer.Append("    }\n}\n");

        return GeneratorHarness.Run(new GeneratorInput()
            .WithFiling("filings/company.htm", newText)
            .WithFiling("filings/company.htm" + FilingLock.Extension, LockWriter.Write(filingLock, "company.htm"))
            .WithSource(consumer.ToString()));
    }

    /// <summary>One CS0619 per use of a removed risk factor, quoting its title; every other locked one builds and keeps its id.</summary>
    private static void AssertOnlyRemovedUsesFail(GeneratorRun run, FilingModel oldModel, string[] removed)
    {
        var errors = run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.All(e => e.Id == "CS0619"), GeneratorHarness.Describe(errors));
        Assert.Equal(removed.Length, errors.Count);
        foreach (var name in removed)
        {
            var title = oldModel.RiskFactors.Single(r => r.Name == name).Title;
            var error = Assert.Single(errors, e => e.GetMessage(CultureInfo.InvariantCulture).Contains("RiskFactors." + name + "'", StringComparison.Ordinal));
            var message = error.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("\"" + title + "\" is not in filings/company.htm any more", message, StringComparison.Ordinal);
            Assert.Contains("run typedfiling lock to accept the change", message, StringComparison.Ordinal);
        }

        Assert.Equal(removed.Length, run.GeneratorDiagnostics.Count(d => d.Id == DiagnosticIds.LockedRiskFactorRemoved));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);

        // Every locked risk factor still there keeps its id.
        var ids = Constants(run.OutputCompilation, "Id");
        foreach (var riskFactor in oldModel.RiskFactors)
        {
            Assert.Equal(riskFactor.Id, ids[riskFactor.Name]);
        }
    }

    [Fact]
    public void Removed_and_changed_risk_factors_are_reported_at_their_headings_and_obsolete_classes_are_emitted()
    {
        var year1 = "**D. Risk Factors.**\n\n***Our retail stores are subject to numerous risks.***\n\nThe stores are expensive to run and their leases are long.\n\n***Earthquakes may disrupt our data centers.***\n\nJapan has earthquakes every year.\n";
        var year2 = "**D. Risk Factors.**\n\n***Earthquakes and typhoons may disrupt our data centers.***\n\nJapan has earthquakes every year.\n\n***Pandemics may close our offices.***\n\nThey did once.\n";
        var run = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling("filings/x.md", year2)
            .WithFiling("filings/x.md.lock.json", LockWriter.Write(LockWriter.Lock(Parse(year1, "filings/x.md")), "x.md"))
            .WithSource("namespace Consumer { internal static class C { internal const string T = global::Filings.X.RiskFactors.Earthquakes.Title; } }"));

        Assert.Empty(run.CompilationDiagnostics);
        var source = run.GeneratedSources.Single(s => s.HintName == "Filings.X.g.cs").SourceText.ToString();
        Assert.Contains("[global::System.Obsolete(\"the risk factor \\\"Our retail stores are subject to numerous risks.\\\" is not in filings/x.md any more (it was number 1 when locked); run typedfiling lock to accept the change\", true)]", source, StringComparison.Ordinal);
        Assert.Contains("public static partial class RetailStoresSubjectNumerousRisks", source, StringComparison.Ordinal);

        var removed = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.LockedRiskFactorRemoved);
        Assert.Equal(DiagnosticSeverity.Warning, removed.DefaultSeverity);
        Assert.Equal(GeneratorHarness.PathOf("filings/x.md"), removed.Location.GetLineSpan().Path);
        Assert.Equal(2, removed.Location.GetLineSpan().StartLinePosition.Line);
        var changed = run.GeneratorDiagnostics.Where(d => d.Id == DiagnosticIds.LockedRiskFactorChanged).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, changed.Count);
        Assert.All(changed, d => Assert.Equal(DiagnosticSeverity.Info, d.DefaultSeverity));
        Assert.Contains("is reworded since the filing was locked; it is named Earthquakes", changed[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("is new since the filing was locked; it is named Pandemics", changed[1].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(6, changed[1].Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_lock_named_by_metadata_is_read_and_an_invalid_one_is_TF0013_at_the_lock_with_names_as_without_it()
    {
        var seed = TestFilings.Seed();
        var withoutLock = GeneratorHarness.Run(new GeneratorInput().WithFiling(TestFilings.SeedPath, seed)).SingleSource();
        var renamed = LockWriter.Write(LockWriter.Lock(Parse(seed, TestFilings.SeedPath)), "iij-20f-2010.md")
            .Replace("\"name\": \"CompeteEffectively\"", "\"name\": \"Competition\"", StringComparison.Ordinal);

        var linked = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling(TestFilings.SeedPath, seed)
            .WithFiling("locks/iij.json", renamed, ("TypedFilingLockFor", GeneratorHarness.PathOf(TestFilings.SeedPath))));
        Assert.Empty(linked.AllDiagnostics);
        Assert.Contains("public static partial class Competition", linked.SingleSource(), StringComparison.Ordinal);

        var invalid = GeneratorHarness.Run(new GeneratorInput()
            .WithFiling(TestFilings.SeedPath, seed)
            .WithFiling(TestFilings.SeedPath + FilingLock.Extension, "{ \"schemaVersion\": 1, \"riskFactors\": [ } "));
        var problem = Assert.Single(invalid.AllDiagnostics);
        Assert.Equal(DiagnosticIds.InvalidLock, problem.Id);
        Assert.Equal(GeneratorHarness.PathOf(TestFilings.SeedPath + FilingLock.Extension), problem.Location.GetLineSpan().Path);
        Assert.Equal(39, problem.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Contains("'filings/iij-20f-2010.md.lock.json' cannot be read: it is not valid JSON", problem.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(withoutLock, invalid.SingleSource());
    }

    [Fact]
    public void Editing_one_filings_lock_re_parses_that_filing_alone()
    {
        var seed = TestFilings.Seed();
        var lockText = LockWriter.Write(LockWriter.Lock(Parse(seed, TestFilings.SeedPath)), "iij-20f-2010.md");
        var input = new GeneratorInput()
            .WithFiling(TestFilings.SeedPath, seed)
            .WithFiling(TestFilings.SeedPath + FilingLock.Extension, lockText)
            .WithFiling("filings/emphasis-styles.md", TestFilings.EmphasisStyles);
        var first = GeneratorHarness.Run(input);
        var edited = lockText.Replace("\"name\": \"CompeteEffectively\"", "\"name\": \"Competition\"", StringComparison.Ordinal);
        var driver = first.Driver.ReplaceAdditionalText(input.AdditionalTexts[1], new InMemoryAdditionalText(input.AdditionalTexts[1].Path, edited));

        var second = GeneratorHarness.Run(driver, first.InputCompilation);

        var parsed = second.GeneratorResult.TrackedSteps[TrackingNames.Parsed];
        Assert.Equal(2, parsed.Length);
        Assert.Equal(IncrementalStepRunReason.Modified, parsed[0].Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, parsed[1].Outputs.Single().Reason);
        Assert.Contains("public static partial class Competition", second.Source("Filings.Iij20F2010.g.cs"), StringComparison.Ordinal);
        Assert.Empty(second.AllDiagnostics);
    }

    private static List<(string Pair, string Change, string OldTitle, string NewTitle)> ReadChanges() =>
        File.ReadLines(RepositoryPaths.Data("year-pairs", "changes.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1], cells[3], cells[5]))
            .ToList();

    private static FilingModel Parse(string text, string path = "filings/company.htm") =>
        FilingParser.Parse(text, FilingOptions.ForPath(path)).Model;

    private static string Read(string repositoryPath) =>
        File.ReadAllText(Path.GetFullPath(Path.Combine(RepositoryPaths.Root, repositoryPath)));

    /// <summary>The string constant <paramref name="member"/> of each risk factor class, by class name.</summary>
    private static Dictionary<string, string> Constants(Compilation compilation, string member) =>
        compilation.GetTypeByMetadataName("Filings.Company+RiskFactors")!.GetTypeMembers()
            .ToDictionary(t => t.Name, t => (string)t.GetMembers(member).OfType<IFieldSymbol>().Single().ConstantValue!, StringComparer.Ordinal);
}
