using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Facts;

/// <summary>
/// Every numeric fact of four whole 10-Ks, as the inline XBRL reader reads it, against an independent reading of
/// the same tags with a real HTML parser (AngleSharp): at least 99.5% present with their concept and exact value, none wrong.
/// </summary>
public sealed class WholeFilingFactsTests
{
    public static TheoryData<string> Filings => new()
    {
        "nvidia-10k-2024-full.htm",
        "apple-10k-2024-full.htm",
        "alphabet-10k-2024-full.htm",
        "meta-10k-2024-full.htm",
    };

    internal static string Path(string name) => RepositoryPaths.Data("whole", name);

    [Theory]
    [MemberData(nameof(Filings))]
    public void Every_numeric_fact_equals_an_independent_reading_of_its_tag(string name)
    {
        var text = File.ReadAllText(Path(name));
        var expected = IndependentReading.NumericFacts(text);
        var result = FilingParser.Parse(text, FilingOptions.ForPath(name));
        var byId = result.Model.Facts.Where(f => f.FactId is not null).ToDictionary(f => f.FactId!, StringComparer.Ordinal);

        var present = 0;
        var wrong = new List<string>();
        foreach (var fact in expected)
        {
            if (!byId.TryGetValue(fact.Id, out var actual))
            {
                continue;
            }

            present++;
            if (actual.Concept != fact.Concept || actual.Value != fact.Value || actual.ContextId != fact.Context || actual.Unit != fact.Unit)
            {
                wrong.Add($"{fact.Id} {fact.Concept} {fact.Value} {fact.Unit}: read {actual.Concept} {actual.Value} {actual.Unit}");
            }
        }

        Assert.True(expected.Count > 900, name + " has " + expected.Count + " valued numeric facts");
        Assert.Empty(wrong);
        Assert.True(present >= expected.Count * 0.995, $"{present} of {expected.Count} facts read");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.MalformedFact);
    }

    [Theory]
    [MemberData(nameof(Filings))]
    public void Every_fact_has_its_context_period_and_dimensions(string name)
    {
        var text = File.ReadAllText(Path(name));
        var contexts = IndependentReading.Contexts(text);
        var model = FilingParser.Parse(text, FilingOptions.ForPath(name)).Model;

        Assert.NotEmpty(model.Facts);
        Assert.All(model.Facts, fact =>
        {
            var context = contexts[fact.ContextId];
            Assert.Equal(context.Instant, fact.Instant?.ToString());
            Assert.Equal(context.Start, fact.Start?.ToString());
            Assert.Equal(context.End, fact.End?.ToString());
            Assert.Equal(context.Dimensions, fact.Dimensions.Select(d => d.Axis + "=" + d.Member).ToList());
        });
    }

    [Theory]
    [InlineData("nvidia-10k-2024-full.htm", "NVIDIA CORP", "10-K", "2024-01-28")]
    [InlineData("apple-10k-2024-full.htm", "Apple Inc.", "10-K", "2024-09-28")]
    [InlineData("alphabet-10k-2024-full.htm", "Alphabet Inc.", "10-K", "2024-12-31")]
    [InlineData("meta-10k-2024-full.htm", "Meta Platforms, Inc.", "10-K", "2024-12-31")]
    // NVIDIA tags "NVIDIA CORP" and leaves "ORATION" outside the tag: the tag is what the filer filed as its name.
    public void The_cover_facts_say_who_filed_which_form_for_which_year(string name, string company, string form, string fiscalYearEnd)
    {
        var model = FilingParser.Parse(File.ReadAllText(Path(name)), FilingOptions.ForPath(name)).Model;

        Assert.Equal(company, model.Company);
        Assert.Equal(form, model.Form);
        Assert.Equal(fiscalYearEnd, model.FiscalYearEnd?.ToString());
    }

    [Fact]
    public void Nvidia_revenue_of_fiscal_2024_is_its_concepts_current_value()
    {
        var model = FilingParser.Parse(File.ReadAllText(Path("nvidia-10k-2024-full.htm")), FilingOptions.ForPath("nvidia-10k-2024-full.htm")).Model;

        var concept = Assert.Single(model.Concepts, c => c is { Group: "UsGaap", Name: "Revenues" });
        var revenue = model.Facts[concept.Current];
        Assert.Equal("us-gaap:Revenues", revenue.Concept);
        Assert.Equal(60_922_000_000m, revenue.Value);
        Assert.Equal("60,922", revenue.Text);
        Assert.Equal("iso4217:USD", revenue.Unit);
        Assert.Equal("-6", revenue.Decimals);
        Assert.Equal(6, revenue.Scale);
        Assert.Equal((2024, "2023-01-30", "2024-01-28"), (revenue.FiscalYear, revenue.Start?.ToString(), revenue.End?.ToString()));
        var prior = Assert.Single(model.Facts, f => f.Concept == "us-gaap:Revenues" && f.Role == FactPeriodRole.Prior && f.Dimensions.Count == 0 && !f.IsDuplicate);
        Assert.Equal((26_974_000_000m, (int?)2023), (prior.Value, prior.FiscalYear));
        var names = model.Concepts.Select(c => c.Group + "." + c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}

/// <summary>The tags read with AngleSharp's HTML parser and plain string handling, sharing no code with the reader.</summary>
internal static class IndependentReading
{
    internal sealed record NumericFact(string Id, string Concept, string Context, string Unit, decimal Value);

    internal sealed record Context(string? Instant, string? Start, string? End, List<string> Dimensions);

    private static readonly string[] Words = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };

    public static List<NumericFact> NumericFacts(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var units = document.All.Where(e => e.LocalName == "xbrli:unit").ToDictionary(e => e.GetAttribute("id")!, Unit);
        var facts = new List<NumericFact>();
        foreach (var element in document.All.Where(e => e.LocalName == "ix:nonfraction"))
        {
            if (element.GetAttribute("xsi:nil") == "true")
            {
                continue;
            }

            var value = Transform(element.GetAttribute("format"), element.TextContent.Trim());
            var scale = int.Parse(element.GetAttribute("scale") ?? "0", CultureInfo.InvariantCulture);
            value *= (decimal)Math.Pow(10, scale);
            if (element.GetAttribute("sign") == "-")
            {
                value = -value;
            }

            facts.Add(new NumericFact(element.GetAttribute("id")!, element.GetAttribute("name")!, element.GetAttribute("contextref")!, units[element.GetAttribute("unitref")!], value));
        }

        return facts;
    }

    public static Dictionary<string, Context> Contexts(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.All.Where(e => e.LocalName == "xbrli:context").ToDictionary(
            e => e.GetAttribute("id")!,
            e => new Context(
                Child(e, "xbrli:instant"),
                Child(e, "xbrli:startdate"),
                Child(e, "xbrli:enddate"),
                e.Descendants<IElement>().Where(d => d.LocalName is "xbrldi:explicitmember" or "xbrldi:typedmember")
                    .Select(d => d.GetAttribute("dimension") + "=" + d.TextContent.Trim()).ToList()));
    }

    private static string? Child(IElement context, string name) => context.Descendants<IElement>().FirstOrDefault(d => d.LocalName == name)?.TextContent.Trim();

    private static string Unit(IElement unit)
    {
        var measures = (string selector) => string.Join("*", unit.Descendants<IElement>().Where(d => d.LocalName == selector).SelectMany(d => d.Descendants<IElement>()).Where(d => d.LocalName == "xbrli:measure").Select(d => d.TextContent.Trim()));
        var numerator = measures("xbrli:unitnumerator");
        return numerator.Length == 0
            ? string.Join("*", unit.Descendants<IElement>().Where(d => d.LocalName == "xbrli:measure").Select(d => d.TextContent.Trim()))
            : numerator + "/" + measures("xbrli:unitdenominator");
    }

    private static decimal Transform(string? format, string text) => format switch
    {
        "ixt:fixed-zero" => 0m,
        "ixt-sec:numwordsen" => text.ToLowerInvariant() is "no" or "none" ? 0m : Array.IndexOf(Words, text.ToLowerInvariant()),
        _ => decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
    };
}
