using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Naming;
using TypedFiling.Parsing.Tests.RealData;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Naming;

/// <summary>
/// The names of every risk factor the parser reads in the whole EDGAR documents of tests/Data/edgar (and tests/Data/whole,
/// which filings.tsv names), pinned in tests/Data/names/edgar.names.tsv so that a change of any name is seen: a change of the namer's
/// rules or of an outline shows up as rows of that table in review. Set TYPEDFILING_EDGAR_NAMES=write to rewrite it after
/// reading the change. Files whose section the parser does not find yet (filings.tsv) are pinned as read too: their rows
/// change when the section locator comes.
/// </summary>
[Collection(Html.LargeInputCollection.Name)]
public sealed class EdgarNamesTests
{
    private const string WriteVariable = "TYPEDFILING_EDGAR_NAMES";
    private const string Header = "# file\tnumber\tname (the names the parser gives; see EdgarNamesTests)";

    private static readonly string NamesFile = RepositoryPaths.Data("names", "edgar.names.tsv");

    private static readonly Lazy<List<(string Row, bool Plausible)>> Named = new(ReadRows);

    [Fact]
    public void Edgar_corpus_names_are_the_pinned_ones()
    {
        var rows = Named.Value.Select(n => n.Row).ToList();
        if (string.Equals(Environment.GetEnvironmentVariable(WriteVariable), "write", StringComparison.Ordinal))
        {
            File.WriteAllText(NamesFile, Header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
            return;
        }

        var pinned = File.ReadLines(NamesFile).Where(line => line.Length > 0 && line[0] != '#').ToList();
        var changed = pinned.Except(rows, StringComparer.Ordinal).Select(r => "- " + r).Concat(rows.Except(pinned, StringComparer.Ordinal).Select(r => "+ " + r)).ToList();
        Assert.True(changed.Count == 0, "Names changed (rewrite with " + WriteVariable + "=write once they read better):\n" + string.Join("\n", changed.Take(40)));
        Assert.Equal(pinned, rows);
    }

    [Fact]
    public void No_edgar_corpus_name_starts_with_the_self_reference_or_holds_a_one_letter_word()
    {
        // "Us" may open a name: it is "U.S." ("UsNonUsPensionPlans"), "us" being a stop word. A letter beside a number is
        // part of a code ("Form10K", "Rule10B51"), not a word. Outlines TF0010 calls suspicious (sections not found yet)
        // hold the cover's and statements' lines, which are no risk factors' headings.
        foreach (var name in Named.Value.Where(n => n.Plausible).Select(n => n.Row.Split('\t')[2]))
        {
            var words = Identifiers.SplitPascal(name);
            Assert.False(words[0] is "Company" or "We" or "Our" or "Registrant", name);
            for (var i = 0; i < words.Count; i++)
            {
                var code = (i > 0 && char.IsDigit(words[i - 1][0])) || (i + 1 < words.Count && char.IsDigit(words[i + 1][0]));
                Assert.False(words[i].Length == 1 && char.IsLetter(words[i][0]) && !code, name + " holds the one-letter word " + words[i]);
            }
        }
    }

    /// <summary>"file\tnumber\tname" for every risk factor of every file of filings.tsv, in its order, and whether its outline is plausible.</summary>
    private static List<(string Row, bool Plausible)> ReadRows() =>
        EdgarData.Rows("filings.tsv", 8)
            .Where(r => !(r[7] == "holdout" && string.Equals(Environment.GetEnvironmentVariable("TYPEDFILING_EDGAR_HOLDOUT"), "skip", StringComparison.Ordinal)))
            .Select(r => r[0])
            .AsParallel()
            .AsOrdered()
            .SelectMany(file =>
            {
                var model = Parse(file).Model;
                var plausible = model.Outline?.Verdict == OutlineVerdict.Plausible;
                return model.RiskFactors.Select(r => (file + "\t" + r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + r.Name, plausible));
            })
            .ToList();

    private static FilingParseResult Parse(string file) =>
        FilingParser.Parse(EdgarData.Read(file), FilingOptions.ForPath(EdgarData.ParseName(file)) with { ReadFacts = false });
}
