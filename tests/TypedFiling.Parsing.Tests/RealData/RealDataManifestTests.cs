using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.RealData;

/// <summary>
/// The real-filing data folders agree with their manifests: every file a README names is there and small, every
/// data file is named, each file's count of risk factors matches its rows in expected.tsv, the year-pair changes
/// point at real rows, and every expected money amount appears in its sentence.
/// </summary>
public sealed class RealDataManifestTests
{
    private const long MaxFileBytes = 300 * 1024;

    private static readonly Regex CountCell = new(@"^(\d+) \(", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    /// <summary>A data file's name, or its path from the folder where it is stored in another (year-pairs reads IBM's FY2023 from real-filings).</summary>
    private static readonly Regex DataFileName = new(@"^(\.\./[\w-]+/)?[\w.-]+\.(htm|txt)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly string[] Scales = ["1", "thousand", "million", "billion"];

    public static readonly TheoryData<string> Folders = new() { "real-filings", "year-pairs" };

    private static string Folder(string name) => RepositoryPaths.Data(name);

    /// <summary>The manifest's table rows, keyed by file name: the cells of each row.</summary>
    private static Dictionary<string, string[]> ManifestRows(string folder) =>
        File.ReadLines(Path.Combine(Folder(folder), "README.md"))
            .Select(line => line.Split(" | "))
            .Where(cells => cells.Length > 3 && DataFileName.IsMatch(cells[0]))
            .ToDictionary(cells => cells[0], StringComparer.Ordinal);

    private static List<string[]> TsvRows(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')).ToList();

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_file_the_manifest_names_is_present_non_empty_and_small(string folder)
    {
        var rows = ManifestRows(folder);
        Assert.NotEmpty(rows);
        foreach (var name in rows.Keys)
        {
            var file = new FileInfo(Path.Combine(Folder(folder), name));
            Assert.True(file.Exists, $"{folder}/{name} is in the manifest but missing");
            Assert.InRange(file.Length, 1, MaxFileBytes);
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_data_file_is_in_the_manifest(string folder)
    {
        var named = ManifestRows(folder).Keys.ToHashSet(StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(Folder(folder)).Select(Path.GetFileName).Where(n => DataFileName.IsMatch(n!));
        Assert.All(present, name => Assert.Contains(name!, named));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Each_file_has_as_many_expected_titles_as_its_manifest_row_counts_numbered_in_order(string folder)
    {
        var expected = TsvRows(Path.Combine(Folder(folder), "expected.tsv"));
        Assert.All(expected, row => Assert.Equal(4, row.Length));
        Assert.All(expected, row => Assert.False(string.IsNullOrWhiteSpace(row[3])));
        foreach (var (name, cells) in ManifestRows(folder))
        {
            var count = cells.Select(c => CountCell.Match(c)).First(m => m.Success).Groups[1].Value;
            var indexes = expected.Where(r => r[0] == name).Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(int.Parse(count, CultureInfo.InvariantCulture), indexes.Count);
            Assert.Equal(Enumerable.Range(1, indexes.Count), indexes);
        }
    }

    [Fact]
    public void Each_year_pair_change_points_at_the_titles_of_both_years_and_covers_every_risk_factor_once()
    {
        var titles = TsvRows(Path.Combine(Folder("year-pairs"), "expected.tsv")).ToDictionary(r => (r[0], r[1]), r => r[3]);
        var changes = TsvRows(Path.Combine(Folder("year-pairs"), "changes.tsv"));
        foreach (var pair in changes.GroupBy(r => r[0]))
        {
            var files = pair.Key.Split('>');
            foreach (var row in pair)
            {
                if (row[2].Length > 0)
                {
                    Assert.Equal(titles[(files[0], row[2])], row[3]);
                }

                if (row[4].Length > 0)
                {
                    Assert.Equal(titles[(files[1], row[4])], row[5]);
                }

                Assert.Equal(row[1] == "same", row[3] == row[5]);
            }

            Assert.Equal(titles.Keys.Count(k => k.Item1 == files[0]), pair.Count(r => r[2].Length > 0));
            Assert.Equal(titles.Keys.Count(k => k.Item1 == files[1]), pair.Count(r => r[4].Length > 0));
        }
    }

    [Fact]
    public void Every_expected_money_amount_is_written_in_its_sentence_with_a_currency_code_and_a_scale()
    {
        var rows = TsvRows(Path.Combine(Folder("real-sentences"), "money.tsv"));
        Assert.InRange(rows.Count, 20, 60);
        foreach (var row in rows)
        {
            Assert.Equal(3, row.Length);
            var digits = row[0].Replace(",", "", StringComparison.Ordinal);
            foreach (var amount in row[1].Split(';').Select(a => a.Split('|')))
            {
                Assert.Equal(3, amount.Length);
                Assert.Contains(amount[0], digits, StringComparison.Ordinal);
                Assert.Matches("^[A-Z]{3}$", amount[1]);
                Assert.Contains(amount[2], Scales);
            }
        }
    }
}
