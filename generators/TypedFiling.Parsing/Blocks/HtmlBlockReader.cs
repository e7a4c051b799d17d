using System;
using System.Collections.Generic;
using System.Threading;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Reads an EDGAR HTML filing into blocks in one pass, with a small tolerant tokenizer: no regular
/// expressions and no dependency, so that it loads wherever the generator does. Paragraph-like elements
/// (<c>p</c>, <c>div</c>, headings, list items, <c>hr</c> page breaks) end blocks; each table row becomes
/// one block (a bullet in its first cell makes it a list item); hidden content (<c>display:none</c>,
/// <c>ix:header</c>, <c>head</c>, scripts and styles) is skipped. A block's emphasis is what actually
/// covers every one of its characters, whether a tag (<c>b</c>, <c>strong</c>, <c>i</c>, <c>em</c>,
/// <c>u</c>) or a style (<c>font-weight</c>, <c>font-style</c>, <c>text-decoration</c>) makes it so.
/// Tag names are case-insensitive, an unclosed <c>p</c> ends at the next block, and stray end tags are
/// ignored.
/// </summary>
internal static class HtmlBlockReader
{
    /// <summary>Reads <paramref name="text"/> into blocks in document order.</summary>
    public static IReadOnlyList<Block> Read(string text, CancellationToken cancellationToken = default)
    {
        var reader = new Reader(text);
        reader.Run(cancellationToken);
        return reader.Sink.Blocks;
    }

    private enum Tag
    {
        Other,
        Block,
        Paragraph,
        Heading,
        ListItem,
        Table,
        Row,
        Cell,
        Break,
        Rule,
        Bold,
        Italic,
        Underline,
        Hidden,
        RawText,
        Void,
    }

    private struct Element
    {
        public int NameStart;
        public int NameLength;
        public Tag Tag;
        public bool Bold;
        public bool Italic;
        public bool Underline;
        public bool Hidden;
    }

    private sealed class Reader
    {
        private readonly string text;
        private readonly List<Element> stack = new();
        private Element current;
        private int tableDepth;
        private int rowDepth;
        private int cellIndex;
        private bool rowIsListItem;
        private BlockKind pendingKind = BlockKind.Paragraph;

        public Reader(string text)
        {
            this.text = text;
            current = default;
        }

        public BlockSink Sink { get; } = new();

        public void Run(CancellationToken cancellationToken)
        {
            var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var poll = 0;
            while (i < text.Length)
            {
                if (i >= poll)
                {
                    poll = i + ParsePolls.Chars;
                    ParsePolls.Check(cancellationToken, ParseStage.HtmlBlocks, i);
                }

                var c = text[i];
                if (c == '<')
                {
                    i = Markup(i);
                }
                else if (c == '&')
                {
                    i = Entity(i);
                }
                else if (current.Hidden || IsSpecial(c))
                {
                    Character(c, i, 1);
                    i++;
                }
                else
                {
                    i = Run(i);
                }
            }

            Sink.Flush(pendingKind);
        }

        /// <summary>Appends the run of plain characters at <paramref name="start"/> in one copy; returns where it ends.</summary>
        private int Run(int start)
        {
            var end = start + 1;
            while (end < text.Length && text[end] is var c && c != '<' && c != '&' && !IsSpecial(c))
            {
                end++;
            }

            Sink.Chars(text, start, end, current.Bold, current.Italic, current.Underline);
            return end;
        }

        /// <summary>Whitespace, or a character the text drops (soft hyphen, byte-order mark): what <see cref="Character"/> does not append as it is.</summary>
        private static bool IsSpecial(char c) =>
            c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B' or '\u00AD' or '\uFEFF' || (c > 127 && char.IsWhiteSpace(c));

        private void Character(char c, int source, int width)
        {
            if (current.Hidden)
            {
                return;
            }

            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B' || (c > 127 && char.IsWhiteSpace(c)))
            {
                Sink.Space(source);
                return;
            }

            if (c == '\u00AD' || c == '\uFEFF')
            {
                return;
            }

            Sink.Char(c, source, width, current.Bold, current.Italic, current.Underline);
        }

        private int Entity(int start)
        {
            var length = HtmlEntities.Read(text, start, out var decoded);
            Character(decoded, start, length == 0 ? 1 : length);
            return start + (length == 0 ? 1 : length);
        }

