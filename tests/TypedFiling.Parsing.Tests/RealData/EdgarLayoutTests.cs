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
    /// <summary>Files whose every title (and category, where marked) the parser reads, each for the layout it stands for.</summary>
    public static readonly TheoryData<string, bool> ReadWhole = new()
    {
        // Two category levels, the top one in plain 15pt text over bold 12pt ones; a "RISK HIGHLIGHTS" table of the
        // categories first; "ITEM 1A. RISK FACTORS" atop every page.
        { "mastercard-10k-2024.htm.gz", true },

        // Title Case bold-italic titles without final periods, three of them ending with "Risks" as categories do.
        { "amazon-10k-2024.htm.gz", true },

        // Plain numbered categories ("II. Insurance Risks") after a plain "I. Summary"; the first title italic only.
        { "progressive-10k-2023.htm.gz", true },

        // A title split by a page break (its halves joined by one space); run-in italic sub-headings in bodies.
        { "boeing-10k-2024.htm.gz", true },
        { "marathon-digital-10k-2023.htm.gz", true },

        // A title whose final period is outside the bold; one whose hyphen is outside the bold-italic.
        { "visa-10k-2024.htm.gz", true },
        { "rocket-companies-10k-2023.htm.gz", true },

        // Italic titles after a "* " that is not part of them (once plain, the title italic).
        { "3m-10q-2023-06.htm.gz", true },

        // A bold-italic "CAUTIONARY STATEMENTS" and its forward-looking paragraphs open Item 1A.
        { "unitedhealth-10k-2024.htm.gz", true },

        // An italic sentence restating a bold-italic title, under it and over its body.
        { "loncor-20f-2015.htm.gz", true },

        // "Competition", an italic title, is also a heading of Items 1 and 4: not a running header.
        { "plymouth-rock-20f-2020.htm.gz", true },

        // Summaries before the list: bold-italic category names over bullets, or plain bullets.
        { "salesforce-10k-2025.htm.gz", true },
        { "../whole/meta-10k-2024-full.htm", true },
        { "../whole/nvidia-10k-2024-full.htm", true },

        // Run-in italic Title Case titles ending with a colon, their body in the same paragraph.
        { "ibm-10k-2024.htm.gz", true },

        // Underlined titles; ALL CAPS bold titles without periods; italic titles against a plain body.
        { "texas-instruments-10k-2023.htm.gz", true },
        { "sandston-10k-2021.htm.gz", true },
        { "lowes-10k-2023.htm.gz", true },

        // Forward-looking notes in Item 1A, before the list.
        { "nike-10k-2025.htm.gz", true },
        { "nike-10k-2006.htm.gz", true },

        // Categories in plain paragraphs, Title Case, without emphasis.
        { "american-express-10k-2008.htm.gz", true },

        // Page footers "The Procter & Gamble Company N" and ALL CAPS categories in the titles' bold.
        { "procter-gamble-10k-2025.htm.gz", true },
    };

    [Theory]
    [MemberData(nameof(ReadWhole))]
    public void Each_layout_gives_every_title_in_order_and_its_categories(string file, bool categories)
    {
        var result = EdgarData.Parse(file);
        AssertTitles(file, result);
        if (categories)
        {
            AssertCategories(file, result);
        }
    }

    /// <summary>
    /// Layouts of files whose section the parser does not find on its own (the section locator's business: an item
    /// heading with a colon, a cross-reference index, a heading of no item), read in a cut of the file around the section:
    /// file, and where the cut starts and ends in its HTML.
    /// </summary>
    public static readonly TheoryData<string, string, string> Cuts = new()
    {
        // Comcast: "Risks Related to ..." in plain 14pt over bold 10pt titles; "Item 1A: Risk Factors" has a colon.
        { "comcast-10k-2023.htm.gz", "Item&#160;1A: Risk Factors<", "Item&#160;1B: Unresolved Staff Comments<" },

        // Intel: titles are plain 12pt sentences over a plain 9pt body, no emphasis at all; found by its index.
        { "intel-10k-2023.htm.gz", "font-size:14pt;font-weight:400;line-height:120%\">Risk Factors<", "font-size:14pt;font-weight:400;line-height:120%\">Sales and Marketing<" },

        // GE: run-in "Topic - sentence." titles under run-in categories in capitals ("STRATEGIC RISKS. Strategic risk
        // relates to ..."); its section is the run-in "RISK FACTORS.", found by its index.
        { "ge-10k-2023.htm.gz", ">STRATEGIC RISKS.", ">LEGAL PROCEEDINGS.<" },

        // McDonald's: a forward-looking statement and a bold "Risk Factors" sub-heading open the section; bold categories
        // in capitals over bold sentence titles; "CYBERSECURITY" follows at once. Found by its index.
        { "mcdonalds-10k-2023.htm.gz", ">RISK FACTORS <", ">CYBERSECURITY<" },

        // Medicis 1999: italic Title Case titles without periods under "Additional Factors That May Affect Future Results"
        // (bold, inside Item 1), ending at "Item 2: Properties"; the cut starts under that heading.
        { "medicis-10k-1999.htm.gz", "Our disclosure and analysis in this report", ">Item 2:&nbsp;&nbsp;<I>Properties<" },

        // Goldman Sachs 2002: bold-italic topic phrases ("Market Conditions") over several paragraphs each, under "Certain
        // Factors That May Affect Our Business" (bold, inside Item 1), ending at a bold "Cautionary Statement ...".
        { "goldman-sachs-10k-2002.htm.gz", "<I>Market\nConditions</I>", ">Cautionary Statement Pursuant to The Private" },

        // Prospectuses, whose "RISK FACTORS" runs on to the next section heading of another shape: CAMP4's IPO prospectus
        // (bold 12pt sentence-case categories over bold-italic titles, up to "SPECIAL NOTE REGARDING FORWARD-LOOKING
        // STATEMENTS"), and the supplements of Flushing Financial (bold titles, one bold category) and PG&E (an italic
        // introduction, one bold category, bold-italic titles), each before its base prospectus's own "RISK FACTORS".
        { "camp4-424b4-2024.htm.gz", "<a name=\"tRIFA\">", "<a name=\"tSNRF\">" },
        { "flushing-financial-424b5-2024.htm.gz", "-0.2pt;\">RISK FACTORS<", "-0.2pt;\">USE OF PROCEEDS<" },
        { "pge-424b5-2024.htm.gz", "<A NAME=\"supptoc862096_5\"></A>", "<A NAME=\"supptoc862096_6\"></A>" },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Each_layout_of_a_section_found_by_the_locator_gives_every_title_and_category_in_a_cut(string file, string from, string to)
    {
        var cut = EdgarData.Cut(file, from, to);
        var result = FilingParser.Parse(cut, FilingOptions.ForPath(EdgarData.ParseName(file).Replace(".htm", "-cut.htm", StringComparison.Ordinal)));
        AssertTitles(file, result);
        AssertCategories(file, result);
    }

    [Fact]
    public void Bold_italic_titles_over_an_italic_body_are_read_as_over_a_plain_one()
    {
        // No file here sets its body in italic; Adobe's real Item 1A is made so (its body's one style made italic), its
        // bold-italic titles and bold categories left as they are: italic then marks no heading, bold-italic still does.
        const string File = "adobe-10k-2024.htm.gz";
        const string Body = "font-size:10pt;font-weight:400;line-height:120%";
        var italic = EdgarData.Read(File).Replace(Body, "font-size:10pt;font-style:italic;font-weight:400;line-height:120%", StringComparison.Ordinal);
        var result = FilingParser.Parse(italic, FilingOptions.ForPath("adobe-10k-2024-italic-body.htm"));
        AssertTitles(File, result);
        AssertCategories(File, result);
    }

    [Fact]
    public void Running_headers_that_repeat_the_item_heading_on_every_page_do_not_cut_the_section_into_pages()
    {
        // Mastercard: "ITEM 1A. RISK FACTORS" atop each of its 14 pages, the item's own heading "Item 1A. Risk factors".
        var sections = EdgarData.Parse("mastercard-10k-2024.htm.gz").Model.Sections;
        Assert.InRange(sections.Count(s => s.Title.Equals("Item 1A. Risk factors", StringComparison.OrdinalIgnoreCase)), 1, 3);
    }

    [Fact]
    public void A_title_split_by_a_page_break_is_one_title_located_from_its_first_half_to_its_second()
    {
        var model = EdgarData.Parse("boeing-10k-2024.htm.gz").Model;
        var split = model.RiskFactors.Single(r => r.Title.StartsWith("Our Commercial Airplanes business depends", StringComparison.Ordinal));
        Assert.Contains("conforms to exacting specifications, achieve planned production rate targets", split.Title, StringComparison.Ordinal);
        Assert.True(split.Location.Length > split.Title.Length + 200, "the title's range runs over the page break, its page number and running header");
        Assert.StartsWith("The commercial aircraft business is extremely complex", split.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Table of Contents", split.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_restating_sentence_under_a_title_opens_its_body()
    {
        var model = EdgarData.Parse("loncor-20f-2015.htm.gz").Model;
        var riskFactor = model.RiskFactors.Single(r => r.Title == "The SEC has adopted rules that may affect mining operations in the DRC.");
        Assert.StartsWith("The Company\u2019s business is subject to evolving corporate governance", riskFactor.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cautionary_statements_note_opening_the_section_is_section_text()
    {
        var model = EdgarData.Parse("unitedhealth-10k-2024.htm.gz").Model;
        Assert.DoesNotContain(model.RiskFactors, r => r.Title.Contains("CAUTIONARY", StringComparison.Ordinal) || r.Text.Contains("Private Securities Litigation Reform Act", StringComparison.Ordinal));
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
