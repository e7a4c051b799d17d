using System.Collections.Generic;
using System.Linq;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Tests.Formats;

public sealed class TextBlockReaderTests
{
    private static IReadOnlyList<Block> Read(string text) => TextBlockReader.Read(text);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Paragraphs_join_their_wrapped_lines_and_keep_offsets(string newline)
    {
        var text = string.Join(newline, "Changes in interest rates may", "affect profitability", "", "In periods of increasing", "interest rates, loans rise.", "");
        var blocks = Read(text);
        Assert.Equal(new[] { "Changes in interest rates may affect profitability", "In periods of increasing interest rates, loans rise." }, blocks.Select(b => b.Text));
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Text.Length; i++)
            {
                var source = text[block.Content.SourceOffset(i)];
                Assert.True(block.Text[i] == source || (block.Text[i] == ' ' && char.IsWhiteSpace(source)), $"'{block.Text[i]}' maps to '{source}'");
            }
        }

        Assert.All(blocks, b => Assert.Equal(Emphasis.None, b.Emphasis));
    }

    [Theory]
    [InlineData("- ------------")]
    [InlineData("------------")]
    [InlineData("============")]
    public void An_underlined_line_is_a_heading(string rule)
    {
        var blocks = Read("Risk factors\n" + rule + "\n\nText.\n");
        Assert.Equal(BlockKind.Heading, blocks[0].Kind);
        Assert.Equal("Risk factors", blocks[0].Text);
        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
    }

    [Theory]
    [InlineData("-8-")]
    [InlineData("                                      -9-")]
    [InlineData("12")]
    [InlineData("Page 4")]
    [InlineData("<PAGE>")]
    public void Page_markers_are_dropped(string marker)
    {
        var blocks = Read("Before.\n\n" + marker + "\n\nAfter.\n");
        Assert.Equal(new[] { "Before.", "After." }, blocks.Select(b => b.Text));
    }

    [Fact]
    public void Bulleted_lines_are_list_items_with_their_continuations()
    {
        var blocks = Read("Risks include:\n\n* first risk,\n  continued;\n* second risk.\n\nAfter.\n");
        Assert.Equal(new[] { BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph }, blocks.Select(b => b.Kind));
        Assert.Equal("first risk, continued;", blocks[1].Text);
        Assert.Equal(blocks[1].ListId, blocks[2].ListId);
    }

    [Fact]
    public void Unmarked_headings_between_blank_lines_become_risk_factors_through_the_outline()
    {
        var text = "Risk factors\n- ------------\n\nThe risk factors are described in more detail below.\n\n" +
                   "Changes in interest rates may\nsignificantly affect profitability\n\n" +
                   "In periods of increasing interest rates, policy loans and surrenders may tend to increase as policyholders seek higher returns.\n\n" +
                   "                                      -8-\n\n" +
                   "Liquidity risk of certain investment assets\n\n" +
                   "The investments in private placement fixed maturities may be illiquid and hard to sell at attractive prices in a timely manner.\n";
        var model = FilingParser.Parse(text, FilingOptions.ForPath("aegon.txt")).Model;
        Assert.Equal(new[] { "Changes in interest rates may significantly affect profitability", "Liquidity risk of certain investment assets" }, model.RiskFactors.Select(r => r.Title));
        Assert.Equal(6, model.RiskFactors[0].Location.StartLine);
        Assert.Equal(7, model.RiskFactors[0].Location.EndLine);
    }
}
