using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Html;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// A text filing inside HTML: a <c>&lt;pre&gt;</c> holding it, or a bare <c>&lt;html&gt;&lt;body&gt;&lt;div&gt;</c> shell around
/// lines that only line breaks lay out (EDGAR's HTML rendering of a plain-text filing). Its text, references decoded and
/// line breaks kept, is gathered as the HTML pass goes, then read as the text it is by <see cref="TextBlockReader"/>,
/// and each block's characters are mapped back to where they stand in the HTML.
/// </summary>
internal sealed class HtmlLaidOutText
{
    /// <summary>The first text of a shell laid out by line breaks has at least this many lines with words on them.</summary>
    private const int MinLaidOutLines = 8;

    private readonly string source;
    private readonly InlineText.Builder text = new(1024);

    public HtmlLaidOutText(string source) => this.source = source;

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/>, the first of a document, is laid out by
    /// line breaks: it holds <see cref="MinLaidOutLines"/> lines with words on them and a blank line between two of
    /// them, as a text filing's paragraphs are separated (HTML's own text has no lines, and its source's wrapped
    /// paragraphs no blank lines).
    /// </summary>
    public static bool IsLaidOut(string source, int start, int end)
    {
        var lines = 0;
        var words = false;
        var blank = false;
        var blankBetween = false;
        for (var i = start; i < end && (lines < MinLaidOutLines || !blankBetween); i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                blank = lines > 0 && !words || blank && !words;
                lines += words ? 1 : 0;
                words = false;
            }
            else if (!HtmlChars.IsWhite(c))
            {
                blankBetween |= blank;
                blank = false;
                words = true;
            }
        }

        return lines >= MinLaidOutLines && blankBetween;
    }

    /// <summary>Appends a text token, its references decoded and its whitespace as written.</summary>
    public void Text(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (source[i] == '&')
            {
                var length = HtmlEntities.Read(source, i, end, out var decoded);
                var width = length == 0 ? 1 : length;
                text.Append(length == 0 ? '&' : decoded, i, width);
                i += width;
            }
            else
            {
                text.Append(source[i], i);
                i++;
            }
        }
    }

    /// <summary>A <c>&lt;br&gt;</c> at <paramref name="at"/>: a line break.</summary>
    public void LineBreak(int at) => text.Append('\n', at);

    /// <summary>The text read as plain text, each block's characters mapped back to the HTML (a list: an iterator would ask the machine its thread).</summary>
    public List<Block> Blocks(CancellationToken cancellationToken)
    {
        var plain = text.Build();
        var builder = new InlineText.Builder(256);
        var blocks = new List<Block>();
        foreach (var block in TextBlockReader.Read(plain.Text, cancellationToken))
        {
            builder.Clear();
            var content = block.Content;
            for (var j = 0; j < content.Text.Length; j++)
            {
                if (j % ParsePolls.Chars == 0)
                {
                    ParsePolls.Check(cancellationToken, ParseStage.HtmlBlocks, block.Start + j);
                }

                var at = content.SourceOffset(j);
                var from = plain.SourceOffset(at);
                builder.Append(content.Text[j], from, plain.SourceEnd(at) - from);
            }

            blocks.Add(new Block(block.Kind, builder.Build(), block.Emphasis, plain.SourceOffset(block.Start), plain.SourceEnd(block.End - 1), block.ListId, block.LeadLength));
        }

        return blocks;
    }
}
