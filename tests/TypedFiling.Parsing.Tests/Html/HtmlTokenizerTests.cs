using System.Collections.Generic;
using System.Linq;
using System.Text;
using TypedFiling.Parsing.Html;
using Xunit;

namespace TypedFiling.Parsing.Tests.Html;

/// <summary>The one HTML tokenizer, table-driven: every token written as a short string.</summary>
[Collection(LargeInputCollection.Name)]
public sealed class HtmlTokenizerTests
{
    /// <summary>
    /// The tokens of <paramref name="html"/>: "T:text" for text (references not decoded), "&lt;name" for a start tag,
    /// "&lt;name/" for a self-closing one, "/name" for an end tag; joined by '|'.
    /// </summary>
    internal static string Tokens(string html)
    {
        var tokens = new HtmlTokenizer(html, ParseStage.HtmlBlocks);
        var written = new List<string>();
        while (tokens.Next())
        {
            var name = html.Substring(tokens.NameStart, tokens.NameLength);
            written.Add(tokens.Kind switch
            {
                HtmlTokenKind.Text => "T:" + html.Substring(tokens.Start, tokens.End - tokens.Start),
                HtmlTokenKind.StartTag => "<" + name + (tokens.IsSelfClosing ? "/" : string.Empty),
                _ => "/" + name,
            });
        }

        return string.Join("|", written);
    }

    [Theory]
    [InlineData("<p>Risk.</p>", "<p|T:Risk.|/p")]
    [InlineData("<P ALIGN=center>Risk.</P>", "<P|T:Risk.|/P")]
    [InlineData("<br/><br /><img src=x/>", "<br/|<br/|<img")]
    [InlineData("<ix:nonFraction name=\"us-gaap:X\"/>", "<ix:nonFraction/")]
    [InlineData("a < b and c<d>e", "T:a < b and c|<d|T:e")]
    [InlineData("a <3 b </ c <", "T:a <3 b </ c <")]
    [InlineData("x<!-- a <b> -->y", "T:x|T:y")]
    [InlineData("x<!-->y<!--->z", "T:x|T:y|T:z")]
    [InlineData("x<![CDATA[ <b> ]]>y", "T:x|T:y")]
    [InlineData("<!DOCTYPE html><?xml version='1.0'?><html>", "<html")]
    [InlineData("x<!-- never closed <p>", "T:x")]
    [InlineData("<p>text<b class=\"x", "<p|T:text")]
    [InlineData("<p>text</p", "<p|T:text")]
    [InlineData("<p title=\"a>b\" data-x='c>d' e=f>g", "<p|T:g")]
    [InlineData("<p a=x'y>z", "<p|T:z")]
    [InlineData("<p \"a>z", "<p|T:z")]
    [InlineData("<a href=/>x", "<a|T:x")]
    [InlineData("<script>if (a<b && c>d) { x = '</p>'; }</script>y", "<script|T:if (a<b && c>d) { x = '</p>'; }|/script|T:y")]
    [InlineData("<STYLE>p { }</style >y", "<STYLE|T:p { }|/style|T:y")]
    [InlineData("<title>a <b> &amp; c</TITLE>", "<title|T:a <b> &amp; c|/TITLE")]
    [InlineData("<textarea><p></textareax></textarea>", "<textarea|T:<p></textareax>|/textarea")]
    [InlineData("<script>never closed <p>", "<script|T:never closed <p>")]
    [InlineData("<script/><p>", "<script/|<p")]
    [InlineData("A&amp;B &nbsp;&#8212;&bogus; &", "T:A&amp;B &nbsp;&#8212;&bogus; &")]
    [InlineData("<ix:header><xbrli:context id=c-1></xbrli:context></ix:header>", "<ix:header|<xbrli:context|/xbrli:context|/ix:header")]
    public void Tokenizes(string html, string expected) => Assert.Equal(expected, Tokens(html));

