using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedFiling.Parsing.Naming;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Naming;

/// <summary>
/// The names of every risk factor of the repository's corpus (filings/), pinned in tests/Data/names/corpus.names.tsv after a
/// reading by hand, and what no name may be: led by the filer's self-reference, or holding a one-letter word.
/// </summary>
public sealed class NamingCorpusTests
{
    private static readonly string NamesFile = RepositoryPaths.Data("names", "corpus.names.tsv");

    public static TheoryData<string> Filings()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.Filings).Where(p => !p.EndsWith(".lock.json", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Filings))]
    public void Corpus_names_are_the_pinned_ones(string file)
    {
        var expected = File.ReadLines(NamesFile)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Where(cells => cells[0] == file)
            .Select(cells => cells[1] + " " + cells[2])
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Names(file).Select(r => r.Number + " " + r.Name).ToList());
    }

    [Theory]
    [MemberData(nameof(Filings))]
    public void No_corpus_name_starts_with_the_self_reference_or_holds_a_one_letter_word(string file)
    {
        foreach (var riskFactor in Names(file))
        {
            var words = Identifiers.SplitPascal(riskFactor.Name);
            Assert.False(words[0] is "company" or "we" or "our" or "us" or "registrant", file + ": " + riskFactor.Name);
            Assert.DoesNotContain(words, word => word.Length == 1 && char.IsLetter(word[0]));
        }
    }

    private static IEnumerable<Model.RiskFactorModel> Names(string file)
    {
        var path = RepositoryPaths.Filing(file);
        return FilingParser.Parse(File.ReadAllText(path), FilingOptions.ForPath("filings/" + file)).Model.RiskFactors;
    }
}
