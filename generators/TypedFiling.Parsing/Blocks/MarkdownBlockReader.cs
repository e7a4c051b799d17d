using System.Collections.Generic;
using System.Threading;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Reads a Markdown filing into blocks in one pass over its lines: paragraphs (lines joined), list
/// items, and headings ('#' and setext). Thematic breaks and blank lines separate blocks. Filings are
/// prose, so indented lines are text, not code.
/// </summary>
internal static class MarkdownBlockReader
{
    /// <summary>Reads <paramref name="text"/> into blocks in document order.</summary>
    public static IReadOnlyList<Block> Read(string text, CancellationToken cancellationToken = default)
    {
        var state = new State(text, cancellationToken);
        var position = 0;
        var poll = 0;
        while (position < text.Length)
        {
            var lineEnd = ParsePolls.LineEnd(text, position, ref poll, cancellationToken, ParseStage.MarkdownBlocks);

            state.Line(position, lineEnd);
            position = lineEnd;
            if (position < text.Length && text[position] == '\r')
            {
                position++;
            }

            if (position < text.Length && text[position] == '\n')
            {
                position++;
            }
        }

        state.Flush();
        return state.Blocks;
    }

    private sealed class State
    {
        private readonly string text;
        private readonly List<LineSpan> pending = new();
        private readonly MarkdownInlineReader inline;
        private BlockKind pendingKind;
        private int pendingStart;
        private int nextListId;
        private int currentListId = -1;
        private bool sawBlankSinceList;

        public State(string text, CancellationToken cancellationToken)
        {
            this.text = text;
            inline = new MarkdownInlineReader(cancellationToken);
        }

        public List<Block> Blocks { get; } = new();

        public void Line(int start, int end)
        {
            // A byte-order mark is not text.
            if (start == 0 && end > 0 && text[0] == '\uFEFF')
            {
                start = 1;
            }

            var contentEnd = end;
            while (contentEnd > start && IsSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }

            var first = start;
            var indent = 0;
            while (first < contentEnd && IsSpace(text[first]))
            {
                indent += text[first] == '\t' ? 4 - (indent % 4) : 1;
                first++;
            }

            if (first == contentEnd)
            {
                Flush();
                sawBlankSinceList = true;
                return;
            }

            // Block quotes read as their content.
            while (first < contentEnd && text[first] == '>')
            {
                first++;
                while (first < contentEnd && IsSpace(text[first]))
                {
                    first++;
                }
            }

            if (first == contentEnd)
            {
                Flush();
                return;
            }

            if (TryAtxHeading(first, contentEnd) || TryBreak(first, contentEnd) || TryListItem(first, contentEnd))
            {
                return;
            }

            if (pending.Count == 0)
            {
                // A paragraph after a blank line ends the list; an indented one continues its item's list.
                if (sawBlankSinceList && indent < 2)
                {
                    currentListId = -1;
                }

                pendingKind = BlockKind.Paragraph;
                pendingStart = first;
            }

            pending.Add(new LineSpan(first, contentEnd));
        }

        public void Flush()
        {
            if (pending.Count == 0)
            {
                return;
            }

            var (content, emphasis, lead) = inline.Read(text, pending);
            var end = pending[pending.Count - 1].End;
            pending.Clear();
            if (content.Text.Length == 0)
            {
                return;
            }

            var listId = pendingKind == BlockKind.ListItem ? currentListId : -1;
            Blocks.Add(new Block(pendingKind, content, emphasis, pendingStart, end, listId, lead));
        }

        private bool TryAtxHeading(int first, int end)
        {
            var hashes = 0;
            while (first + hashes < end && text[first + hashes] == '#')
            {
                hashes++;
            }

            if (hashes is < 1 or > 6 || (first + hashes < end && !IsSpace(text[first + hashes])))
            {
                return false;
            }

            Flush();
            var contentStart = first + hashes;
            while (contentStart < end && IsSpace(text[contentStart]))
            {
                contentStart++;
            }

            // A closing run of '#' is decoration.
            var contentEnd = end;
            var trailing = contentEnd;
            while (trailing > contentStart && text[trailing - 1] == '#')
            {
                trailing--;
            }

            if (trailing == contentStart || IsSpace(text[trailing - 1]))
            {
                contentEnd = trailing;
                while (contentEnd > contentStart && IsSpace(text[contentEnd - 1]))
                {
                    contentEnd--;
                }
            }

            pendingKind = BlockKind.Heading;
            pendingStart = first;
            if (contentEnd > contentStart)
            {
                pending.Add(new LineSpan(contentStart, contentEnd));
            }

            Flush();
            currentListId = -1;
            return true;
        }

        private bool TryBreak(int first, int end)
        {
            var marker = text[first];
            if (marker != '-' && marker != '*' && marker != '_' && marker != '=')
            {
                return false;
            }

            var count = 0;
            var spaced = false;
            for (var i = first; i < end; i++)
            {
                if (text[i] == marker)
                {
                    count++;
                }
                else if (IsSpace(text[i]))
                {
                    spaced = true;
                }
                else
                {
                    return false;
                }
            }

            var underlinesParagraph = pending.Count > 0 && pendingKind == BlockKind.Paragraph && !spaced;
            if (marker == '=' || (marker == '-' && underlinesParagraph))
            {
                if (!underlinesParagraph)
                {
                    return false;
                }

                // Setext underline: the paragraph above is a heading.
                pendingKind = BlockKind.Heading;
            }
            else if (count < 3)
            {
                return false;
            }

            Flush();
            currentListId = -1;
            return true;
        }

        private bool TryListItem(int first, int end)
        {
            var markerEnd = first;
            var c = text[first];
            if (c == '-' || c == '*' || c == '+' || c == '\u2022')
            {
                markerEnd = first + 1;
            }
            else
            {
                while (markerEnd < end && markerEnd - first < 9 && text[markerEnd] >= '0' && text[markerEnd] <= '9')
                {
                    markerEnd++;
                }

                if (markerEnd == first || markerEnd >= end || (text[markerEnd] != '.' && text[markerEnd] != ')'))
                {
                    return false;
                }

                // "2010. Revenues..." wrapped onto a new line is text: only numbered items start lists.
                if (pending.Count > 0 && pendingKind == BlockKind.Paragraph)
                {
                    return false;
                }

                markerEnd++;
            }

            if (markerEnd >= end || !IsSpace(text[markerEnd]))
            {
                return false;
            }

            Flush();
            if (currentListId < 0)
            {
                currentListId = nextListId++;
            }

            sawBlankSinceList = false;
            var contentStart = markerEnd;
            while (contentStart < end && IsSpace(text[contentStart]))
            {
                contentStart++;
            }

            pendingKind = BlockKind.ListItem;
            pendingStart = first;
            pending.Add(new LineSpan(contentStart, end));
            return true;
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\t';
    }
}
