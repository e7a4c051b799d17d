using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using TypedFiling.Parsing.Figures;
using Xunit;
using Xunit.Abstractions;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>The scanner never throws, is deterministic, returns well-formed spans, and scales linearly.</summary>
public class RobustnessTests
{
    private static readonly FigureScanOptions Strict = new FigureScanOptions { ThrowOnInternalError = true };

    private static readonly string[] Vocabulary =
    {
        "¥", "$", "US$", "€", "£", "(", ")", "1,000", "0.2", "9.2", "31", "2010", "12", "billion", "million", "thousand", "bn",
        "%", "percent", "per", "cent", "March", "May", "Sept", ".", ",", ":", "-", "fiscal", "year", "years", "ended", "ending",
        "months", "six", "quarter", "period", "as", "of", "at", "for", "the", "in", "one", "twenty", "a", "dozen", "for", "to",
        "split", "reverse", "ratio", "FY2010", "FY", "Item", "Note", "was", "related", "such", "and", "approximately", "up",
        "more", "than", "that", "date", "yen", "EUR", "U", "S", "dollars", "shares", "directors", "IIJ-Global", "\u2019s",
        "\uD800", "\uDC00", "\0", "\u00A0", "*", "\"", "approx", "no", "least", "calendar", "invested", "such as", "Inc.",
    };

    private static readonly Gen<string> Garbage = Gen.OneOf(
        Gen.String,
        Gen.Char[char.MinValue, char.MaxValue].Array[0, 200].Select(a => new string(a)),
        Gen.Select(Gen.Int[0, Vocabulary.Length - 1], Gen.Int[0, 3], (w, s) => Vocabulary[w] + (s == 0 ? string.Empty : " ")).Array[0, 60]
            .Select(parts => string.Concat(parts)));

    private static void CheckWellFormed(string text, IReadOnlyList<FigureMatch> figures)
    {
        int end = 0;
        foreach (var f in figures)
        {
            Assert.True(f.Start >= end, "figures overlap or are out of order");
            Assert.True(f.Length > 0);
            Assert.Equal(text.Substring(f.Start, f.Length), f.Text);
            end = f.Start + f.Length;
        }
    }

    [Fact]
    public void RandomTextNeverThrowsAndIsDeterministic()
    {
        Garbage.Sample(
            text =>
            {
                var a = FigureScanner.Scan(text, Strict);
                var b = FigureScanner.Scan(text, Strict);
                Assert.True(a.SequenceEqual(b));
                CheckWellFormed(text, a);
            },
            iter: 3000);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\0\0\0")]
    [InlineData("\uD800")]
    [InlineData("\uDC00 ¥\uD800 1 billion")]
    [InlineData("¥")]
    [InlineData("$(")]
    [InlineData("$(1")]
    [InlineData("(¥1.2 billion")]
    [InlineData("fiscal year ended")]
    [InlineData("March 31,")]
    [InlineData("1-for-")]
    [InlineData("twenty-")]
    [InlineData("as of that date")]
    [InlineData("$99999999999999999999999999999 trillion")]
    [InlineData("¥79228162514264337593543950335 billion and 1 to 2 trillion yen")]
    [InlineData("123456789012345678901234567890123456789012345678901234567890 shares")]
    [InlineData("FY99999 FY2 FY")]
    public void EdgeInputsDoNotThrow(string text)
    {
        var figures = FigureScanner.Scan(text, Strict);
        CheckWellFormed(text, figures);
    }

    [Fact]
    public void NullTextGivesNothing() => Assert.Empty(FigureScanner.Scan(null!, FigureScanOptions.Default));

    [Fact]
    public void OneMegabyteLinesScanInLinearTime()
    {
        var sentence = "As of March 31, 2010, the total balance of our intangible assets was approximately ¥5.5 billion, of which ¥2.8 billion was intangible assets (74.2% share ownership) and 140 ATMs after a 1 to 5 split. ";
        var small = Repeat(sentence, 100_000);
        var large = Repeat(sentence, 1_000_000);
        // Linear by its work, not by a clock (a timed test fails on a loaded machine): ten times the text gives ten
        // times the figures, and bytes allocated far below the hundredfold a quadratic scan would take (the 1 MB text
        // also pays for a token list of its own, where the 100 KB one reuses the thread's). Speed is the benchmarks' job.
        FigureScanner.Scan(small, Strict);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var smallFigures = FigureScanner.Scan(small, Strict);
        var smallBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var largeFigures = FigureScanner.Scan(large, Strict);
        var largeBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(largeFigures.Count > 5 * smallFigures.Count);
        Assert.True(largeBytes < 25 * smallBytes, $"100 KB allocated {smallBytes:N0} bytes, 1 MB {largeBytes:N0}");

        foreach (var line in new[] { new string('1', 1_000_000), Repeat("¥", 1_000_000), Repeat("( ", 500_000), Repeat("one ", 250_000), Repeat("March ", 170_000), Repeat("\uD800x", 500_000) })
        {
            CheckWellFormed(line, FigureScanner.Scan(line, Strict));
        }
    }

    private static string Repeat(string s, int totalChars)
    {
        var sb = new StringBuilder(totalChars + s.Length);
        while (sb.Length < totalChars)
        {
            sb.Append(s);
        }

        return sb.ToString();
    }
}