    [Theory]
    [InlineData("<p style=\"a\" class='b' id=c hidden>", "style", "a")]
    [InlineData("<p style=\"a\" class='b' id=c hidden>", "class", "b")]
    [InlineData("<p style=\"a\" class='b' id=c hidden>", "id", "c")]
    [InlineData("<p style=\"a\" class='b' id=c hidden>", "hidden", null)]
    [InlineData("<p style=\"a\" class='b' id=c hidden>", "title", null)]
    [InlineData("<p id=\"first\" id=\"second\">", "id", "first")]
    [InlineData("<p id = \"spaced\" >", "id", "spaced")]
    [InlineData("<p\nid\t=\n'lines'>", "id", "lines")]
    [InlineData("<p title=\"a &amp; b&#8212;&bogus;\">", "title", "a & b\u2014&bogus;")]
    [InlineData("<p title=\"\">", "title", "")]
    [InlineData("<p x=\"1\"/>", "x", "1")]
    [InlineData("<ix:nonFraction contextRef=\"c-1\" unitRef=usd>", "contextRef", "c-1")]
    [InlineData("<ix:nonFraction contextRef=\"c-1\" unitRef=usd>", "unitRef", "usd")]
    [InlineData("<ix:nonFraction contextRef=\"c-1\">", "contextref", null)]
    public void Reads_attributes_on_demand(string html, string name, string? value)
    {
        var tokens = new HtmlTokenizer(html, ParseStage.HtmlBlocks);
        Assert.True(tokens.Next());
        Assert.Equal(value, tokens.Attribute(name));
    }

    [Theory]
    [InlineData("<P STYLE=\"font-weight:bold\">", "style", true)]
    [InlineData("<p Style='x'>", "style", true)]
    [InlineData("<p styles='x'>", "style", false)]
    public void Html_attribute_names_are_found_in_any_case(string html, string name, bool found)
    {
        var tokens = new HtmlTokenizer(html, ParseStage.HtmlBlocks);
        Assert.True(tokens.Next());
        Assert.Equal(found, tokens.TryGetAttribute(name, ignoreCase: true, out _, out _));
    }

    [Theory]
    [InlineData("<ix:nonFraction>", "ix", "nonFraction", true)]
    [InlineData("<ix:nonfraction>", "ix", "nonFraction", false)]
    [InlineData("<xbrli:context>", "xbrli", "context", true)]
    [InlineData("<context>", "ix", "context", true)]
    [InlineData("<ixx:context>", "ix", "context", true)]
    public void Names_compare_in_place(string html, string prefix, string local, bool localMatches)
    {
        var tokens = new HtmlTokenizer(html, ParseStage.HtmlBlocks);
        Assert.True(tokens.Next());
        Assert.Equal(localMatches, tokens.LocalNameIs(local));
        Assert.Equal(html.StartsWith("<" + prefix + ":", System.StringComparison.Ordinal), tokens.HasPrefix(prefix));
    }

    [Fact]
    public void Long_text_is_split_at_the_poll_interval_but_never_inside_a_character_reference()
    {
        var text = new StringBuilder();
        while (text.Length < 5 * ParsePolls.Chars)
        {
            text.Append("word &amp; &#8212; ");
        }

        var html = "<p>" + text + "</p>";
        var tokens = new HtmlTokenizer(html, ParseStage.HtmlBlocks);
        var texts = new List<(int Start, int End)>();
        while (tokens.Next())
        {
            if (tokens.Kind == HtmlTokenKind.Text)
            {
                Assert.True(tokens.End - tokens.Start <= ParsePolls.Chars);
                texts.Add((tokens.Start, tokens.End));
            }
        }

        Assert.True(texts.Count >= 5);
        Assert.Equal(text.ToString(), string.Concat(texts.Select(t => html.Substring(t.Start, t.End - t.Start))));

        // The last reference a token holds ends inside it.
        Assert.All(texts, t => Assert.True(html.LastIndexOf('&', t.End - 1, t.End - t.Start) is var amp && (amp < 0 || html.IndexOf(';', amp) < t.End)));
    }

    [Fact]
    public void A_10_MB_tag_is_one_tag_and_its_attributes_are_read()
    {
        var value = new string('x', 10 * 1024 * 1024);
        var html = "<p title=\"" + value + "\" style=\"font-weight:bold\">text</p>";
        var tokens = new HtmlTokenizer(html, ParseStage.HtmlBlocks);
        Assert.True(tokens.Next());
        Assert.Equal(HtmlTokenKind.StartTag, tokens.Kind);
        Assert.Equal(html.IndexOf('>', value.Length) + 1, tokens.End);
        Assert.True(tokens.TryGetAttribute("style", ignoreCase: true, out var start, out var end));
        Assert.Equal("font-weight:bold", html.Substring(start, end - start));
        Assert.Equal("<p|T:text|/p", Tokens(html));
    }

    [Fact]
    public void The_tokenizer_polls_as_its_stage_at_bounded_intervals()
    {
        var html = string.Concat(Enumerable.Repeat("<p style=\"x\">Some words &amp; more.</p>", 20_000));
        var polls = new List<(ParseStage Stage, int Position)>();
        ParsePolls.Probe = (stage, position) => polls.Add((stage, position));
        try
        {
            var tokens = new HtmlTokenizer(html, ParseStage.HtmlBlocks);
            while (tokens.Next())
            {
            }
        }
        finally
        {
            ParsePolls.Probe = null;
        }

        Assert.All(polls, p => Assert.Equal(ParseStage.HtmlBlocks, p.Stage));
        Assert.Equal(0, polls[0].Position);
        Assert.All(polls.Zip(polls.Skip(1)), p => Assert.InRange(p.Second.Position - p.First.Position, ParsePolls.Chars, ParsePolls.Chars + 64));
        Assert.True(polls[^1].Position >= html.Length - ParsePolls.Chars - 64);
    }

