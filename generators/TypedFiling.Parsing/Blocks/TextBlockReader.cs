using System.Collections.Generic;
using System.Threading;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Reads a plain-text filing (EDGAR ASCII) into blocks in one pass over its lines. Blank lines separate
/// paragraphs, whose wrapped lines are joined; a line of dashes or equals signs under a one-line
/// paragraph (EDGAR writes "- -----", dash-stuffed) makes it a heading, and elsewhere separates blocks;
/// page markers ("-8-", "8", "Page 8", "&lt;PAGE&gt;") are dropped; a line opening with a bullet starts a
/// list item. Plain text carries no emphasis: headings that are only short lines standing alone are
/// told from prose by the outline, which reads every format the same way.
/// </summary>
internal static class TextBlockReader
{
    /// <summary>
    /// EDGAR wraps plain text at about 80 columns; a line longer than this is a whole paragraph, as in text
    /// converted with one line per paragraph and no blank lines between them.
    /// </summary>
    private const int MaxWrappedLineChars = 160;

    /// <summary>Reads <paramref name="text"/> into blocks in document order.</summary>
    public static IReadOnlyList<Block> Read(string text, CancellationToken cancellationToken = default) => new Reader(text, cancellationToken).Run();

    /// <summary>One pass over the lines of a text: the block being gathered and where the pass stands.</summary>
    private sealed class Reader
    {
        private readonly string text;
        private readonly CancellationToken cancellationToken;
        private readonly BlockSink sink = new();
        private readonly SubmissionLines? submission;
        private int position;
        private int poll;
        private int linesInBlock;
        private bool listItem;
        private bool previousUnwrapped;

        public Reader(string text, CancellationToken cancellationToken)
        {
            this.text = text;
            this.cancellationToken = cancellationToken;
            position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            submission = SubmissionLines.For(text, position);
        }

        public IReadOnlyList<Block> Run()
        {
            while (position < text.Length)
            {
                var lineEnd = ParsePolls.LineEnd(text, position, ref poll, cancellationToken, ParseStage.TextBlocks);

                var first = position;
                while (first < lineEnd && IsSpace(text[first]))
                {
                    first++;
                }

                var last = lineEnd;
                while (last > first && IsSpace(text[last - 1]))
                {
                    last--;
                }

                var role = submission is null || first == last ? SubmissionLine.Text : submission.Read(text, first, last);
                if (role == SubmissionLine.Stop)
                {
                    break;
                }

                Line(first, last, role);
                NextLine(lineEnd);
            }

            Flush(BlockKind.Paragraph);
            return sink.Blocks;
        }

        /// <summary>A line from <paramref name="first"/> to <paramref name="last"/>, blanks trimmed: a break, a rule, or words.</summary>
        private void Line(int first, int last, SubmissionLine role)
        {
            if (first == last || role != SubmissionLine.Text || IsPageMarker(text, first, last))
            {
                Flush(BlockKind.Paragraph);
                if (role == SubmissionLine.Own)
                {
                    // "<TYPE>10-K": one word, a block of its own, so that the cover knows the form.
                    sink.Chars(text, first, last, false, false, false);
                    sink.Flush();
                }
            }
            else if (IsRule(text, first, last))
            {
                Flush(linesInBlock == 1 && !listItem ? BlockKind.Heading : BlockKind.Paragraph);
            }
            else
            {
                var unwrapped = last - first > MaxWrappedLineChars;
                if (unwrapped || previousUnwrapped)
                {
                    Flush(BlockKind.Paragraph);
                }

                previousUnwrapped = unwrapped;
                var bullet = BulletEnd(text, first, last);
                if (bullet > first)
                {
                    Flush(BlockKind.Paragraph);
                    listItem = true;
                    first = bullet;
                }
                else if (linesInBlock > 0)
                {
                    sink.Space(position - 1);
                }

                Words(first, last);
                linesInBlock++;
            }
        }

        /// <summary>Appends the line's words, a word at a time in one copy, its blanks folded.</summary>
        private void Words(int first, int last)
        {
            for (var i = first; i < last; i++)
            {
                if (i >= poll)
                {
                    // One line can be a whole filing's worth of one paragraph.
                    poll = i + ParsePolls.Chars;
                    ParsePolls.Check(cancellationToken, ParseStage.TextBlocks, i);
                }

                var c = text[i];
                if (IsSpace(c) || c == '\u00A0')
                {
                    sink.Space(i);
                }
                else
                {
                    var wordEnd = i + 1;
                    while (wordEnd < last && !IsSpace(text[wordEnd]) && text[wordEnd] != '\u00A0')
                    {
                        wordEnd++;
                    }

                    sink.Chars(text, i, wordEnd, false, false, false);
                    i = wordEnd - 1;
                }
            }
        }

        private void NextLine(int lineEnd)
        {
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

        private void Flush(BlockKind kind)
        {
            sink.Flush(listItem ? BlockKind.ListItem : kind);
            linesInBlock = 0;
            listItem = false;
        }
    }

    /// <summary>A line of '-', '=' or '_' (spaces allowed, as in EDGAR's "- ------"), at least three of them.</summary>
    private static bool IsRule(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '-' || c == '=' || c == '_')
            {
                count++;
            }
            else if (!IsSpace(c))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>"-8-", "- 8 -", "8", "Page 8", "F-3", "&lt;PAGE&gt;" alone on a line.</summary>
    private static bool IsPageMarker(string text, int start, int end)
    {
        if (end - start == 6 && string.CompareOrdinal(text, start, "<PAGE>", 0, 6) == 0)
        {
            return true;
        }

        var i = start;
        if (end - start > 5 && string.Compare(text, start, "page ", 0, 5, System.StringComparison.OrdinalIgnoreCase) == 0)
        {
            i += 5;
        }

        var digits = 0;
        for (; i < end; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (c != '-' && !IsSpace(c))
            {
                return false;
            }
        }

        return digits is > 0 and <= 4;
    }

    /// <summary>Where a list item's text starts after its bullet ("• ", "* ", "- ", "o "), or <paramref name="start"/>.</summary>
    private static int BulletEnd(string text, int start, int end)
    {
        var c = text[start];
        if ((c == '\u2022' || c == '*' || c == '-' || c == 'o' || c == '\u00B7') && start + 2 < end && IsSpace(text[start + 1]))
        {
            var i = start + 1;
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            return i;
        }

        return start;
    }

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\f' || c == '\v';
}
