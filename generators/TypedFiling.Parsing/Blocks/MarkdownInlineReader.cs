using System.Collections.Generic;
using System.Text;
using TypedFiling.Parsing.Html;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Reads the inline Markdown of one block: drops emphasis delimiters, escapes, link targets and HTML
/// tags, decodes entities and folds whitespace, and tells whether the whole block is emphasized.
/// Follows CommonMark's flanking rules closely enough for prose; it never backtracks more than a
/// bounded look-ahead.
/// </summary>
internal sealed class MarkdownInlineReader
{
    private const int MaxLookAhead = 512;

    private readonly System.Threading.CancellationToken cancellationToken;

    // Reused for every block of a filing: the output builder, the line starts and the join of a block's
    // lines grow to the largest block once instead of being made for each block.
    private readonly InlineText.Builder output = new(256);
    private readonly StringBuilder join = new();
    private int[] rawStarts = new int[4];

    // The block's raw text is raw[rawBegin..rawEnd): the source itself for a one-line block (no copy), or the
    // block's lines joined with '\n'. rawStarts[k] is where line k starts in raw.
    private string raw = string.Empty;
    private int rawBegin;
    private int rawEnd;
    private IReadOnlyList<LineSpan> lines = System.Array.Empty<LineSpan>();
    private int line;
    private int depth;
    private int minDepth;
    private bool pendingSpace;
    private int linkTextEnd;
    private int linkEnd;
    private bool leadOpen;
    private int leadLength;

    public MarkdownInlineReader(System.Threading.CancellationToken cancellationToken) => this.cancellationToken = cancellationToken;

    /// <summary>Reads the source ranges <paramref name="blockLines"/> of <paramref name="source"/> as one block.</summary>
    public (InlineText Content, Emphasis Emphasis, int LeadLength) Read(string source, IReadOnlyList<LineSpan> blockLines)
    {
        if (rawStarts.Length < blockLines.Count)
        {
            rawStarts = new int[System.Math.Max(blockLines.Count, rawStarts.Length * 2)];
        }

        if (blockLines.Count == 1)
        {
            raw = source;
            rawBegin = blockLines[0].Start;
            rawEnd = blockLines[0].End;
            rawStarts[0] = rawBegin;
        }
        else
        {
            // Join the block's lines with '\n' once, remembering where each line came from.
            join.Clear();
            for (var i = 0; i < blockLines.Count; i++)
            {
                if (i > 0)
                {
                    join.Append('\n');
                }

                rawStarts[i] = join.Length;
                join.Append(source, blockLines[i].Start, blockLines[i].End - blockLines[i].Start);
            }

            raw = join.ToString();
            rawBegin = 0;
            rawEnd = raw.Length;
        }

        lines = blockLines;
        line = depth = 0;
        minDepth = int.MaxValue;
        pendingSpace = false;
        linkTextEnd = linkEnd = -1;
        leadOpen = true;
        leadLength = 0;
        output.Clear();
        return Run();
    }

    private (InlineText, Emphasis, int) Run()
    {
        var i = rawBegin;
        var poll = i + ParsePolls.Chars;
        while (i < rawEnd)
        {
            if (i >= poll)
            {
                // A block can be a whole filing's worth of one paragraph.
                poll = i + ParsePolls.Chars;
                ParsePolls.Check(cancellationToken, ParseStage.MarkdownInline, SourceOf(i));
            }

            var c = raw[i];
            if (i == linkTextEnd)
            {
                i = linkEnd;
                linkTextEnd = linkEnd = -1;
                continue;
            }

            if (IsWhite(c))
            {
                pendingSpace = output.Length > 0;
                i++;
                continue;
            }

            switch (c)
            {
                case '*':
                case '_':
                    i = Delimiters(i, c);
                    continue;
                case '\\' when i + 1 < rawEnd && IsAsciiPunctuation(raw[i + 1]):
                    Emit(raw[i + 1], i + 1);
                    i += 2;
                    continue;
                case '`':
                    i = CodeSpan(i);
                    continue;
                case '!' when i + 1 < rawEnd && raw[i + 1] == '[' && TryLink(i + 1):
                    i += 2;
                    continue;
                case '[' when TryLink(i):
                    i++;
                    continue;
                case '<':
                    i = Tag(i);
                    continue;
                case '&':
                    i = Entity(i);
                    continue;
                default:
                    i = EmitRun(i);
                    continue;
            }
        }

        output.TrimEnd();
        var emphasis = minDepth == int.MaxValue || minDepth == 0 ? Emphasis.None : (Emphasis)System.Math.Min(minDepth, 3);
        return (output.Build(), emphasis, emphasis == Emphasis.None ? System.Math.Min(leadLength, output.Length) : 0);
    }

    private void Emit(char c, int rawIndex, int width = 1)
    {
        if (pendingSpace)
        {
            output.Append(' ', SourceOf(rawIndex) - 1);
            pendingSpace = false;
        }

        output.Append(c, SourceOf(rawIndex), width);
        if (leadOpen)
        {
            // The leading emphasized run ends at the first character outside emphasis.
            leadOpen = depth > 0;
            leadLength = leadOpen ? output.Length : leadLength;
        }

        if (depth < minDepth)
        {
            minDepth = depth;
        }
    }

