using System.IO;
using System.Linq;
using TypedFiling.Parsing.Locking;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Locking;

public sealed class LockFileTests
{
    private const string Heading = "**D. Risk Factors.**\n\n";

    private static FilingModel Parse(string text, FilingLock? filingLock = null, string path = "filings/x.md") =>
        FilingParser.Parse(text, FilingOptions.ForPath(path) with { Lock = filingLock }).Model;

    private static FilingParseResult ParseResult(string text, FilingLock? filingLock) =>
        FilingParser.Parse(text, FilingOptions.ForPath("filings/x.md") with { Lock = filingLock });

    private static FilingLock Lock(string text) => LockWriter.Lock(Parse(text));

    [Fact]
    public void A_lock_is_sorted_indented_stable_and_reads_back()
    {
        var seed = Parse(File.ReadAllText(RepositoryPaths.Seed));
        var filingLock = LockWriter.Lock(seed);
        var text = LockWriter.Write(filingLock, "iij-20f-2010.md");

        Assert.Equal(text, LockWriter.Write(LockWriter.Lock(Parse(File.ReadAllText(RepositoryPaths.Seed))), "iij-20f-2010.md"));
        Assert.Equal(filingLock.Entries.Select(e => e.Id).OrderBy(id => id, System.StringComparer.Ordinal), filingLock.Entries.Select(e => e.Id));
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"filing\": \"iij-20f-2010.md\",\n  \"riskFactors\": [\n    {\n      \"id\": \"amounts-timing-recognition-deferred-tax\",\n      \"name\": \"AmountsTimingRecognitionDeferredTax\",\n      \"number\": 12,\n", text);
        Assert.EndsWith("\n    }\n  ]\n}\n", text);

        var read = LockReader.Read(text, "iij-20f-2010.md.lock.json", out var problem);
        Assert.Null(problem);
        Assert.Equal(filingLock, read);
    }

    [Fact]
    public void The_same_filing_with_its_lock_gets_the_same_model_and_no_diagnostic()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed);
        var result = ParseResult(text, Lock(text));

        Assert.Equal(Parse(text), result.Model);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Reworded_risk_factors_keep_their_locked_names_and_ids_removed_ones_are_listed_new_ones_never_take_a_locked_name()
    {
        var year1 = Heading +
            "***We may not be able to compete effectively.***\n\nOur competitors are larger than we are and have more money, more engineers and more customers than we have in every market.\n\n" +
            "***Our retail stores are subject to numerous risks.***\n\nThe stores are expensive to run, and their leases run for many years in places whose traffic may fall.\n\n" +
            "***Earthquakes may disrupt our data centers.***\n\nJapan has earthquakes and typhoons every year, and our data centers are in Tokyo.\n";
        var year2 = Heading +
            "***We may be unable to compete effectively against larger rivals.***\n\nOur competitors are larger than we are and have more money, more engineers and more customers than we have in every market.\n\n" +
            "***Earthquakes may disrupt our data centers.***\n\nJapan has earthquakes and typhoons every year, and our data centers are in Tokyo.\n\n" +
            "***Our retail stores may close.***\n\nA pandemic closed them for months once, and could again.\n";
        var locked = Lock(year1);

        var result = ParseResult(year2, locked);
        var model = result.Model;

        Assert.Equal(new[] { "CompeteEffectively", "Earthquakes", "RetailStores" }, model.RiskFactors.Select(r => r.Name));
        Assert.Equal(new[] { "compete-effectively", "earthquakes", "retail-stores" }, model.RiskFactors.Select(r => r.Id));
        var removed = Assert.Single(model.Removed);
        Assert.Equal(new RemovedRiskFactorModel("RetailStoresSubjectNumerousRisks", "retail-stores-subject-numerous-risks", 2, "Our retail stores are subject to numerous risks."), removed);

        var warning = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.LockedRiskFactorRemoved);
        Assert.Equal(model.RiskFactors[1].Location, warning.Location);
        Assert.Equal(new[] { "Our retail stores are subject to numerous risks.", "RetailStoresSubjectNumerousRisks", "2", "filings/x.md" }, warning.Arguments);
        var infos = result.Diagnostics.Where(d => d.Id == DiagnosticIds.LockedRiskFactorChanged).ToList();
        Assert.Equal(new[] { model.RiskFactors[0].Location, model.RiskFactors[2].Location }, infos.Select(d => d.Location));
        Assert.Equal("reworded", infos[0].Arguments[1]);
        Assert.Equal("new", infos[1].Arguments[1]);
    }

    [Fact]
    public void A_new_risk_factor_whose_name_a_removed_one_holds_takes_another()
    {
        var year1 = Heading + "***We may not be able to compete effectively.***\n\nOur rivals are big.\n";
        var year2 = Heading + "***If we cannot compete effectively, our China unit may close.***\n\nThe market there is closed to foreign carriers by law since 2021, and licences are rare.\n";
        var locked = Lock(year1);

        var model = Parse(year2, locked);

        Assert.Equal("CompeteEffectively", Assert.Single(model.Removed).Name);
        Assert.Equal("CompeteEffectivelyChina", Assert.Single(model.RiskFactors).Name);
        Assert.NotEqual("compete-effectively", model.RiskFactors[0].Id);
    }

    [Theory]
    [InlineData("", 1, 1, "not valid JSON")]
    [InlineData("{\n  \"schemaVersion\": 2,\n  \"riskFactors\": []\n}", 2, 20, "schemaVersion must be 1")]
    [InlineData("{\"schemaVersion\": 1, \"riskFactors\": [{\"id\": \"a\", \"name\": \"class\", \"number\": 1, \"title\": \"t\", \"textHash\": \"0000000000000000\", \"textSketch\": \"\"}]}", 1, 58, "'class' is not a C# identifier")]
    [InlineData("{\"schemaVersion\": 1, \"riskFactors\": [{\"id\": \"a\", \"name\": \"A\", \"number\": 0}]}", 1, 38, "title must be a string")]
    [InlineData("{\"schemaVersion\": 1, \"riskFactors\": [1]}", 1, 38, "each risk factor must be an object")]
    [InlineData("{\"schemaVersion\": 1 \"x\"", 1, 21, "expected '}'")]
    public void A_lock_that_cannot_be_read_is_one_located_diagnostic(string text, int line, int column, string message)
    {
        var filingLock = LockReader.Read(text, "filings/x.md.lock.json", out var problem);

        Assert.Null(filingLock);
        Assert.NotNull(problem);
        Assert.Equal(DiagnosticIds.InvalidLock, problem!.Id);
        Assert.Equal((line, column), (problem.Location.StartLine, problem.Location.StartColumn));
        Assert.Equal("filings/x.md.lock.json", problem.Arguments[0]);
        Assert.Contains(message, problem.Arguments[1], System.StringComparison.Ordinal);
    }
}
