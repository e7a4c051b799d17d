using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace TypedFiling.Parsing.Tests.RealData;

/// <summary>
/// Measures the parser on the whole EDGAR documents of tests/Data/edgar (issue 23), and on the whole 10-Ks kept
/// uncompressed in tests/Data/whole that filings.tsv names by path: each file is parsed as a user would parse it (<see cref="FilingParser.Parse"/>, the format from its extension) and its risk
/// factors' titles are matched, as a multiset, against the hand-checked titles of expected.tsv, after whitespace is
/// collapsed and one trailing period, colon or semicolon is set aside. A filing whose section is a statement
/// (filings.tsv: "statement:...") is right when it gives no risk factor. The table of precision, recall and F1 per
/// file and over all goes to the test output and to artifacts/accuracy/edgar.md (scripts/accuracy.sh prints it).
/// A file's F1 may not fall below its baseline (baseline.tsv) by more than 0.005; a better F1 is welcome, and the
/// output says which baselines to raise (set TYPEDFILING_EDGAR_BASELINE=write to rewrite baseline.tsv).
/// </summary>
[Collection(Html.LargeInputCollection.Name)]
public sealed class EdgarCorpusTests
{
    private const double Tolerance = 0.005;
    private const int DifferencesShown = 5;
    private const string StatementPrefix = "statement:";
    private const string WriteBaselineVariable = "TYPEDFILING_EDGAR_BASELINE";

    /// <summary>Set to "skip" while rules are tuned, so that the holdout files (filings.tsv: set "holdout") are not looked at.</summary>
    private const string HoldoutVariable = "TYPEDFILING_EDGAR_HOLDOUT";

    /// <summary>A whole filing kept uncompressed elsewhere in tests/Data (tests/Data/whole), named by its path from this folder.</summary>
    private const string ElsewherePrefix = "../whole/";