        /// <summary>Reads the markup at <paramref name="start"/> ('&lt;') and returns where text resumes.</summary>
        private int Markup(int start)
        {
            if (start + 1 >= text.Length)
            {
                Character('<', start, 1);
                return start + 1;
            }

            var next = text[start + 1];
            if (next == '!')
            {
                if (string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
                {
                    var close = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
                    return close < 0 ? text.Length : close + 3;
                }

                if (string.CompareOrdinal(text, start, "<![CDATA[", 0, 9) == 0)
                {
                    var close = text.IndexOf("]]>", start + 9, StringComparison.Ordinal);
                    return close < 0 ? text.Length : close + 3;
                }

                return SkipPast(start, '>');
            }

            if (next == '?')
            {
                return SkipPast(start, '>');
            }

            var closing = next == '/';
            var nameStart = closing ? start + 2 : start + 1;
            if (nameStart >= text.Length || !IsAsciiLetter(text[nameStart]))
            {
                // "a < b" is text.
                Character('<', start, 1);
                return start + 1;
            }

            var nameEnd = nameStart;
            while (nameEnd < text.Length && IsNameChar(text[nameEnd]))
            {
                nameEnd++;
            }

            // Attributes run to the '>' that is outside quotes.
            var styleStart = -1;
            var styleEnd = -1;
            var selfClosing = false;
            var i = nameEnd;
            while (i < text.Length && text[i] != '>')
            {
                var c = text[i];
                if (c == '/' && i + 1 < text.Length && text[i + 1] == '>')
                {
                    selfClosing = true;
                    i++;
                    break;
                }

                if (IsAsciiLetter(c))
                {
                    var attributeStart = i;
                    while (i < text.Length && IsNameChar(text[i]))
                    {
                        i++;
                    }

                    var attributeLength = i - attributeStart;
                    while (i < text.Length && IsWhite(text[i]))
                    {
                        i++;
                    }

                    if (i < text.Length && text[i] == '=')
                    {
                        i++;
                        while (i < text.Length && IsWhite(text[i]))
                        {
                            i++;
                        }

                        int valueStart, valueEnd;
                        if (i < text.Length && (text[i] == '"' || text[i] == '\''))
                        {
                            var quote = text[i];
                            valueStart = i + 1;
                            valueEnd = text.IndexOf(quote, valueStart);
                            if (valueEnd < 0)
                            {
                                valueEnd = text.Length;
                            }

                            i = Math.Min(text.Length, valueEnd + 1);
                        }
                        else
                        {
                            valueStart = i;
                            while (i < text.Length && !IsWhite(text[i]) && text[i] != '>')
                            {
                                i++;
                            }

                            valueEnd = i;
                        }

                        if (attributeLength == 5 && string.Compare(text, attributeStart, "style", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
                        {
                            styleStart = valueStart;
                            styleEnd = valueEnd;
                        }
                    }

                    continue;
                }

                i++;
            }

            var end = Math.Min(text.Length, i + 1);
            var tag = Classify(nameStart, nameEnd - nameStart);
            if (closing)
            {
                Close(nameStart, nameEnd - nameStart, tag, start);
                return end;
            }

            Open(nameStart, nameEnd - nameStart, tag, styleStart, styleEnd, selfClosing, start);
            if (tag == Tag.RawText && !selfClosing)
            {
                // Scripts and styles hold no markup: skip to their end tag.
                var close = IndexOfIgnoreCase("</" + text.Substring(nameStart, nameEnd - nameStart), end);
                if (close < 0)
                {
                    return text.Length;
                }

                Pop(stack.Count - 1);
                return SkipPast(close, '>');
            }

            return end;
        }

        private void Open(int nameStart, int nameLength, Tag tag, int styleStart, int styleEnd, bool selfClosing, int source)
        {
            switch (tag)
            {
                case Tag.Break:
                    if (rowDepth == 0 && Sink.IsEmpty)
                    {
                        return;
                    }

                    Sink.Space(source);
                    return;
                case Tag.Rule:
                    if (tableDepth == 0)
                    {
                        EndBlock();
                    }

                    return;
                case Tag.Void:
                    return;
                case Tag.Paragraph or Tag.Block or Tag.Heading or Tag.ListItem or Tag.Table:
                    // A block start closes an open <p> (HTML's implied end), with the inline elements in it.
                    for (var i = stack.Count - 1; i >= 0; i--)
                    {
                        var open = stack[i].Tag;
                        if (open == Tag.Paragraph)
                        {
                            Pop(i);
                            break;
                        }

                        if (open != Tag.Bold && open != Tag.Italic && open != Tag.Underline && open != Tag.Other)
                        {
                            break;
                        }
                    }

                    if (tag == Tag.Table)
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
                        Sink.Space(source);
                    }

                    if (rowDepth == 0 && tag is Tag.Heading or Tag.ListItem)
                    {
                        pendingKind = tag == Tag.Heading ? BlockKind.Heading : BlockKind.ListItem;
                    }

                    break;
                case Tag.Row:
                    if (tableDepth <= 1 && rowDepth == 0)
                    {
                        EndBlock();
                        cellIndex = 0;
                        rowIsListItem = false;
                    }

                    rowDepth++;
                    break;
                case Tag.Cell:
                    if (rowDepth == 0 && tableDepth == 0)
                    {
                        EndBlock();
                    }

                    Sink.Space(source);
                    break;
            }

            if (selfClosing)
            {
                return;
            }

            var element = current;
            element.NameStart = nameStart;
            element.NameLength = nameLength;
            element.Tag = tag;
            switch (tag)
            {
                case Tag.Bold or Tag.Heading:
                    element.Bold = true;
                    break;
                case Tag.Italic:
                    element.Italic = true;
                    break;
                case Tag.Underline:
                    element.Underline = true;
                    break;
                case Tag.Hidden or Tag.RawText:
                    element.Hidden = true;
                    break;
            }

            if (styleStart >= 0)
            {
                ApplyStyle(ref element, styleStart, styleEnd);
            }

            stack.Add(element);
            current = element;
        }

        private void Close(int nameStart, int nameLength, Tag tag, int source)
        {
            // Close the innermost open element of that name; an end tag with none open is ignored.
            var index = -1;
            for (var i = stack.Count - 1; i >= 0; i--)
            {
                var open = stack[i];
                if (open.NameLength == nameLength && string.Compare(text, open.NameStart, text, nameStart, nameLength, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    index = i;
                    break;
                }

                // A cell or row end does not reach past its table.
                if (open.Tag == Tag.Table && tag != Tag.Table)
                {
                    break;
                }
            }

            if (index < 0)
            {
                if (tag == Tag.Paragraph && rowDepth == 0)
                {
                    // A stray </p> still ends a paragraph.
                    EndBlock();
                }

                return;
            }

            Pop(index);
            switch (tag)
            {
                case Tag.Paragraph or Tag.Block or Tag.Heading or Tag.ListItem:
                    if (rowDepth == 0)
                    {
                        EndBlock();
                    }
                    else
                    {
                        Sink.Space(source);
                    }

                    break;
                case Tag.Cell:
                    Sink.Space(source);
                    if (rowDepth == 1 && tableDepth == 1)
                    {
                        if (cellIndex == 0 && !Sink.IsEmpty && BlockSink.IsBullet(PeekText()))
                        {
                            Sink.Discard();
                            rowIsListItem = true;
                        }

                        cellIndex++;
                    }

                    break;
                case Tag.Row:
                    rowDepth = Math.Max(0, rowDepth - 1);
                    if (rowDepth == 0 && tableDepth <= 1)
                    {
                        Sink.Flush(rowIsListItem ? BlockKind.ListItem : BlockKind.Paragraph);
                        rowIsListItem = false;
                    }

                    break;
                case Tag.Table:
                    tableDepth = Math.Max(0, tableDepth - 1);
                    if (tableDepth == 0)
                    {
                        rowDepth = 0;
                        EndBlock();
                    }

                    break;
            }
        }

        private string PeekText() => Sink.PeekText();

        private void EndBlock()
        {
            Sink.Flush(pendingKind);
            pendingKind = BlockKind.Paragraph;
        }

        /// <summary>Pops the elements from <paramref name="index"/> up, restoring the emphasis outside them.</summary>
        private void Pop(int index)
        {
            stack.RemoveRange(index, stack.Count - index);
            current = stack.Count > 0 ? stack[stack.Count - 1] : default;
        }

        /// <summary>Reads the properties of a style attribute that change what the text looks like.</summary>
        private void ApplyStyle(ref Element element, int start, int end)
        {
            var i = start;
            while (i < end)
            {
                var nameStart = i;
                var colon = -1;
                while (i < end && text[i] != ';')
                {
                    if (colon < 0 && text[i] == ':')
                    {
                        colon = i;
                    }

                    i++;
                }

                if (colon > 0)
                {
                    var name = Trim(nameStart, colon);
                    var value = Trim(colon + 1, i);
                    if (Is(name, "font-weight"))
                    {
                        element.Bold = Is(value, "bold") || Is(value, "bolder") || IsHeavyWeight(value);
                    }
                    else if (Is(name, "font-style"))
                    {
                        element.Italic = Is(value, "italic") || Is(value, "oblique");
                    }
                    else if (Is(name, "text-decoration") || Is(name, "text-decoration-line"))
                    {
                        element.Underline = Contains(value, "underline");
                    }
                    else if (Is(name, "display") && Is(value, "none"))
                    {
                        element.Hidden = true;
                    }
                    else if (Is(name, "visibility") && Is(value, "hidden"))
                    {
                        element.Hidden = true;
                    }
                    else if (Is(name, "font"))
                    {
                        // The shorthand: "italic bold 10pt Times".
                        element.Bold = Contains(value, "bold") || ContainsHeavyWeight(value);
                        element.Italic = Contains(value, "italic");
                    }
                }

                i++;
            }
        }

        private (int Start, int End) Trim(int start, int end)
        {
            while (start < end && IsWhite(text[start]))
            {
                start++;
            }

            while (end > start && IsWhite(text[end - 1]))
            {
                end--;
            }

            // "!important" does not change the value.
            var bang = text.IndexOf('!', start, end - start);
            if (bang >= 0)
            {
                end = bang;
                while (end > start && IsWhite(text[end - 1]))
                {
                    end--;
                }
            }

            return (start, end);
        }

        private bool Is((int Start, int End) range, string value) =>
            range.End - range.Start == value.Length && string.Compare(text, range.Start, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private bool Contains((int Start, int End) range, string value)
        {
            for (var i = range.Start; i + value.Length <= range.End; i++)
            {
                if (string.Compare(text, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A numeric weight of 600 or more.</summary>
        private bool IsHeavyWeight((int Start, int End) range)
        {
            if (range.End - range.Start != 3)
            {
                return false;
            }

            var value = 0;
            for (var i = range.Start; i < range.End; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return value >= 600;
        }

        private bool ContainsHeavyWeight((int Start, int End) range)
        {
            for (var i = range.Start; i + 3 <= range.End; i++)
            {
                if ((i == range.Start || IsWhite(text[i - 1])) && (i + 3 == range.End || IsWhite(text[i + 3])) && IsHeavyWeight((i, i + 3)))
                {
                    return true;
                }
            }

            return false;
        }

        private Tag Classify(int start, int length)
        {
            switch (length)
            {
                case 1:
                    switch (char.ToLowerInvariant(text[start]))
                    {
                        case 'p': return Tag.Paragraph;
                        case 'b': return Tag.Bold;
                        case 'i': return Tag.Italic;
                        case 'u': return Tag.Underline;
                        default: return Tag.Other;
                    }

                case 2:
                    var a = char.ToLowerInvariant(text[start]);
                    var b = char.ToLowerInvariant(text[start + 1]);
                    if (a == 'h' && b >= '1' && b <= '6')
                    {
                        return Tag.Heading;
                    }

                    switch ((a, b))
                    {
                        case ('b', 'r'): return Tag.Break;
                        case ('h', 'r'): return Tag.Rule;
                        case ('t', 'r'): return Tag.Row;
                        case ('t', 'd'): return Tag.Cell;
                        case ('t', 'h'): return Tag.Cell;
                        case ('l', 'i'): return Tag.ListItem;
                        case ('e', 'm'): return Tag.Italic;
                        case ('u', 'l'): return Tag.Block;
                        case ('o', 'l'): return Tag.Block;
                        case ('d', 'l'): return Tag.Block;
                        case ('d', 't'): return Tag.Block;
                        case ('d', 'd'): return Tag.Block;
                        default: return Tag.Other;
                    }
            }

            if (Named(start, length, "div") || Named(start, length, "center") || Named(start, length, "blockquote") || Named(start, length, "pre") ||
                Named(start, length, "section") || Named(start, length, "article") || Named(start, length, "body") || Named(start, length, "header") ||
                Named(start, length, "footer") || Named(start, length, "caption") || Named(start, length, "address"))
            {
                return Tag.Block;
            }

            if (Named(start, length, "table"))
            {
                return Tag.Table;
            }

            if (Named(start, length, "strong"))
            {
                return Tag.Bold;
            }

            if (Named(start, length, "ins"))
            {
                return Tag.Underline;
            }

            if (Named(start, length, "script") || Named(start, length, "style"))
            {
                return Tag.RawText;
            }

            if (Named(start, length, "head") || Named(start, length, "title") || Named(start, length, "ix:header") || Named(start, length, "noscript") || Named(start, length, "template"))
            {
                return Tag.Hidden;
            }

            if (Named(start, length, "img") || Named(start, length, "meta") || Named(start, length, "link") || Named(start, length, "input") ||
                Named(start, length, "col") || Named(start, length, "area") || Named(start, length, "base") || Named(start, length, "wbr") || Named(start, length, "param"))
            {
                return Tag.Void;
            }

            return Tag.Other;
        }

        private bool Named(int start, int length, string name) =>
            length == name.Length && string.Compare(text, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0;

        private int SkipPast(int start, char c)
        {
            var index = text.IndexOf(c, start);
            return index < 0 ? text.Length : index + 1;
        }

        private int IndexOfIgnoreCase(string value, int start) => text.IndexOf(value, start, StringComparison.OrdinalIgnoreCase);

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsNameChar(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';

        private static bool IsWhite(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
