using System.Collections.Generic;
using System.Linq;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Tests.Formats;

public sealed class HtmlBlockReaderTests
{
    private static IReadOnlyList<Block> Read(string html) => HtmlBlockReader.Read(html);

    /// <summary>Every character of every block maps back to the source character (or entity) it was read from.</summary>
    private static void AssertMapsBack(string source, IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Text.Length; i++)
            {
                var c = block.Text[i];
                var start = block.Content.SourceOffset(i);
                var end = block.Content.SourceEnd(i);
                var raw = source.Substring(start, end - start);
                if (c == ' ')
                {
                    Assert.True(raw.Length == 1 && (char.IsWhiteSpace(raw[0]) || raw[0] == '<' || raw[0] == '&'), $"space at {i} of '{block.Text}' maps to '{raw}'");
                }
                else if (raw.Length == 1)
                {
                    Assert.Equal(c, raw[0]);
                }
                else
                {
                    Assert.StartsWith("&", raw);
                    Assert.EndsWith(";", raw);
                }
            }
        }
    }

    [Theory]
    [InlineData("<p><b>Risk.</b></p>", Emphasis.Bold)]
    [InlineData("<p><strong>Risk.</strong></p>", Emphasis.Bold)]
    [InlineData("<p><i>Risk.</i></p>", Emphasis.Italic)]
    [InlineData("<p><em>Risk.</em></p>", Emphasis.Italic)]
    [InlineData("<p><u>Risk.</u></p>", Emphasis.Underlined)]
    [InlineData("<p><b><i>Risk.</i></b></p>", Emphasis.BoldItalic)]
    [InlineData("<p><span style=\"font-weight:bold\">Risk.</span></p>", Emphasis.Bold)]
    [InlineData("<p><span style=\"font-weight:700\">Risk.</span></p>", Emphasis.Bold)]
    [InlineData("<p><span style=\"font-weight: 400\">Risk.</span></p>", Emphasis.None)]
    [InlineData("<div style=\"font-style:italic\"><span style=\"font-weight:700\">Risk.</span></div>", Emphasis.BoldItalic)]
    [InlineData("<p><span style='color:#000;font-weight:700;font-style:italic'>Risk.</span></p>", Emphasis.BoldItalic)]
    [InlineData("<p><span style=\"text-decoration:underline\">Risk.</span></p>", Emphasis.Underlined)]
    [InlineData("<p><font style=\"font: italic bold 10pt Times\">Risk.</font></p>", Emphasis.BoldItalic)]
    [InlineData("<p><b>Risk</b> and more.</p>", Emphasis.None)]
    [InlineData("<p><b>Risk <span style=\"font-weight:normal\">not</span> bold.</b></p>", Emphasis.None)]
    [InlineData("<P><B><I>Risk </I></B><B><I>split across runs.</I></B></P>", Emphasis.BoldItalic)]
    [InlineData("<p><b>&nbsp;Risk.&nbsp;</b> &nbsp;</p>", Emphasis.Bold)]
    public void Emphasis_is_what_covers_every_character_by_tag_or_style(string html, object emphasis)
    {
        var block = Assert.Single(Read(html));
        Assert.Equal((Emphasis)emphasis, block.Emphasis);
        AssertMapsBack(html, new[] { block });
    }

    [Fact]
    public void Loncor_heading_split_over_bold_italic_underlined_runs_is_one_bold_italic_block()
    {
        const string html = "<P align=justify><B><I><U>The Company has not generated revenues from\noperations, does not have</U></I></B><B><I>\n</I></B><B><I><U>operations.</U></I></B><B><I>\n</I></B></P>\n<P align=justify>Body.</P>";
        var blocks = Read(html);
        Assert.Equal(2, blocks.Count);
        Assert.Equal("The Company has not generated revenues from operations, does not have operations.", blocks[0].Text);
        Assert.Equal(Emphasis.BoldItalic, blocks[0].Emphasis);
        Assert.Equal(Emphasis.None, blocks[1].Emphasis);
        AssertMapsBack(html, blocks);
    }

    [Fact]
    public void Entities_decode_and_map_to_their_whole_reference()
    {
        const string html = "<p>The Company&#146;s &#147;risk&#148; &#8211; a &amp; b&nbsp;&#8217;s &rsquo;&#x2019; AT&T &bogus; x</p>";
        var block = Assert.Single(Read(html));
        Assert.Equal("The Company\u2019s \u201Crisk\u201D \u2013 a & b \u2019s \u2019\u2019 AT&T &bogus; x", block.Text);
        var apostrophe = block.Text.IndexOf('\u2019');
        Assert.Equal(html.IndexOf("&#146;", System.StringComparison.Ordinal), block.Content.SourceOffset(apostrophe));
        Assert.Equal(html.IndexOf("&#146;", System.StringComparison.Ordinal) + 6, block.Content.SourceEnd(apostrophe));
        AssertMapsBack(html, new[] { block });
    }

    [Fact]
    public void Mixed_case_tags_and_unclosed_paragraphs_end_blocks()
    {
        const string html = "<HTML><BODY><P>One<p>Two <B>bold</b> words<P ALIGN=center>Three</BODY></HTML>";
        var blocks = Read(html);
        Assert.Equal(new[] { "One", "Two bold words", "Three" }, blocks.Select(b => b.Text));
        AssertMapsBack(html, blocks);
    }

    [Fact]
    public void An_unclosed_p_closes_with_its_inline_elements_so_emphasis_does_not_leak()
    {
        var blocks = Read("<p><b>Heading.<p>Body text.</p>");
        Assert.Equal(Emphasis.Bold, blocks[0].Emphasis);
        Assert.Equal(Emphasis.None, blocks[1].Emphasis);
    }

    [Fact]
    public void Line_breaks_are_spaces_and_rules_are_page_breaks()
    {
        var blocks = Read("<div>First<br>line<br/>end</div><div>Before<hr style=\"page-break-after:always\">After</div>");
        Assert.Equal(new[] { "First line end", "Before", "After" }, blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_one_row_layout_table_is_one_paragraph()
    {
        const string html = "<TABLE><TR><TD vAlign=top><B>D.</B> </TD><TD><P align=justify><B>Risk Factors</B></P></TD></TR></TABLE><P>Text.</P>";
        var blocks = Read(html);
        Assert.Equal(BlockKind.Paragraph, blocks[0].Kind);
        Assert.Equal("D. Risk Factors", blocks[0].Text);
        Assert.Equal(Emphasis.Bold, blocks[0].Emphasis);
        Assert.Equal("Text.", blocks[1].Text);
        AssertMapsBack(html, blocks);
    }

    [Fact]
    public void A_bullet_table_is_a_list_of_items()
    {
        const string html = "<p>Risks include:</p><table><tr><td>&#8226;</td><td>first risk;</td></tr></table><table><tr><td>\u2022</td><td>second risk.</td></tr></table><p>After.</p>";
        var blocks = Read(html);
        Assert.Equal(new[] { BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph }, blocks.Select(b => b.Kind));
        Assert.Equal(new[] { "first risk;", "second risk." }, blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
        Assert.Equal(blocks[1].ListId, blocks[2].ListId);
        AssertMapsBack(html, blocks);
    }

    [Fact]
    public void Bullet_paragraphs_and_list_elements_are_items()
    {
        var blocks = Read("<div><span>\u2022</span><span>Competition could hurt.</span></div><ul><li>one</li><li>two</li></ul>");
        Assert.All(blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.Equal(new[] { "Competition could hurt.", "one", "two" }, blocks.Select(b => b.Text));
    }

    [Fact]
    public void Each_row_of_a_number_table_is_a_paragraph()
    {
        var blocks = Read("<table><tr><td>Revenue</td><td>$</td><td>12,345</td></tr><tr><td>Cost</td><td>$</td><td>(1,234</td><td>)</td></tr></table>");
        Assert.Equal(new[] { "Revenue $ 12,345", "Cost $ (1,234 )" }, blocks.Select(b => b.Text));
    }

    [Fact]
    public void Hidden_content_scripts_styles_and_the_head_are_skipped()
    {
        const string html = "<html><head><title>T</title><style>p { color: red } <b></style></head><body>" +
            "<div style=\"display:none\"><ix:header><ix:hidden>hidden facts</ix:hidden></ix:header></div>" +
            "<ix:header>inline header</ix:header><script>if (a < b) { document.write('<p>x</p>'); }</script>" +
            "<!-- a comment <p>not text</p> --><p>Visible <span style=\"display: inline-table\">too</span>.</p></body></html>";
        var block = Assert.Single(Read(html));
        Assert.Equal("Visible too.", block.Text);
        AssertMapsBack(html, new[] { block });
    }

    [Fact]
    public void Stray_end_tags_and_text_angle_brackets_are_tolerated()
    {
        var blocks = Read("</b></i><p>a < b and c > d</span></p></p></div>");
        Assert.Equal("a < b and c > d", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Crlf_and_whitespace_runs_fold_to_one_space_with_offsets_kept()
    {
        const string html = "<p>\r\n  Risk\r\n\tone  &nbsp; two\r\n</p>\r\n";
        var block = Assert.Single(Read(html));
        Assert.Equal("Risk one two", block.Text);
        Assert.Equal(html.IndexOf("Risk", System.StringComparison.Ordinal), block.Content.SourceOffset(0));
        Assert.Equal(html.IndexOf("two", System.StringComparison.Ordinal), block.Content.SourceOffset(9));
        AssertMapsBack(html, new[] { block });
    }

    [Fact]
    public void Heading_elements_are_headings()
    {
        var blocks = Read("<h2>Risk Factors</h2><p>Text.</p>");
        Assert.Equal(BlockKind.Heading, blocks[0].Kind);
        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
    }

    [Theory]
    [InlineData("<p style=\"font-size:10pt\">Risk.</p>", 1000)]
    [InlineData("<p style=\"font-size: 10.5pt\">Risk.</p>", 1050)]
    [InlineData("<p style=\"font-size:16px\">Risk.</p>", 1200)]
    [InlineData("<div style=\"font-size:10pt\"><span style=\"font-size:150%\">Risk.</span></div>", 1500)]
    [InlineData("<div style=\"font-size:10pt\"><span style=\"font-size:1.2em\">Risk.</span></div>", 1200)]
    [InlineData("<p style=\"font-size:large\">Risk.</p>", 1350)]
    [InlineData("<p><font size=\"2\">Risk.</font></p>", 1000)]
    [InlineData("<p><FONT SIZE=+1>Risk.</FONT></p>", 1350)]
    [InlineData("<p><font size=\"5\">Risk.</font> <span style=\"font-size:9pt\">small</span></p>", 900)]
    [InlineData("<p>Risk.</p>", 0)]
    [InlineData("<p><span style=\"font-size:10pt\">Risk</span> unsized.</p>", 0)]
    [InlineData("<p style=\"font-size:calc(1em + 2px)\">Risk.</p>", 0)]
    public void A_blocks_font_size_is_the_smallest_of_its_characters_in_hundredths_of_a_point(string html, int fontSize)
    {
        Assert.Equal(fontSize, Assert.Single(Read(html)).FontSize);
    }
}
