using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Html;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Reads an EDGAR HTML filing into blocks in one pass over the <see cref="HtmlTokenizer"/>'s tokens, handing them to
/// a listener (the inline XBRL reader) as it goes. Paragraph-like elements (<c>p</c>, <c>div</c>, headings, list
/// items, <c>hr</c> page breaks) end blocks; each table row becomes one block (a bullet in its first cell makes it a
/// list item); hidden content (<c>display:none</c>, <c>ix:header</c>, <c>head</c>, scripts and styles) is skipped. A
/// block's emphasis is what actually covers every one of its characters, whether a tag (<c>b</c>, <c>strong</c>,
/// <c>i</c>, <c>em</c>, <c>u</c>) or a style (<see cref="InlineStyle"/>) makes it so (<see cref="HtmlElementStack"/>).
/// Tag names are case-insensitive, an unclosed <c>p</c> ends at the next block, and stray end tags are ignored.
/// </summary>
internal static class HtmlBlockReader
{
    /// <summary>Reads <paramref name="text"/> into blocks in document order.</summary>
    public static IReadOnlyList<Block> Read(string text, CancellationToken cancellationToken = default) => Read(text, null, cancellationToken);

    /// <summary>Reads <paramref name="text"/> into blocks, handing every tag and the text it wants to <paramref name="listener"/>.</summary>
    public static IReadOnlyList<Block> Read(string text, IHtmlTokenListener? listener, CancellationToken cancellationToken = default)
    {
        var reader = new Reader(new HtmlTokenizer(text, ParseStage.HtmlBlocks, cancellationToken), listener, cancellationToken);
        reader.Run();
        return reader.Sink.Blocks;
    }

    private sealed class Reader
    {
        private readonly HtmlTokenizer tokens;
        private readonly CancellationToken cancellationToken;
        private readonly IHtmlTokenListener? listener;
        private readonly HtmlElementStack elements;
        private readonly HtmlTextReader textReader;
        private int tableDepth;
        private int rowDepth;
        private int cellIndex;
        private bool rowIsListItem;
        private BlockKind pendingKind = BlockKind.Paragraph;

        // A line break just read, with only whitespace after it so far: a second one ends the paragraph.
        private bool breakPending;

        // A text filing inside HTML (a <pre>, or a shell laid out by line breaks) is gathered here and read as text.
        private HtmlLaidOutText? laidOut;
        private bool inPre;

        public Reader(HtmlTokenizer tokens, IHtmlTokenListener? listener, CancellationToken cancellationToken)
        {
            this.cancellationToken = cancellationToken;
            this.tokens = tokens;
            this.listener = listener;
            elements = new HtmlElementStack(tokens.Text);
            textReader = new HtmlTextReader(tokens.Text, Sink);
        }

        public BlockSink Sink { get; } = new();

        public void Run()
        {
            while (tokens.Next())
            {
                if (laidOut is null && tokens.Kind == HtmlTokenKind.Text && Sink.Blocks.Count == 0 && Sink.IsEmpty && tableDepth == 0 && elements.Depth > 0 && !elements.Current.Hidden && HtmlLaidOutText.IsLaidOut(tokens.Text, tokens.Start, tokens.End))
                {
                    laidOut = new HtmlLaidOutText(tokens.Text);
                }

                if (laidOut is not null)
                {
                    ReadLaidOut();
                    continue;
                }

                if (tokens.Kind == HtmlTokenKind.Text)
                {
                    var current = elements.Current;
                    breakPending &= IsWhite(tokens.Start, tokens.End);
                    if (!current.Hidden)
                    {
                        Sink.FontSize = current.FontSize;
                        textReader.Read(tokens.Start, tokens.End, current.Bold, current.Italic, current.Underline);
                    }

                    if (listener is { WantsText: true })
                    {
                        listener.Text(tokens.Start, tokens.End);
                    }

                    continue;
                }

                listener?.Tag(tokens);
                var element = HtmlElements.Classify(tokens);
                if (tokens.Kind == HtmlTokenKind.EndTag)
                {
                    Close(element);
                }
                else
                {
                    Open(element);
                }
            }

            Sink.Flush(pendingKind);
            EndLaidOut();
        }

        /// <summary>A token of a text filing inside HTML: its text as written, a line break for a &lt;br&gt;, the end of its &lt;pre&gt;.</summary>
        private void ReadLaidOut()
        {
            if (tokens.Kind == HtmlTokenKind.Text)
            {
                laidOut!.Text(tokens.Start, tokens.End);
                if (listener is { WantsText: true })
                {
                    listener.Text(tokens.Start, tokens.End);
                }

                return;
            }

            listener?.Tag(tokens);
            if (HtmlElements.Classify(tokens) == HtmlElement.Break)
            {
                laidOut!.LineBreak(tokens.Start);
            }
            else if (inPre && tokens.Kind == HtmlTokenKind.EndTag && tokens.NameIsIgnoreCase("pre"))
            {
                EndLaidOut();
            }
        }

