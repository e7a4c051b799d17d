using System.Linq;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Tests.Outline;

/// <summary>Run-in headings (issue 11): a heading phrase that opens its paragraph, in every format.</summary>
public sealed class RunInTests
{
    private const string Body = "borrowers may be unable to repay their loans when the economy weakens.";

    private static FilingModel Parse(string text, string path) => FilingParser.Parse(text, FilingOptions.ForPath(path)).Model;

    /// <summary>Three paragraphs that open the same way, so that the section's shape says run-in.</summary>
    private static string Three(string first, string second, string third, string separator = "\n\n") =>
        string.Join(separator, first, second, third) + "\n";

    public static readonly TheoryData<string, string, string, string> Phrasings = new()
    {
        // format (file), first paragraph (the others follow its shape), expected title, expected body start
        { "x.htm", "<p><b>Credit risk.</b> Our " + Body + "</p>", "Credit risk.", "Our borrowers" },
        { "x.htm", "<p><b><i>Credit risk</i></b>. Our " + Body + "</p>", "Credit risk.", "Our borrowers" },
        { "x.htm", "<p><i>Credit Risk:</i> Our " + Body + "</p>", "Credit Risk", "Our borrowers" },
        { "x.htm", "<p><u>Credit Risk</u> &#8211; Our " + Body + "</p>", "Credit Risk", "Our borrowers" },
        { "x.htm", "<p><span style=\"font-weight:700\">We depend on credit.</span><span> Our " + Body + "</span></p>", "We depend on credit.", "Our borrowers" },
        { "x.htm", "<div><span style=\"font-style:italic\">Credit Risk &#8212; </span>Our " + Body + "</div>", "Credit Risk", "Our borrowers" },
        { "x.md", "**Credit risk.** Our " + Body, "Credit risk.", "Our borrowers" },
        { "x.md", "***Credit risk.*** Our " + Body, "Credit risk.", "Our borrowers" },
        { "x.md", "*Credit risk*: Our " + Body, "Credit risk", "Our borrowers" },
        { "x.md", "_Credit risk_ - Our " + Body, "Credit risk", "Our borrowers" },
        { "x.txt", "We Depend on Credit \u2013 Our " + Body, "We Depend on Credit", "Our borrowers" },
        { "x.txt", "We Depend on Credit \u2014 Our " + Body, "We Depend on Credit", "Our borrowers" },
        { "x.txt", "We Depend on Credit - Our " + Body, "We Depend on Credit", "Our borrowers" },
        { "x.txt", "We Depend on Credit -- Our " + Body, "We Depend on Credit", "Our borrowers" },
        { "x.txt", "We Depend on Credit. Our " + Body, "We Depend on Credit.", "Our borrowers" },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Each_phrasing_of_a_run_in_heading_heads_a_risk_factor_with_its_body(string path, string first, string title, string bodyStart)
    {
        var second = first.Replace("Credit", "Rate", System.StringComparison.Ordinal);
        var third = first.Replace("Credit", "Liquidity", System.StringComparison.Ordinal);
        var model = Parse(Three(first, second, third), path);

        Assert.Equal(3, model.RiskFactors.Count);
        Assert.Equal(title, model.RiskFactors[0].Title);
        Assert.StartsWith(bodyStart, model.RiskFactors[0].Text, System.StringComparison.Ordinal);
        Assert.EndsWith("economy weakens.", model.RiskFactors[0].Text, System.StringComparison.Ordinal);
        Assert.Equal(HeadingMode.RunIn, model.Outline!.Headings);
        Assert.Equal(OutlineVerdict.Plausible, model.Outline.Verdict);
    }

    [Fact]
    public void A_run_in_title_is_located_at_its_words()
    {
        var text = Three("**Credit risk.** Our " + Body, "**Rate risk.** Our " + Body, "**Liquidity risk.** Our " + Body);
        var riskFactor = Parse(text, "x.md").RiskFactors[1];

        Assert.Equal("Rate risk.", text.Substring(riskFactor.Location.Offset, riskFactor.Location.Length));
        Assert.Equal((3, 3), (riskFactor.Location.StartLine, riskFactor.Location.StartColumn));
    }

    [Theory]
    [InlineData("x.md", "**Note.** Our " + Body)]
    [InlineData("x.htm", "<p><b>Note.</b> Our " + Body + "</p>")]
    [InlineData("x.txt", "Credit Risk \u2013 Our " + Body)]
    public void One_or_two_run_in_paragraphs_do_not_make_a_section_run_in(string path, string first)
    {
        // Two lead-ins among emphasized headings are emphasis within prose.
        var emphasized = path.EndsWith(".txt", System.StringComparison.Ordinal) ? string.Empty : path == "x.md" ? "***We may lose customers.***\n\nCustomers leave us.\n\n***We may lose staff.***\n\nStaff leave us.\n\n" : "<p><b><i>We may lose customers.</i></b></p><p>Customers leave us.</p><p><b><i>We may lose staff.</i></b></p><p>Staff leave us.</p>";
        var model = Parse(emphasized + first + "\n\n" + first + "\n", path);

        Assert.DoesNotContain(model.RiskFactors, r => r.Title.StartsWith("Note", System.StringComparison.Ordinal) || r.Title.StartsWith("Credit", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Bare_line_categories_between_plain_run_in_risk_factors_are_categories()
    {
        var text = string.Join(
            "\n\n",
            "Risks Related to Our Business",
            "We Depend on a Small Number of Suppliers \u2013 Disruptions at any of them could delay our shipments and raise our costs.",
            "We Face Intense Competition \u2013 Our competitors are larger and may cut their prices to win our customers.",
            "Risks Related to Our Stock",
            "Our Share Price May Be Volatile \u2013 The market price of our shares has moved widely and may continue to do so.",
            "We Do Not Pay Dividends \u2013 We intend to keep our earnings to fund growth and may never pay a dividend.") + "\n";
        var model = Parse(text, "x.txt");

        Assert.Equal(
            new[] { "We Depend on a Small Number of Suppliers", "We Face Intense Competition", "Our Share Price May Be Volatile", "We Do Not Pay Dividends" },
            model.RiskFactors.Select(r => r.Title));
        Assert.Equal(new[] { "Risks Related to Our Business", "Risks Related to Our Business", "Risks Related to Our Stock", "Risks Related to Our Stock" }, model.RiskFactors.Select(r => r.Category));
        Assert.StartsWith("Disruptions at any of them", model.RiskFactors[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasized_categories_over_run_in_headings_are_categories_and_short_sub_headings_are_body_text()
    {
        var text = "<p><b>Risks Related to Our Business</b></p>" +
            "<p><b>We face intense competition.</b></p><p><i>Competition in services</i></p><p>Our competitors range from large firms to small ones that move fast.</p>" +
            "<p><b>Our services may fail.</b> Outages of our data centers could interrupt service to our customers.</p>" +
            "<p><b>We may not protect our code.</b> Source code that leaks could let others copy our products.</p>" +
            "<p><b>Acquisitions may not pay off.</b> We may not integrate the businesses we buy as we expect to.</p>";
        var model = Parse(text, "x.htm");

        Assert.Equal(new[] { "We face intense competition.", "Our services may fail.", "We may not protect our code.", "Acquisitions may not pay off." }, model.RiskFactors.Select(r => r.Title));
        Assert.All(model.RiskFactors, r => Assert.Equal("Risks Related to Our Business", r.Category));
        Assert.Equal("Competition in services\n\nOur competitors range from large firms to small ones that move fast.", model.RiskFactors[0].Text);
    }

    [Theory]
    [InlineData("RunIn")]
    [InlineData("runin")]
    [InlineData("run-in")]
    public void The_Headings_option_forces_run_in_where_a_single_paragraph_opens_that_way(string value)
    {
        var options = FilingOptions.ForPath("x.md") with { Headings = HeadingModes.Parse(value, out var known) };
        var model = FilingParser.Parse("**Credit risk.** Our " + Body + "\n", options).Model;

        Assert.True(known);
        Assert.Equal("Credit risk.", Assert.Single(model.RiskFactors).Title);
        Assert.Equal(HeadingMode.RunIn, model.Outline!.Headings);
    }

    [Fact]
    public void HeadingModes_names_its_values_and_rejects_others()
    {
        Assert.Null(HeadingModes.Parse(null, out var known));
        Assert.True(known);
        Assert.Null(HeadingModes.Parse("Auto", out known));
        Assert.True(known);
        Assert.Equal(HeadingMode.Emphasized, HeadingModes.Parse("emphasized", out _));
        Assert.Equal(HeadingMode.Plain, HeadingModes.Parse(" Plain ", out _));
        Assert.Null(HeadingModes.Parse("Bold", out known));
        Assert.False(known);
    }
}
