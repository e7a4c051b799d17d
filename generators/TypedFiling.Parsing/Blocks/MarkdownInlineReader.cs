using System.Collections.Generic;
using System.Text;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Reads the inline Markdown of one block: drops emphasis delimiters, escapes, link targets and HTML
/// tags, decodes entities and folds whitespace, and tells whether the whole block is emphasized.
/// Follows CommonMark's flanking rules closely enough for prose; it never backtracks more than a
/// bounded look-ahead.
/// </summary>
internal static class MarkdownInlineReader
{
    private const int MaxLookAhead = 512;

    /// <summary>Reads the source ranges <paramref name="lines"/> of <paramref name="source"/> as one block.</summary>
    public static (InlineText Content, Emphasis Emphasis, int LeadLength) Read(string source, IReadOnlyList<LineSpan> lines)
    {
        // Join the block's lines with '\n' once, remembering where each line came from. (Sized up front:
        // a growing builder cost more than the text it held.)
        var rawStarts = new int[lines.Count];
        if (lines.Count == 1)
        {
            return new Reader(source.Substring(lines[0].Start, lines[0].End - lines[0].Start), rawStarts, lines).Run();
        }

        var total = lines.Count - 1;
        for (var i = 0; i < lines.Count; i++)
        {
            total += lines[i].End - lines[i].Start;
        }

        var raw = new StringBuilder(total);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                raw.Append('\n');
            }

            rawStarts[i] = raw.Length;
            raw.Append(source, lines[i].Start, lines[i].End - lines[i].Start);
        }

        var reader = new Reader(raw.ToString(), rawStarts, lines);
        return reader.Run();
    }

    private sealed class Reader
    {
        private readonly string raw;
        private readonly int[] rawStarts;
        private readonly IReadOnlyList<LineSpan> lines;
        private readonly InlineText.Builder output;
        private int line;
        private int depth;
        private int minDepth = int.MaxValue;
        private bool pendingSpace;
        private int linkTextEnd = -1;
        private int linkEnd = -1;
        private bool leadOpen = true;
        private int leadLength;

        public Reader(string raw, int[] rawStarts, IReadOnlyList<LineSpan> lines)
        {
            this.raw = raw;
            output = new InlineText.Builder(raw.Length);
            this.rawStarts = rawStarts;
            this.lines = lines;
        }

        public (InlineText, Emphasis, int) Run()
        {
            var i = 0;
            while (i < raw.Length)
            {
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
                    case '\\' when i + 1 < raw.Length && IsAsciiPunctuation(raw[i + 1]):
                        Emit(raw[i + 1], i + 1);
                        i += 2;
                        continue;
                    case '`':
                        i = CodeSpan(i);
                        continue;
                    case '!' when i + 1 < raw.Length && raw[i + 1] == '[' && TryLink(i + 1):
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
                        Emit(c, i);
                        i++;
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

        private int SourceOf(int rawIndex)
        {
            // Emission is monotonic, so the line cursor only moves forward.
            while (line + 1 < rawStarts.Length && rawIndex >= rawStarts[line + 1])
            {
                line++;
            }

            return lines[line].Start + (rawIndex - rawStarts[line]);
        }

        private int Delimiters(int start, char c)
        {
            var end = start;
            while (end < raw.Length && raw[end] == c)
            {
                end++;
            }

            var prev = start > 0 ? raw[start - 1] : ' ';
            var next = end < raw.Length ? raw[end] : ' ';
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
            while (end < raw.Length && raw[end] == '`')
            {
                end++;
            }

            var length = end - start;
            var limit = System.Math.Min(raw.Length, end + MaxLookAhead);
            for (var i = end; i < limit; i++)
            {
                if (raw[i] != '`')
                {
                    continue;
                }

                var close = i;
                while (close < raw.Length && raw[close] == '`')
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

            var limit = System.Math.Min(raw.Length, open + MaxLookAhead);
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

                    if (i + 1 >= raw.Length || raw[i + 1] != '(')
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
            var next = start + 1 < raw.Length ? raw[start + 1] : ' ';
            if (!(IsAsciiLetter(next) || next == '/' || next == '!'))
            {
                Emit('<', start);
                return start + 1;
            }

            var limit = System.Math.Min(raw.Length, start + MaxLookAhead);
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
            var length = HtmlEntities.Read(raw, start, out var decoded);
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
    }

    internal static bool IsWhite(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\f' || c == '\v' || (c > 127 && char.IsWhiteSpace(c));

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    private static bool IsPunctuation(char c) => IsAsciiPunctuation(c) || (c > 127 && char.IsPunctuation(c));
}