    private static readonly string Folder = EdgarData.Folder;
    private static readonly string[] SectionKinds =
    [
        "item-1a", "item-3d", "risk-factors-heading", "cross-reference-index",
        "statement:incorporated-by-reference", "statement:not-applicable", "statement:no-material-changes", "statement:none",
    ];

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
    private static readonly Regex Tag = new("<[^>]*>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(30));
    private static readonly Regex Source = new(@"^[\w.-]+/[\w.-]+:[^@\t]+@[0-9a-f]{40}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The diagnostic a statement of each kind gets (issue 23): the filing's own words, or that no section was found.</summary>
    private static readonly Dictionary<string, string> StatementDiagnostics = new(StringComparer.Ordinal)
    {
        ["statement:incorporated-by-reference"] = "TF0019",
        ["statement:not-applicable"] = "TF0020",
        ["statement:no-material-changes"] = "TF0021",
        ["statement:none"] = "TF0022",
    };

    private static readonly Lazy<List<Filing>> Filings = new(ReadFilings);
    private static readonly Lazy<List<string[]>> ExpectedRows = new(() => Rows("expected.tsv", 4));
    private static readonly Lazy<List<Score>> Scores = new(ScoreAll);

    private readonly ITestOutputHelper output;

    public EdgarCorpusTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_file_of_the_manifest_is_in_the_folder_and_every_file_of_the_folder_is_in_the_manifest()
    {
        var all = Filings.Value.Select(f => f.File).ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        var named = all.Where(f => !f.StartsWith(ElsewherePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(Folder, "*.gz").Select(p => Path.GetFileName(p)!).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(named, present);
        Assert.All(all, f => Assert.Matches(@"^([a-z0-9][a-z0-9.-]*\.(htm|txt)\.gz|\.\./whole/[a-z0-9][a-z0-9.-]*\.htm)$", f));
        Assert.All(all, f => Assert.True(File.Exists(Path.Combine(Folder, f)), f + " is in filings.tsv but missing"));
    }

    [Fact]
    public void The_manifest_names_a_known_section_kind_a_form_a_year_and_a_source_for_every_file()
    {
        foreach (var filing in Filings.Value)
        {
            Assert.True(SectionKinds.Contains(filing.Section, StringComparer.Ordinal), filing.File + ": unknown section kind " + filing.Section);
            Assert.False(string.IsNullOrWhiteSpace(filing.Form), filing.File + ": no form");
            Assert.Matches(@"^(19|20)\d\d$", filing.Year);
            Assert.False(string.IsNullOrWhiteSpace(filing.Layout), filing.File + ": no layout");
            Assert.True(Source.IsMatch(filing.Source), filing.File + ": the source is not repository:path@commit: " + filing.Source);
            Assert.True(filing.Set is "tuned" or "holdout", filing.File + ": the set is neither tuned nor holdout: " + filing.Set);
            var quoteExpected = filing.IsStatement && filing.Section != "statement:none";
            Assert.True(quoteExpected == (filing.Quote.Length > 0), filing.File + ": a quote is given exactly for a statement that the filing makes");
        }
    }

    [Fact]
    public void Expected_titles_are_numbered_in_order_from_one_for_every_list_and_absent_for_every_statement()
    {
        var rows = ExpectedRows.Value;
        var files = Filings.Value.ToDictionary(f => f.File, StringComparer.Ordinal);
        Assert.All(rows, r => Assert.True(files.ContainsKey(r[0]), r[0] + " is in expected.tsv but not in filings.tsv"));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[3]), r[0] + " #" + r[1] + ": empty title"));
        Assert.All(rows, r => Assert.Equal(r[3].Trim(), r[3]));
        foreach (var filing in Filings.Value)
        {
            var indexes = rows.Where(r => r[0] == filing.File).Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToList();
            if (filing.IsStatement)
            {
                Assert.True(indexes.Count == 0, filing.File + " is a statement but has expected titles");
            }
            else
            {
                Assert.True(indexes.Count > 0, filing.File + " has no expected title");
                Assert.Equal(Enumerable.Range(1, indexes.Count), indexes);
            }
        }
    }

    [Fact]
    public void Each_statement_quotes_the_filings_own_words()
    {
        foreach (var filing in Filings.Value.Where(f => f.Quote.Length > 0))
        {
            // Markup and whitespace are set aside on both sides: a quote is the filing's words, not its layout.
            var words = Squeeze(WebUtility.HtmlDecode(Tag.Replace(EdgarData.Read(filing.File), " ")));
            Assert.True(words.Contains(Squeeze(filing.Quote), StringComparison.Ordinal), filing.File + ": the quote is not in the filing");
        }
    }

    [Fact]
    public void A_filing_whose_section_could_not_be_located_reports_no_section()
    {
        // What inspect shows ("Section: none found") says what TF0022 says, for the 10-Qs without Item 1A too.
        var located = Scores.Value.Where(s => s.Reported.Any(d => d.Id == "TF0022")).ToList();
        Assert.NotEmpty(located);
        Assert.All(located, s => Assert.True(s.Evidence == "None", s.Filing.File + ": TF0022 but the section is reported as found by " + s.Evidence));
    }

    [Fact]
    public void Every_statement_gets_its_diagnostic_and_quotes_the_filing()
    {
        foreach (var score in Scores.Value.Where(s => s.Filing.IsStatement))
        {
            var id = StatementDiagnostics[score.Filing.Section];
            var diagnostic = score.Reported.FirstOrDefault(d => d.Id == id);
            Assert.True(diagnostic is not null, score.Filing.File + ": " + id + " was not reported (" + score.Diagnostics + ")");
            Assert.DoesNotContain(score.Reported, d => d.Id == "TF0002");
            if (score.Filing.Quote.Length > 0)
            {
                // The diagnostic quotes the paragraph that says it, cut at a word: a piece of the filing's statement, or all of it.
                var quoted = Squeeze(diagnostic!.Arguments[2].Replace(" …", string.Empty, StringComparison.Ordinal));
                var expected = Squeeze(score.Filing.Quote);
                Assert.True(expected.Contains(quoted, StringComparison.Ordinal) || quoted.Contains(expected, StringComparison.Ordinal), score.Filing.File + ": the quote \"" + diagnostic.Arguments[2] + "\" is not the filing's statement");
                Assert.True(diagnostic.Location.StartLine > 1, score.Filing.File + ": the statement is not located at its line");
            }
        }
    }

    [Fact]
    public void No_file_reads_worse_than_its_baseline_and_the_accuracy_table_is_written()
    {
        var scores = Scores.Value;
        var table = Table(scores);
        if (string.Equals(Environment.GetEnvironmentVariable(WriteBaselineVariable), "write", StringComparison.Ordinal))
        {
            WriteBaseline(scores);
            table += Environment.NewLine + "baseline.tsv rewritten from this run." + Environment.NewLine;
            output.WriteLine(table);
            WriteArtifact(table);
            return;
        }

        var baseline = Rows("baseline.tsv", 3).ToDictionary(r => r[0], r => double.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var named = scores.Select(s => s.Filing.File).ToHashSet(StringComparer.Ordinal);
        var skipped = Filings.Value.Where(f => SkipHoldout && f.IsHoldout).Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        var failures = baseline.Keys.Where(file => !named.Contains(file) && !skipped.Contains(file)).Select(file => file + " is in baseline.tsv but not in filings.tsv").ToList();
        var improvements = new List<string>();
        foreach (var score in scores)
        {
            if (!baseline.TryGetValue(score.Filing.File, out var floor))
            {
                failures.Add(score.Filing.File + ": no baseline (run scripts/accuracy.sh --write-baseline)");
            }
            else if (score.F1 < floor - Tolerance)
            {
                failures.Add(string.Format(CultureInfo.InvariantCulture, "{0}: F1 {1:0.0000} is below its baseline {2:0.0000}", score.Filing.File, score.F1, floor));
            }
            else if (score.F1 > floor + Tolerance)
            {
                improvements.Add(string.Format(CultureInfo.InvariantCulture, "{0}: F1 {1:0.0000} is above its baseline {2:0.0000}: raise it (scripts/accuracy.sh --write-baseline)", score.Filing.File, score.F1, floor));
            }
        }

        var verdict = new StringBuilder(Environment.NewLine + "## Against baseline.tsv" + Environment.NewLine + Environment.NewLine);
        foreach (var line in failures.Select(f => "- REGRESSION " + f).Concat(improvements.Select(i => "- improved " + i)).DefaultIfEmpty("- every file reads as well as its baseline, none better"))
        {
            verdict.AppendLine(line);
        }

        table += verdict.ToString();
        output.WriteLine(table);
        WriteArtifact(table);
        Assert.True(failures.Count == 0, "Regressions:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    private static bool SkipHoldout => string.Equals(Environment.GetEnvironmentVariable(HoldoutVariable), "skip", StringComparison.Ordinal);
    [Fact]
    public void Every_wrong_outline_carries_TF0010_at_its_first_wrong_heading_and_no_right_one_carries_it()
    {
        // Issue 23: no silent mis-read. A file that gives no risk factor says so with TF0002 instead.
        foreach (var score in Scores.Value)
        {
            var wrong = score.F1 < 1;
            if (!wrong || score.Found == 0)
            {
                Assert.True(score.SuspiciousAt is null, score.Filing.File + ": a right outline (or none) carries TF0010");
                continue;
            }

            Assert.True(score.SuspiciousAt is not null, score.Filing.File + ": a wrong outline without TF0010");
            if (score.FirstExtra >= 0)
            {
                Assert.True(score.SuspiciousAt == score.FirstExtra, string.Format(CultureInfo.InvariantCulture, "{0}: TF0010 at risk factor {1}, the first wrong one is {2}", score.Filing.File, score.SuspiciousAt + 1, score.FirstExtra + 1));
            }
        }
    }

    private static List<Score> ScoreAll() =>
        Filings.Value
            .Where(f => !(SkipHoldout && f.IsHoldout))
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(Measure)
            .ToList();

    private static Score Measure(Filing filing)
    {
        var result = EdgarData.Parse(filing.File);
        var found = result.Model.RiskFactors.Select(r => Normalize(r.Title)).ToList();
        var expected = ExpectedRows.Value.Where(r => r[0] == filing.File).Select(r => Normalize(r[3])).ToList();

        var left = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var title in expected)
        {
            left[title] = left.TryGetValue(title, out var n) ? n + 1 : 1;
        }

        var matched = 0;
        foreach (var title in found)
        {
            if (left.TryGetValue(title, out var n) && n > 0)
            {
                left[title] = n - 1;
                matched++;
            }
        }

        var missing = left.Where(p => p.Value > 0).SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToHashSet(StringComparer.Ordinal);
        var extra = new List<string>();
        var firstExtra = -1;
        var unused = expected.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            if (unused.TryGetValue(found[i], out var n) && n > 0)
            {
                unused[found[i]] = n - 1;
            }
            else
            {
                firstExtra = firstExtra < 0 ? i : firstExtra;
                extra.Add(found[i]);
            }
        }

        var suspicious = result.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticIds.SuspiciousOutline);
        var suspiciousAt = suspicious is null ? -1 : result.Model.RiskFactors.ToList().FindIndex(r => r.Location == suspicious.Location);

        var diagnostics = string.Join(" ", result.Diagnostics.Select(d => d.Id).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal));
        return new Score(filing, expected.Count, found.Count, matched, diagnostics)
        {
            Reported = result.Diagnostics.ToList(),
            Evidence = result.Model.Outline?.Section.ToString() ?? "-",
            Missing = expected.Where(missing.Contains).Distinct(StringComparer.Ordinal).ToList(),
            Extra = extra,
            FirstExtra = firstExtra,
            SuspiciousAt = suspicious is null ? null : suspiciousAt,
        };
    }

