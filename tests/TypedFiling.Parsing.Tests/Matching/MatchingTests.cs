using System.Collections.Generic;
using System.Linq;
using TypedFiling.Parsing.Matching;

namespace TypedFiling.Parsing.Tests.Matching;

public sealed class MatchingTests
{
    [Theory]
    [InlineData("Costs to us.\n\nOur ability", "Costs to us. Our ability", true)]
    [InlineData("could\n\ncause us", "could cause us", true)]
    [InlineData("Costs to us", "costs, to US", true)]
    [InlineData("Costs to us", "Costs for us", false)]
    [InlineData("Costs to us", "Costs to us too", false)]
    public void Text_changed_only_when_a_word_changed(string left, string right, bool same)
    {
        Assert.Equal(same, Similarity.SameWords(left, right));
    }

    [Fact]
    public void Same_title_pairs_first_then_the_most_alike_reworded_one()
    {
        var body = "Our indebtedness could adversely affect our financial position and cash flows from operations and the notes we issued.";
        var old = new List<MatchItem>
        {
            new(1, "a", "We may not be able to compete effectively.", "Competitors are larger than we are and have more money than we do."),
            new(2, "b", "Our indebtedness could adversely affect our financial position.", body),
            new(3, "c", "Earthquakes may disrupt our data centers.", "Japan has earthquakes and typhoons every year."),
        };
        var @new = new List<MatchItem>
        {
            new(1, "x", "Our debt could adversely affect our financial position and prevent us from implementing our strategy.", body + " It may also limit us."),
            new(2, "y", "We may not be able to compete effectively.", "Competitors are much larger than we are."),
            new(3, "z", "Pandemics may disrupt our operations.", "A pandemic closed our offices for months."),
        };

        var result = RiskFactorMatcher.Match(old, @new, MatchKeys.Title);

        Assert.Equal(2, result.Pairs.Count);
        Assert.Equal((0, 1, MatchKind.Title), (result.Pairs[0].Old, result.Pairs[0].New, result.Pairs[0].MatchedBy));
        Assert.Equal((1, 0, MatchKind.Similarity), (result.Pairs[1].Old, result.Pairs[1].New, result.Pairs[1].MatchedBy));
        Assert.Equal(new[] { 2 }, result.Removed);
        Assert.Equal(new[] { 2 }, result.Added);
    }

    [Fact]
    public void A_fingerprint_estimates_the_similarity_of_the_texts_it_stands_for()
    {
        var text = string.Join(" ", System.Linq.Enumerable.Range(0, 400).Select(i => "word" + (i % 97).ToString(System.Globalization.CultureInfo.InvariantCulture) + " w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var reworded = text.Replace("w1", "x1", System.StringComparison.Ordinal);
        var other = string.Join(" ", System.Linq.Enumerable.Range(0, 400).Select(i => "other" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(1, TextFingerprint.Of(text).SimilarityTo(TextFingerprint.Of(text.ToUpperInvariant())));
        var alike = TextFingerprint.Of(text).SimilarityTo(TextFingerprint.Of(reworded));
        Assert.InRange(alike, RiskFactorMatcher.TextThreshold, 0.999);
        Assert.InRange(System.Math.Abs(alike - Similarity.Text(text, reworded)), 0, 0.25);
        Assert.Equal(0, TextFingerprint.Of(text).SimilarityTo(TextFingerprint.Of(other)));
    }

    [Fact]
    public void A_fingerprint_is_the_same_on_every_run_and_reads_back()
    {
        var fingerprint = TextFingerprint.Of("The Company depends on the performance of carriers.");
        Assert.Equal(16, fingerprint.Hash.Length);
        Assert.Equal(fingerprint.Sketch, TextFingerprint.ParseSketch(fingerprint.SketchText()));
        Assert.Equal("c149d782aaf95676", TextFingerprint.Of("a b").Hash);
        Assert.Null(TextFingerprint.ParseSketch("0000000a 00000009"));
        Assert.Null(TextFingerprint.ParseSketch("xyz"));
    }
}
