using System.Linq;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Tests.Blocks;

public sealed class MarkdownBlockReaderTests
{
    [Theory]
    [InlineData("***Bold italic heading.***", Emphasis.BoldItalic)]
    [InlineData("**Bold heading.**", Emphasis.Bold)]
    [InlineData("*Italic heading.*", Emphasis.Italic)]
    [InlineData("_Underscore italic._", Emphasis.Italic)]
    [InlineData("__Underscore bold.__", Emphasis.Bold)]
    [InlineData("**_Mixed bold italic._**", Emphasis.BoldItalic)]
    [InlineData("**D.** **Risk Factors**", Emphasis.Bold)]
    [InlineData("***Heading with trailing spaces.***   ", Emphasis.BoldItalic)]
    [InlineData("**Run-in heading.** Followed by body text.", Emphasis.None)]
    [InlineData("Plain text with *one* emphasized word.", Emphasis.None)]
    public void Tells_how_the_whole_block_is_emphasized(string markdown, object expected)
    {
        var block = Assert.Single(MarkdownBlockReader.Read(markdown));
        Assert.Equal((Emphasis)expected, block.Emphasis);
        Assert.DoesNotContain("*", block.Text, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Price \\*not emphasis\\* here", "Price *not emphasis* here")]
    [InlineData("See [the annual report](https://example.com/a_b) now", "See the annual report now")]
    [InlineData("Use `code_span` here", "Use code_span here")]
    [InlineData("snake_case_word stays", "snake_case_word stays")]
    [InlineData("AT&amp;T and SG&A and &#8220;quoted&#8221; and &#146;", "AT&T and SG&A and \u201Cquoted\u201D and \u2019")]
    [InlineData("a <b>bold</b> tag and <https://sec.gov> link", "a bold tag and https://sec.gov link")]
    [InlineData("5 * 3 and 2 < 4", "5 * 3 and 2 < 4")]
    [InlineData("spaces   and\u00A0non-breaking   spaces", "spaces and non-breaking spaces")]
    [InlineData("a footnote*", "a footnote*")]
    public void Removes_inline_markup_and_keeps_the_words(string markdown, string expected)
    {
        Assert.Equal(expected, Assert.Single(MarkdownBlockReader.Read(markdown)).Text);
    }

    [Fact]
    public void Joins_the_lines_of_a_paragraph_and_separates_blocks_at_blank_lines()
    {
        var blocks = MarkdownBlockReader.Read("First line\nsecond line.\n\n- item one\n- item two\n  continued\n\nAfter.\n");
        Assert.Equal(new[] { "First line second line.", "item one", "item two continued", "After." }, blocks.Select(b => b.Text));
        Assert.Equal(new[] { BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph }, blocks.Select(b => b.Kind));
        Assert.Equal(blocks[1].ListId, blocks[2].ListId);
    }

    [Fact]
    public void Reads_atx_and_setext_headings_and_skips_thematic_breaks()
    {
        var blocks = MarkdownBlockReader.Read("# Item 3. Key Information #\n\nRisk Factors\n------------\n\n***\n\nBody.");
        Assert.Equal(new[] { "Item 3. Key Information", "Risk Factors", "Body." }, blocks.Select(b => b.Text));
        Assert.Equal(new[] { BlockKind.Heading, BlockKind.Heading, BlockKind.Paragraph }, blocks.Select(b => b.Kind));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Reads_every_line_ending(string newline)
    {
        var text = "***Heading one.***" + newline + newline + "Body one" + newline + "continues." + newline + newline + "*Heading two.*" + newline + newline + "Body two.";
        var blocks = MarkdownBlockReader.Read(text);
        Assert.Equal(new[] { "Heading one.", "Body one continues.", "Heading two.", "Body two." }, blocks.Select(b => b.Text));
    }

    [Fact]
    public void Ignores_a_byte_order_mark()
    {
        var block = Assert.Single(MarkdownBlockReader.Read("\uFEFF**Heading.**"));
        Assert.Equal("Heading.", block.Text);
        Assert.Equal(Emphasis.Bold, block.Emphasis);
    }

    [Fact]
    public void Maps_every_plain_character_back_to_its_source_offset()
    {
        const string source = "Intro *with* [a link](http://x) &amp; more\nnext line";
        var block = Assert.Single(MarkdownBlockReader.Read(source));
        Assert.Equal("Intro with a link & more next line", block.Text);
        for (var i = 0; i < block.Text.Length; i++)
        {
            var offset = block.Content.SourceOffset(i);
            var c = block.Text[i];
            if (c == '&')
            {
                Assert.Equal("&amp;", source.Substring(offset, block.Content.SourceEnd(i) - offset));
            }
            else if (c != ' ')
            {
                Assert.Equal(c, source[offset]);
            }
        }
    }

    [Fact]
    public void An_unclosed_link_or_code_span_is_text()
    {
        Assert.Equal("[not a link and `open code", Assert.Single(MarkdownBlockReader.Read("[not a link and `open code")).Text);
    }
}
