using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Facts;
using TypedFiling.Parsing.Html;
using TypedFiling.Parsing.Text;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Fuzz.Tests;

/// <summary>
/// The HTML tokenizer on random markup and on damaged inline XBRL: it never throws, it ends (fewer tokens than
/// characters, plus one), every token lies inside the text after the one before it, and the block and XBRL readers
/// that consume it never throw either. Runs TYPEDFILING_FUZZ_CASES cases (by default a few thousand: each is cheap).
/// </summary>
public sealed class HtmlTokenizerFuzzTests
{
    /// <summary>The pieces random markup is made of: every construct the tokenizer tells apart, whole and cut.</summary>
    private static readonly string[] Pieces =
    {
        "<", ">", "/", "/>", "</", "=", "\"", "'", " ", "\n", "\t", "&", ";", "#", "x", "a", "P", "1", ":", "-", "!", "?",
        "<p>", "</p>", "<P ALIGN=center>", "<b>", "</B>", "<br/>", "<td>", "</tr>", "<table>", "</table>", "<li>", "<hr>",
        "<!--", "-->", "<!-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version='1.0'?>", "<script>", "</script>",
        "<style>", "</STYLE >", "<title>", "</title>", "<textarea>", "</textarea>", "&amp;", "&nbsp;", "&#8212;", "&#x2019;",
        "&bogus;", "&#", "style=\"font-weight:bold;display:none\"", " style='font: italic 700 9pt x'", "<span style=\"", "\">",
        "<ix:header>", "</ix:header>", "<xbrli:context id=\"c-1\">", "<xbrli:instant>2024-01-28</xbrli:instant>", "</xbrli:context>",
        "<ix:nonFraction name=\"us-gaap:X\" contextRef=\"c-1\" unitRef=\"usd\" scale=\"6\">", "</ix:nonFraction>",
        "<ix:nonNumeric name=\"dei:X\" contextRef=\"c-1\" continuedAt=\"k\">", "</ix:nonNumeric>", "<ix:continuation id=\"k\">",
        "<ix:exclude>", "</ix:exclude>", "\u00A0", "\u00AD", "\uFEFF", "\u200B", "\uD800", "\0",
    };

    private static readonly Gen<string> Markup = Gen.Int[0, Pieces.Length - 1].Array[0, 200].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])));

    /// <summary>A slice of the inline XBRL sample with pieces dropped in: real structure, damaged.</summary>
    private static readonly Gen<string> DamagedXbrl = Gen.Select(Gen.Int[0, 7990], Gen.Int[0, 8000], Gen.Int[0, Pieces.Length - 1].Array[1, 20], Gen.Int[0, 8000].Array[20])
        .Select((cut, length, pieces, at) => Damage(cut, length, pieces, at));

    private static readonly Lazy<string> Sample = new(() => File.ReadAllText(RepositoryPaths.Data("xbrl", "sample-10k.htm")));

    [Fact]
    public void Random_markup_tokenizes_in_order_and_is_read_without_a_crash() =>
        Markup.Sample(Holds, iter: Cases(), threads: -1, print: Print);

    [Fact]
    public void Damaged_inline_xbrl_tokenizes_in_order_and_is_read_without_a_crash() =>
        DamagedXbrl.Sample(Holds, iter: Cases(), threads: -1, print: Print);

    private static int Cases() =>
        Environment.GetEnvironmentVariable("TYPEDFILING_FUZZ_CASES") is { Length: > 0 } configured ? int.Parse(configured, CultureInfo.InvariantCulture) * 10 : 3000;

    private static string Damage(int cut, int length, int[] pieces, int[] at)
    {
        var sample = Sample.Value;
        var start = Math.Min(cut, sample.Length);
        var text = new StringBuilder(sample, start, Math.Min(length, sample.Length - start), sample.Length);
        for (var k = 0; k < pieces.Length; k++)
        {
            text.Insert(at[k] % (text.Length + 1), Pieces[pieces[k]]);
        }

        return text.ToString();
    }

    private static string Print(string text) => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The properties, for one text: throws (and so fails the case) when one does not hold.</summary>
    private static bool Holds(string text)
    {
        var tokens = new HtmlTokenizer(text, ParseStage.HtmlBlocks);
        var previousEnd = 0;
        var count = 0;
        while (tokens.Next())
        {
            if (++count > text.Length + 1)
            {
                return false;
            }

            var ordered = tokens.Start >= previousEnd && tokens.End > tokens.Start && tokens.End <= text.Length;
            var named = tokens.Kind == HtmlTokenKind.Text ||
                (tokens.NameStart > tokens.Start && tokens.NameStart + tokens.NameLength < tokens.End && tokens.NameLength > 0);
            if (!ordered || !named)
            {
                return false;
            }

            if (tokens.Kind != HtmlTokenKind.Text && tokens.TryGetAttribute("style", ignoreCase: true, out var start, out var end) &&
                !(start > tokens.NameStart && end < tokens.End && start <= end))
            {
                return false;
            }

            previousEnd = tokens.End;
        }

        var facts = new InlineXbrlReader(text);
        var blocks = HtmlBlockReader.Read(text, facts);
        facts.Resolve(new LineMap(text));
        return blocks.All(b => b.Text.Length > 0) && tokens.Kind == HtmlTokenKind.End;
    }
}