    /// <summary>Whitespace collapsed, then one trailing period, colon or semicolon set aside.</summary>
    internal static string Normalize(string title)
    {
        var collapsed = Whitespace.Replace(title, " ").Trim();
        return collapsed.Length > 0 && collapsed[^1] is '.' or ':' or ';' ? collapsed[..^1].TrimEnd() : collapsed;
    }

    /// <summary>The text without whitespace, with the C1 characters that numeric references such as &amp;#147; give read as Windows-1252.</summary>
    private static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c switch
                {
                    '\u0091' => '\u2018',
                    '\u0092' => '\u2019',
                    '\u0093' => '\u201C',
                    '\u0094' => '\u201D',
                    '\u0096' => '\u2013',
                    '\u0097' => '\u2014',
                    _ => c,
                });
            }
        }

        return builder.ToString();
    }

    private static List<Filing> ReadFilings() =>
        Rows("filings.tsv", 8).Select(r => new Filing(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])).ToList();

    private static List<string[]> Rows(string name, int columns) => EdgarData.Rows(name, columns);

    private static string Table(List<Score> scores)
    {
        var baseline = File.Exists(Path.Combine(Folder, "baseline.tsv"))
            ? Rows("baseline.tsv", 3).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        text.AppendLine("# Risk-factor titles on whole EDGAR documents (tests/Data/edgar)");
        text.AppendLine();
        text.AppendLine("file | form | section | found by | expected | found | matched | precision | recall | F1 | baseline | diagnostics");
        text.AppendLine("---|---|---|---|--:|--:|--:|--:|--:|--:|--:|---");
        foreach (var s in scores)
        {
            text.AppendLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} | {1} | {2} | {3} | {4} | {5} | {6} | {7:0.000} | {8:0.000} | {9:0.000} | {10} | {11}",
                s.Filing.File, s.Filing.Form, s.Filing.Section, s.Evidence, s.Expected, s.Found, s.Matched, s.Precision, s.Recall, s.F1,
                baseline.TryGetValue(s.Filing.File, out var b) ? b : "-", s.Diagnostics));
        }

        var lists = scores.Where(s => !s.Filing.IsStatement).ToList();
        var expected = lists.Sum(s => s.Expected);
        var found = lists.Sum(s => s.Found);
        var matched = lists.Sum(s => s.Matched);
        var precision = found == 0 ? 0 : (double)matched / found;
        var recall = expected == 0 ? 0 : (double)matched / expected;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var statements = scores.Where(s => s.Filing.IsStatement).ToList();
        text.AppendLine();
        text.AppendLine(string.Format(
            CultureInfo.InvariantCulture,
            "Over the {0} files with a list: {1} titles expected, {2} found, {3} matched: precision {4:0.000}, recall {5:0.000}, F1 {6:0.000}.",
            lists.Count, expected, found, matched, precision, recall, f1));
        foreach (var form in lists.GroupBy(s => s.Filing.Form).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0}: {1} of {2} files with titles F1 of at least 0.95.",
                form.Key, form.Count(s => s.F1 >= 0.95), form.Count()));
        }

        text.AppendLine(string.Format(
            CultureInfo.InvariantCulture,
            "Statements (no list): {0} of {1} files give no risk factor.",
            statements.Count(s => s.Found == 0), statements.Count));

        text.AppendLine();
        text.AppendLine("## Differences (the first few expected titles not found, and found titles not expected)");
        foreach (var s in scores.Where(s => s.Missing.Count > 0 || s.Extra.Count > 0))
        {
            text.AppendLine();
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} missing, {2} extra", s.Filing.File, s.Expected - s.Matched, s.Found - s.Matched));
            foreach (var title in s.Missing.Take(DifferencesShown))
            {
                text.AppendLine("- missing: " + Shorten(title));
            }

            foreach (var title in s.Extra.Take(DifferencesShown))
            {
                text.AppendLine("- extra: " + Shorten(title));
            }
        }

        return text.ToString();
    }

    private static string Shorten(string title) => title.Length <= 140 ? title : title[..140] + "…";

    private static void WriteArtifact(string table)
    {
        try
        {
            var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "accuracy");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "edgar.md"), table);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The table is in the test output either way; a read-only checkout just has no artifact.
        }
    }

    private static void WriteBaseline(List<Score> scores)
    {
        var text = new StringBuilder("file\tf1\trisk_factors_found\n");
        foreach (var s in scores)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, "{0}\t{1:0.0000}\t{2}\n", s.Filing.File, s.F1, s.Found));
        }

        File.WriteAllText(Path.Combine(Folder, "baseline.tsv"), text.ToString());
    }

    private sealed record Filing(string File, string Form, string Year, string Layout, string Section, string Quote, string Source, string Set)
    {
        public bool IsStatement => Section.StartsWith(StatementPrefix, StringComparison.Ordinal);

        /// <summary>A file added after the rules were written, to judge them on filings they were not tuned on.</summary>
        public bool IsHoldout => Set == "holdout";
    }

    /// <summary>One file's titles: a statement's are right when none is found; a list's are scored by multiset match.</summary>
    private sealed record Score(Filing Filing, int Expected, int Found, int Matched, string Diagnostics)
    {
        public IReadOnlyList<string> Missing { get; init; } = [];

        public IReadOnlyList<string> Extra { get; init; } = [];

        public IReadOnlyList<Model.FilingDiagnostic> Reported { get; init; } = [];

        /// <summary>What the section locator found the section by (SectionEvidence).</summary>
        public string Evidence { get; init; } = "-";
        /// <summary>The index of the first risk factor found whose title is not expected, or -1.</summary>
        public int FirstExtra { get; init; } = -1;

        /// <summary>The index of the risk factor TF0010 stands at, or null without TF0010.</summary>
        public int? SuspiciousAt { get; init; }

        public double Precision => Found == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Found;

        public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

        public double F1 => Expected == 0
            ? (Found == 0 ? 1 : 0)
            : Matched == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