    /// <summary>
    /// Emits the character at <paramref name="start"/> and the plain ones after it (no whitespace, no markup, not
    /// past a link's text) in one copy, as <see cref="Emit"/> would one by one; returns where the run ends.
    /// </summary>
    private int EmitRun(int start)
    {
        var end = start + 1;
        while (end < rawEnd && end != linkTextEnd && !IsWhite(raw[end]) && !IsMarkup(raw[end]))
        {
            end++;
        }

        if (end == start + 1)
        {
            Emit(raw[start], start);
            return end;
        }

        if (pendingSpace)
        {
            output.Append(' ', SourceOf(start) - 1);
            pendingSpace = false;
        }

        // A run holds no line break, so its characters are contiguous in the source.
        output.Append(raw, start, end - start, SourceOf(start));
        if (leadOpen)
        {
            leadOpen = depth > 0;
            leadLength = leadOpen ? output.Length : leadLength;
        }

        if (depth < minDepth)
        {
            minDepth = depth;
        }

        return end;
    }

    private static bool IsMarkup(char c) => c is '*' or '_' or '\\' or '`' or '!' or '[' or '<' or '&';

    private int SourceOf(int rawIndex)
    {
        // Emission is monotonic, so the line cursor only moves forward.
        while (line + 1 < lines.Count && rawIndex >= rawStarts[line + 1])
        {
            line++;
        }

        return lines[line].Start + (rawIndex - rawStarts[line]);
    }

    private int Delimiters(int start, char c)
    {
        var end = start;
        while (end < rawEnd && raw[end] == c)
        {
            end++;
        }

        var prev = start > rawBegin ? raw[start - 1] : ' ';
        var next = end < rawEnd ? raw[end] : ' ';
        var leftFlanking = !IsWhite(next) && (!IsPunctuation(next) || IsWhite(prev) || IsPunctuation(prev));
        var rightFlanking = !IsWhite(prev) && (!IsPunctuation(prev) || IsWhite(next) || IsPunctuation(next));
        bool canOpen, canClose;
        if (c == '_')
        {
            // Underscores inside a word (snake_case) are text.
            canOpen = leftFlanking && (!rightFlanking || IsPunctuation(prev));
            canClose = rightFlanking && (!leftFlanking || IsPunctuation(next));
        }
        else
        {
            canOpen = leftFlanking;
            canClose = rightFlanking;
        }

        var length = end - start;
        if (canClose && depth > 0)
        {
            depth -= System.Math.Min(depth, length);
        }
        else if (canOpen)
        {
            depth += length;
        }
        else
        {
            for (var i = start; i < end; i++)
            {
                Emit(c, i);
            }
        }

        return end;
    }

    private int CodeSpan(int start)
    {
        var end = start;
        while (end < rawEnd && raw[end] == '`')
        {
            end++;
        }

        var length = end - start;
        var limit = System.Math.Min(rawEnd, end + MaxLookAhead);
        for (var i = end; i < limit; i++)
        {
            if (raw[i] != '`')
            {
                continue;
            }

            var close = i;
            while (close < rawEnd && raw[close] == '`')
            {
                close++;
            }

            if (close - i == length)
            {
                for (var j = end; j < i; j++)
                {
                    if (IsWhite(raw[j]))
                    {
                        pendingSpace = output.Length > 0;
                    }
                    else
                    {
                        Emit(raw[j], j);
                    }
                }

                return close;
            }

            i = close - 1;
        }

        for (var i = start; i < end; i++)
        {
            Emit('`', i);
        }

        return end;
    }

    private bool TryLink(int open)
    {
        if (linkTextEnd >= 0)
        {
            return false;
        }

        var limit = System.Math.Min(rawEnd, open + MaxLookAhead);
        var nesting = 0;
        for (var i = open + 1; i < limit; i++)
        {
            var c = raw[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                nesting++;
            }
            else if (c == ']')
            {
                if (nesting-- > 0)
                {
                    continue;
                }

                if (i + 1 >= rawEnd || raw[i + 1] != '(')
                {
                    return false;
                }

                var parens = 0;
                for (var j = i + 2; j < limit; j++)
                {
                    if (raw[j] == '(')
                    {
                        parens++;
                    }
                    else if (raw[j] == ')' && parens-- == 0)
                    {
                        linkTextEnd = i;
                        linkEnd = j + 1;
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private int Tag(int start)
    {
        var next = start + 1 < rawEnd ? raw[start + 1] : ' ';
        if (!(IsAsciiLetter(next) || next == '/' || next == '!'))
        {
            Emit('<', start);
            return start + 1;
        }

        var limit = System.Math.Min(rawEnd, start + MaxLookAhead);
        for (var i = start + 1; i < limit; i++)
        {
            var c = raw[i];
            if (c == '<' || c == '\n')
            {
                break;
            }

            if (c == '>')
            {
                // An autolink keeps its address; any other tag is markup.
                if (IsAutolink(start + 1, i))
                {
                    for (var j = start + 1; j < i; j++)
                    {
                        Emit(raw[j], j);
                    }
                }

                return i + 1;
            }
        }

        Emit('<', start);
        return start + 1;
    }

    private bool IsAutolink(int start, int end)
    {
        var colon = raw.IndexOf(':', start, end - start);
        if (colon <= start)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (raw[i] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    private int Entity(int start)
    {
        var length = HtmlEntities.Read(raw, start, rawEnd, out var decoded);
        if (length == 0)
        {
            Emit('&', start);
            return start + 1;
        }

        if (IsWhite(decoded))
        {
            pendingSpace = output.Length > 0;
        }
        else
        {
            Emit(decoded, start, length);
        }

        return start + length;
    }

    internal static bool IsWhite(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\f' || c == '\v' || (c > 127 && char.IsWhiteSpace(c));

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    private static bool IsPunctuation(char c) => IsAsciiPunctuation(c) || (c > 127 && char.IsPunctuation(c));
}
