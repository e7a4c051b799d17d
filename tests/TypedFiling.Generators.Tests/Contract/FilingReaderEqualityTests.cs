using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>Every corpus filing generated, compiled and loaded once, for the tests that compare it with <see cref="FilingReader"/>.</summary>
public sealed class CorpusAssemblyFixture : IDisposable
{
    public const string OptionsPath = "filings/options/iij-with-options.md";

    public static readonly (string Name, string Value)[] Options =
    {
        ("ClassName", "IijWithOptions"), ("Company", "Internet Initiative Japan Inc."), ("Currency", "CNY"),
    };

    public CorpusAssemblyFixture()
    {
        var input = new GeneratorInput { WarningsAsErrors = false };
        foreach (var file in FilingReaderEqualityTests.CorpusFiles())
        {
            input.WithFiling("filings/" + file, Text(file), ("TypedFiling", "true"));
        }

        // The seed again with every option set, so options reach both sides the same way.
        input.WithFiling(OptionsPath, Text("iij-20f-2010.md"), Options.Append(("TypedFiling", "true")).ToArray());
        Run = GeneratorHarness.Run(input);
        Assembly = new GeneratedAssembly(Run);
    }

    public GeneratorRun Run { get; }

    public GeneratedAssembly Assembly { get; }

    public static string Text(string file) => File.ReadAllText(RepositoryPaths.Filing(file));

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// The generated code and <see cref="FilingReader"/> are two ways to the same <see cref="Filing"/>: for every filing
/// of the corpus (the repository's filings/ folder), the compiled generated <c>Filing</c> equals what
/// <see cref="FilingReader.Parse"/> returns for the same text, every property of every object, figures included.
/// </summary>
public class FilingReaderEqualityTests : IClassFixture<CorpusAssemblyFixture>
{
    private readonly CorpusAssemblyFixture corpus;

    public FilingReaderEqualityTests(CorpusAssemblyFixture corpus) => this.corpus = corpus;

    public static IEnumerable<string> CorpusFiles() =>
        Directory.GetFiles(RepositoryPaths.Filings)
            .Select(Path.GetFileName)
            .OrderBy(name => name, StringComparer.Ordinal)!;