    [Fact]
    public void A_run_of_comments_and_declarations_is_polled_through()
    {
        var html = string.Concat(Enumerable.Repeat("<!-- x --><!DOCTYPE y><?z?>", 40_000)) + "<p>end</p>";
        var polls = new List<int>();
        ParsePolls.Probe = (_, position) => polls.Add(position);
        try
        {
            Assert.Equal("<p|T:end|/p", Tokens(html));
        }
        finally
        {
            ParsePolls.Probe = null;
        }

        Assert.True(polls.Count >= html.Length / (2 * ParsePolls.Chars));
        Assert.All(polls.Zip(polls.Skip(1)), p => Assert.InRange(p.Second - p.First, 1, ParsePolls.Chars + 32));
    }

    [Theory]
    [InlineData("color:#000;font-weight:700;font-style:italic", true, true, null, false)]
    [InlineData("font-weight: 400 !important; text-decoration: underline", false, null, true, false)]
    [InlineData("FONT-WEIGHT:BOLD;font-weight:normal", false, null, null, false)]
    [InlineData("font: italic bold 10pt Times", true, true, null, false)]
    [InlineData("font: 600 12pt Arial", true, false, null, false)]
    [InlineData("font-weight:bolder;display:none", true, null, null, true)]
    [InlineData("visibility:hidden", null, null, null, true)]
    [InlineData("display:block;text-decoration-line:none", null, null, false, false)]
    [InlineData("font-family:'a;b';font-weight:800", true, null, null, false)]
    [InlineData("", null, null, null, false)]
    [InlineData(";;no colon;:", null, null, null, false)]
    public void Inline_styles_say_what_they_set(string style, bool? bold, bool? italic, bool? underline, bool hidden)
    {
        var read = InlineStyle.Read(style, 0, style.Length);
        Assert.Equal(bold, read.Bold);
        Assert.Equal(italic, read.Italic);
        Assert.Equal(underline, read.Underline);
        Assert.Equal(hidden, read.Hidden);
    }

    [Fact]
    public void Inline_styles_give_where_their_layout_values_stand()
    {
        const string style = "font-size: 10pt ;text-indent:-18pt; margin-left :36pt";
        var read = InlineStyle.Read(style, 0, style.Length);
        Assert.Equal("10pt", Slice(style, read.FontSize));
        Assert.Equal("-18pt", Slice(style, read.TextIndent));
        Assert.Equal("36pt", Slice(style, read.MarginLeft));
        Assert.True(InlineStyle.Read("color:red", 0, 9).FontSize.IsEmpty);
    }

    [Fact]
    public void The_style_cache_gives_what_a_fresh_read_gives()
    {
        var text = "font-weight:700|font-weight:400|font-weight:700|font-style:italic|font-weight:400";
        var cache = new InlineStyleCache(text);
        var start = 0;
        foreach (var part in text.Split('|'))
        {
            var cached = cache.Read(start, start + part.Length);
            var fresh = InlineStyle.Read(text, start, start + part.Length);
            Assert.Equal((fresh.Bold, fresh.Italic), (cached.Bold, cached.Italic));
            start += part.Length + 1;
        }
    }

    [Theory]
    [InlineData("&amp;", "&")]
    [InlineData("&nbsp;&#160;&#xA0;", "\u00A0\u00A0\u00A0")]
    [InlineData("&#146;&#8217;&rsquo;", "\u2019\u2019\u2019")]
    [InlineData("&AMP; &amp &bogus; &#; &#12a; &#xD800; &#99999;", "&AMP; &amp &bogus; &#; &#12a; &#xD800; &#99999;")]
    [InlineData("&#0000000065;", "&#0000000065;")]
    [InlineData("&#000000065;", "A")]
    [InlineData("a & b &", "a & b &")]
    public void Character_references_decode_with_the_one_decoder(string text, string expected)
    {
        var decoded = new StringBuilder();
        HtmlEntities.AppendDecoded(decoded, text, 0, text.Length);
        Assert.Equal(expected, decoded.ToString());
    }

    private static string Slice(string text, InlineStyle.Span span) => text.Substring(span.Start, span.Length);
}
