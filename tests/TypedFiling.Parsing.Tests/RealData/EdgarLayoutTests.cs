using System;
using System.Collections.Generic;
using System.Linq;
using TypedFiling.Parsing.Model;
using Xunit;

namespace TypedFiling.Parsing.Tests.RealData;

/// <summary>
/// Each heading layout of issue 23 on the real filing of tests/Data/edgar that shows it: the titles it gives, in order,
/// and what its layout puts around them (categories, summaries, running headers, notes). Titles are compared as
/// <see cref="EdgarCorpusTests"/> compares them.
/// </summary>
[Collection(Html.LargeInputCollection.Name)]
public sealed class EdgarLayoutTests
{
    [Fact]
    public void Running_headers_that_repeat_the_item_heading_on_every_page_do_not_cut_the_section_into_pages()
    {
        // Mastercard: "ITEM 1A. RISK FACTORS" atop each of its 14 pages, the item's own heading "Item 1A. Risk factors".
        var result = EdgarData.Parse("mastercard-10k-2024.htm.gz");
        AssertTitlesInclude("mastercard-10k-2024.htm.gz", result);
        Assert.InRange(result.Model.Sections.Count(s => s.Title.Equals("Item 1A. Risk factors", StringComparison.OrdinalIgnoreCase)), 1, 3);
    }

    /// <summary>Every expected title of <paramref name="file"/> is found, in order.</summary>
    private static void AssertTitlesInclude(string file, FilingParseResult result)
    {
        var expected = EdgarData.Expected(file).Select(r => EdgarCorpusTests.Normalize(r[3])).ToList();
        var found = result.Model.RiskFactors.Select(r => EdgarCorpusTests.Normalize(r.Title)).ToList();
        Assert.Equal(expected, found.Where(expected.Contains).ToList());
    }

    /// <summary>Exactly the expected titles of <paramref name="file"/>, in order, with a plausible outline.</summary>
    private static void AssertTitles(string file, FilingParseResult result)
    {
        var expected = EdgarData.Expected(file).Select(r => EdgarCorpusTests.Normalize(r[3])).ToList();
        Assert.Equal(expected, result.Model.RiskFactors.Select(r => EdgarCorpusTests.Normalize(r.Title)).ToList());
        Assert.Equal(OutlineVerdict.Plausible, result.Model.Outline!.Verdict);
    }

    /// <summary>The categories of <paramref name="file"/>'s risk factors are the expected ones.</summary>
    private static void AssertCategories(string file, FilingParseResult result)
    {
        var expected = EdgarData.Expected(file).Select(r => r[2].Length == 0 ? null : r[2]).ToList();
        Assert.Equal(expected, result.Model.RiskFactors.Select(r => r.Category).ToList());
    }
}
