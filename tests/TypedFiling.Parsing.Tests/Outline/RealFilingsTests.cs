using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Outline;

/// <summary>
/// Real filings no one tuned the parser on, most with run-in headings (tests/Data/real-filings, hand-checked titles in
/// expected.tsv): every title, titles F1 of at least 0.95 each and recall of at least 0.98 over all of them, and
/// the heading mode and self-check verdict each one is read with.
/// </summary>
public sealed class RealFilingsTests
{
    private static readonly string Folder = RepositoryPaths.Data("real-filings");

    /// <summary>file, mode, whether its hand-checked categories are compared too, whether every title is found.</summary>
    public static readonly TheoryData<string, object, bool, bool> Files = new()
    {
        { "ibm-10k-2023.htm", HeadingMode.RunIn, true, true },
        { "thermo-fisher-10k-2023.htm", HeadingMode.RunIn, true, true },
        { "general-dynamics-10k-2023.htm", HeadingMode.RunIn, true, true },
        { "rtx-10k-2023.htm", HeadingMode.RunIn, true, true },
        { "union-pacific-10k-2024.htm", HeadingMode.RunIn, true, true },
        { "microsoft-10k-2013.htm", HeadingMode.RunIn, true, true },
        { "general-motors-10k-2023.htm", HeadingMode.RunIn, true, true },
        { "ibm-10k405-1997.txt", HeadingMode.Plain, true, true },
        { "24holdings-10ksb-2007.txt", HeadingMode.Plain, true, true },

        // Its one heading over all the factors ("FACTORS THAT MAY AFFECT FUTURE RESULTS ...") is read as their category.
        { "apple-10k-1997.txt", HeadingMode.Plain, false, true },
        { "phymatrix-10k-1999.txt", HeadingMode.RunIn, true, true },
        { "xetel-10k-1996.txt", HeadingMode.RunIn, true, true },
        { "plymouth-rock-20f-2020.htm", HeadingMode.Emphasized, true, true },

        // Its categories are plain Title-Case paragraphs, read as categories before a heading.
        { "american-express-10k-2008.htm", HeadingMode.Emphasized, true, true },

        // "Competition." alone: a one-word Title-Case phrase is not taken as a run-in heading, since
        // "Depreciation." opens the MD&A's prose in the same way (F1 0.98).
        { "home-health-corp-10k-1998.txt", HeadingMode.RunIn, true, false },
    };

    private static readonly Lazy<ILookup<string, string[]>> Expected = new(() =>
        File.ReadAllLines(Path.Combine(Folder, "expected.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToLookup(r => r[0]));

    private static FilingParseResult Parse(string name) => FilingParser.Parse(File.ReadAllText(Path.Combine(Folder, name)), FilingOptions.ForPath(name));

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_real_filing_gives_its_hand_checked_titles_with_its_heading_mode_and_a_plausible_outline(string name, object mode, bool categories, bool exact)
    {
        var expected = Expected.Value[name].ToList();
        var result = Parse(name);
        var titles = result.Model.RiskFactors.Select(r => r.Title).ToList();

        Assert.True(F1(expected.Select(e => e[3]).ToList(), titles) >= 0.95, name + ": titles F1 below 0.95");
        Assert.Equal((HeadingMode)mode, result.Model.Outline!.Headings);
        Assert.Equal(OutlineVerdict.Plausible, result.Model.Outline.Verdict);
        if (!exact)
        {
            return;
        }

        Assert.Equal(expected.Count, titles.Count);
        Assert.Equal(expected[0][3], titles[0]);
        Assert.Equal(expected[expected.Count - 1][3], titles[titles.Count - 1]);
        Assert.Equal(expected.Select(e => e[3]), titles);
        if (categories)
        {
            Assert.Equal(expected.Select(e => e[2].Length == 0 ? null : e[2]), result.Model.RiskFactors.Select(r => r.Category));
        }

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.SuspiciousOutline || d.Id == DiagnosticIds.NoRiskFactors);
    }

    [Fact]
    public void Titles_recall_over_all_real_filings_is_at_least_98_percent()
    {
        var found = 0;
        var total = 0;
        foreach (var file in Expected.Value)
        {
            var titles = new HashSet<string>(Parse(file.Key).Model.RiskFactors.Select(r => r.Title), StringComparer.Ordinal);
            total += file.Count();
            found += file.Count(e => titles.Contains(e[3]));
        }

        Assert.Equal(15, Expected.Value.Count);
        Assert.True(found >= 0.98 * total, $"recall {found}/{total}");
    }

    [Fact]
    public void A_run_in_paragraph_before_the_risk_factor_section_is_not_a_risk_factor()
    {
        var model = Parse("union-pacific-10k-2024.htm").Model;
        Assert.DoesNotContain(model.RiskFactors, r => r.Title.StartsWith("Environmental Regulation", StringComparison.Ordinal));
        Assert.StartsWith("We transport certain hazardous", model.RiskFactors.Single(r => r.Title == "We Transport Hazardous Materials").Text, StringComparison.Ordinal);
    }

    private static double F1(IReadOnlyCollection<string> expected, IReadOnlyCollection<string> actual)
    {
        var hits = expected.Count(actual.Contains);
        if (hits == 0)
        {
            return 0;
        }

        var precision = (double)actual.Count(expected.Contains) / actual.Count;
        var recall = (double)hits / expected.Count;
        return 2 * precision * recall / (precision + recall);
    }
}