        /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> is all whitespace (looked at only after a line break).</summary>
        private bool IsWhite(int start, int end)
        {
            for (var i = start; breakPending && i < end; i++)
            {
                var c = tokens.Text[i];
                if (!HtmlChars.IsWhite(c) && c != '\u00A0')
                {
                    return c == '&' && string.CompareOrdinal(tokens.Text, i, "&nbsp;", 0, 6) == 0 && IsWhite(i + 6, end);
                }
            }

            return true;
        }

        /// <summary>Reads the text filing gathered so far as text, its blocks after the HTML's.</summary>
        private void EndLaidOut()
        {
            if (laidOut is null)
            {
                return;
            }

            Sink.Flush(pendingKind);
            Sink.Blocks.AddRange(laidOut.Blocks(cancellationToken));
            laidOut = null;
            inPre = false;
        }

        private void Open(HtmlElement element)
        {
            switch (element)
            {
                case HtmlElement.Break:
                    // Two line breaks with nothing but whitespace between are a blank line: outside a table, a paragraph's end.
                    if (breakPending && rowDepth == 0)
                    {
                        EndBlock();
                    }
                    else if (rowDepth > 0 || !Sink.IsEmpty)
                    {
                        Sink.Space(tokens.Start);
                    }

                    breakPending = !Sink.IsEmpty;
                    return;
                case HtmlElement.Rule:
                    if (tableDepth == 0)
                    {
                        EndBlock();
                    }

                    return;
                case HtmlElement.Void:
                    return;
                case HtmlElement.Block when tokens.NameIsIgnoreCase("pre") && tableDepth == 0:
                    EndBlock();
                    laidOut = new HtmlLaidOutText(tokens.Text);
                    inPre = true;
                    return;
                case HtmlElement.Paragraph or HtmlElement.Block or HtmlElement.Heading or HtmlElement.ListItem or HtmlElement.Table:
                    elements.CloseParagraph();
                    OpenBlock(element);
                    break;
                case HtmlElement.Row:
                    if (tableDepth <= 1 && rowDepth == 0)
                    {
                        EndBlock();
                        cellIndex = 0;
                        rowIsListItem = false;
                    }

                    rowDepth++;
                    break;
                case HtmlElement.Cell:
                    if (rowDepth == 0 && tableDepth == 0)
                    {
                        EndBlock();
                    }

                    Sink.Space(tokens.Start);
                    break;
            }

            if (!tokens.IsSelfClosing)
            {
                elements.Push(tokens, element);
            }
        }

        /// <summary>A paragraph-like element or a table starts: a new block outside rows, a space between cells' words inside.</summary>
        private void OpenBlock(HtmlElement element)
        {
            if (element == HtmlElement.Table)
            {
                if (tableDepth == 0)
                {
                    EndBlock();
                }

                tableDepth++;
            }
            else if (rowDepth == 0)
            {
                EndBlock();
            }
            else
            {
                Sink.Space(tokens.Start);
            }

            if (rowDepth == 0 && element is HtmlElement.Heading or HtmlElement.ListItem)
            {
                pendingKind = element == HtmlElement.Heading ? BlockKind.Heading : BlockKind.ListItem;
            }
        }

        private void Close(HtmlElement element)
        {
            // Close the innermost open element of that name; an end tag with none open is ignored.
            var index = elements.Find(tokens, element);
            if (index < 0)
            {
                if (element == HtmlElement.Paragraph && rowDepth == 0)
                {
                    // A stray </p> still ends a paragraph.
                    EndBlock();
                }

                return;
            }

            elements.Pop(index);
            switch (element)
            {
                case HtmlElement.Paragraph or HtmlElement.Block or HtmlElement.Heading or HtmlElement.ListItem:
                    if (rowDepth == 0)
                    {
                        EndBlock();
                    }
                    else
                    {
                        Sink.Space(tokens.Start);
                    }

                    break;
                case HtmlElement.Cell:
                    CloseCell();
                    break;
                case HtmlElement.Row:
                    rowDepth = Math.Max(0, rowDepth - 1);
                    if (rowDepth == 0 && tableDepth <= 1)
                    {
                        Sink.Flush(rowIsListItem ? BlockKind.ListItem : BlockKind.Paragraph);
                        rowIsListItem = false;
                    }

                    break;
                case HtmlElement.Table:
                    tableDepth = Math.Max(0, tableDepth - 1);
                    if (tableDepth == 0)
                    {
                        rowDepth = 0;
                        EndBlock();
                    }

                    break;
            }
        }

        /// <summary>A cell ends: a first cell of a top-level row holding only a bullet makes the row a list item.</summary>
        private void CloseCell()
        {
            Sink.Space(tokens.Start);
            if (rowDepth == 1 && tableDepth == 1)
            {
                if (cellIndex == 0 && Sink.IsBullet())
                {
                    Sink.Discard();
                    rowIsListItem = true;
                }

                cellIndex++;
            }
        }

        private void EndBlock()
        {
            Sink.Flush(pendingKind);
            pendingKind = BlockKind.Paragraph;
        }
    }
}