    public static TheoryData<string> Files() => new(CorpusFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void The_generated_Filing_equals_what_FilingReader_parses(string file)
    {
        var read = FilingReader.Parse(CorpusAssemblyFixture.Text(file), "filings/" + file);
        var generated = corpus.Assembly.Filing("Filings." + read.Name);

        AssertDeepEqual(generated, read);
    }

    [Fact]
    public void Options_reach_the_generated_Filing_and_FilingReader_alike()
    {
        var options = new FilingReadOptions { ClassName = "IijWithOptions", Company = "Internet Initiative Japan Inc.", Currency = "CNY" };
        var read = FilingReader.Parse(CorpusAssemblyFixture.Text("iij-20f-2010.md"), CorpusAssemblyFixture.OptionsPath, options);
        var generated = corpus.Assembly.Filing("Filings.IijWithOptions");

        AssertDeepEqual(generated, read);
        Assert.Equal("Internet Initiative Japan Inc.", read.Company);
        Assert.Contains(read.RiskFactors.SelectMany(r => r.Figures).OfType<Money>(), money => money.Currency == "CNY");
    }

    [Fact]
    public void The_corpus_is_every_filing_of_the_repository_and_each_has_figures()
    {
        Assert.True(CorpusFiles().Count() >= 10, string.Join(", ", CorpusFiles()));
        foreach (var file in CorpusFiles())
        {
            var read = FilingReader.Parse(CorpusAssemblyFixture.Text(file), "filings/" + file);
            Assert.NotEmpty(read.RiskFactors);
        }

        Assert.NotEmpty(CorpusFiles().SelectMany(file => FilingReader.Parse(CorpusAssemblyFixture.Text(file), "filings/" + file).RiskFactors).SelectMany(r => r.Figures));
    }

    [Fact]
    public void Read_decodes_the_file_and_names_the_filing_after_its_path()
    {
        var path = RepositoryPaths.Seed;
        var read = FilingReader.Read(path);

        Assert.Equal("Iij20F2010", read.Name);
        Assert.Equal(path.Replace('\\', '/'), read.SourcePath);
        Assert.Equal(FilingReader.Parse(CorpusAssemblyFixture.Text("iij-20f-2010.md"), path).RiskFactors, read.RiskFactors);
    }

    [Theory]
    [InlineData("ClassName", "class", "TF0006")]
    [InlineData("ClassName", "Filing", "TF0017")]
    [InlineData("Currency", "XYZ", "TF0007")]
    [InlineData("Format", "pdf", "TF0009")]
    public void A_bad_option_is_an_ArgumentException_with_the_diagnostics_words(string name, string value, string id)
    {
        var options = new FilingReadOptions();
        typeof(FilingReadOptions).GetProperty(name)!.SetValue(options, value);

        var exception = Assert.Throws<ArgumentException>(() => FilingReader.Parse("***A risk.***\n\nText.\n", "x.md", options));

        var template = Parsing.Diagnostics.DiagnosticCatalog.Find(id)!.Template;
        Assert.StartsWith(template.Substring(0, template.IndexOf('{', StringComparison.Ordinal)), exception.Message, StringComparison.Ordinal);
        Assert.Contains("'" + value + "'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_reaches_FilingReader_as_it_reaches_the_generated_Filing()
    {
        // The seed's lock beside its next year: the generated Filing keeps the seed's names, and so does FilingReader.
        var folder = Path.Combine(Path.GetTempPath(), "typedfiling-reader-lock-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var seed = FilingReader.Parse(CorpusAssemblyFixture.Text("iij-20f-2010.md"), "iij-20f-2010.md");
            var seedLock = Parsing.Locking.LockWriter.Write(Parsing.Locking.LockWriter.Lock(Parsing.FilingParser.Parse(CorpusAssemblyFixture.Text("iij-20f-2010.md"), Parsing.FilingOptions.ForPath("iij.md")).Model), "iij.md");
            var nextYear = File.ReadAllText(RepositoryPaths.Data("variants", "iij-20f-2010-b.md"));
            var path = Path.Combine(folder, "iij.md");
            File.WriteAllText(path, nextYear);
            File.WriteAllText(path + ".lock.json", seedLock);

            var generated = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/iij.md", nextYear).WithFiling("filings/iij.md.lock.json", seedLock)).ReadFiling("Filings.Iij");
            var read = FilingReader.Read(path);
            var parsed = FilingReader.Parse(nextYear, "filings/iij.md", new FilingReadOptions { Lock = path + ".lock.json" });
            var unlocked = FilingReader.Parse(nextYear, "filings/iij.md");

            Assert.Equal(generated.RiskFactors.Select(r => r.Name), read.RiskFactors.Select(r => r.Name));
            Assert.Equal(generated.RiskFactors.Select(r => r.Id), parsed.RiskFactors.Select(r => r.Id));
            Assert.NotEqual(unlocked.RiskFactors.Select(r => r.Name), read.RiskFactors.Select(r => r.Name));
            Assert.Contains(read.RiskFactors, r => seed.RiskFactors.Any(s => s.Name == r.Name && s.Title != r.Title));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_lock_that_cannot_be_read_is_an_ArgumentException_with_TF0013s_words()
    {
        var exception = Assert.Throws<ArgumentException>(() => FilingReader.Parse("***A risk.***\n\nText.\n", "x.md", new FilingReadOptions { Lock = "no-such.lock.json" }));

        Assert.StartsWith("The lock file 'no-such.lock.json' cannot be read: the file could not be read", exception.Message, StringComparison.Ordinal);
    }

    private static void AssertDeepEqual(Filing generated, Filing read)
    {
        var compared = 0;
        var difference = DeepEquality.Difference(generated, read, read.Name, ref compared);
        Assert.True(difference is null, "generated vs FilingReader: " + difference);
        Assert.Equal(generated, read);

        // Every risk factor and figure was walked, not just the top level.
        Assert.True(compared > 10 * (1 + read.RiskFactors.Count + read.RiskFactors.Sum(r => r.Figures.Count)), compared.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
