using System.Collections.Generic;
using TypedFiling.Parsing.Html;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// The open elements of an HTML filing, innermost last, each with the emphasis, font size and visibility it gives its text (its
/// tag's, its style's, and what it inherits): what covers a character is what <see cref="Current"/> says when it is
/// read. Names are kept as positions in the text and compared in any case.
/// </summary>
internal sealed class HtmlElementStack
{
    private readonly string text;
    private readonly InlineStyleCache styles;
    private readonly List<Entry> stack = new();

    public HtmlElementStack(string text)
    {
        this.text = text;
        styles = new InlineStyleCache(text);
    }

    /// <summary>The innermost open element, or the document's defaults when none is open.</summary>
    public Entry Current { get; private set; }

    /// <summary>How many elements are open.</summary>
    public int Depth => stack.Count;

    /// <summary>Opens the current tag of <paramref name="tokens"/> as <paramref name="element"/>, under the current one.</summary>
    public void Push(HtmlTokenizer tokens, HtmlElement element)
    {
        var entry = Current;
        entry.NameStart = tokens.NameStart;
        entry.NameLength = tokens.NameLength;
        entry.Element = element;
        switch (element)
        {
            case HtmlElement.Bold or HtmlElement.Heading:
                entry.Bold = true;
                break;
            case HtmlElement.Italic:
                entry.Italic = true;
                break;
            case HtmlElement.Underline:
                entry.Underline = true;
                break;
            case HtmlElement.Hidden or HtmlElement.RawText:
                entry.Hidden = true;
                break;
            case HtmlElement.Font when tokens.TryGetAttribute("size", ignoreCase: true, out var sizeStart, out var sizeEnd):
                entry.FontSize = FontSizes.FromFontTag(text, sizeStart, sizeEnd, entry.FontSize);
                break;
        }

        if (tokens.TryGetAttribute("style", ignoreCase: true, out var start, out var end))
        {
            var style = styles.Read(start, end);
            entry.Bold = style.Bold ?? entry.Bold;
            entry.Italic = style.Italic ?? entry.Italic;
            entry.Underline = style.Underline ?? entry.Underline;
            entry.Hidden |= style.Hidden;
            entry.FontSize = FontSizes.Resolve(style.FontSizeValue, entry.FontSize);
        }

        stack.Add(entry);
        Current = entry;
    }

    /// <summary>
    /// The innermost open element named as the current end tag of <paramref name="tokens"/>, or -1: a row or cell end
    /// does not reach past its table (<paramref name="element"/> is the end tag's meaning).
    /// </summary>
    public int Find(HtmlTokenizer tokens, HtmlElement element)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var open = stack[i];
            if (open.NameLength == tokens.NameLength && SameName(open.NameStart, tokens.NameStart, tokens.NameLength))
            {
                return i;
            }

            if (open.Element == HtmlElement.Table && element != HtmlElement.Table)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>Whether the names at <paramref name="a"/> and <paramref name="b"/> are the same in any case (names are ASCII).</summary>
    private bool SameName(int a, int b, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (HtmlChars.Lower(text[a + k]) != HtmlChars.Lower(text[b + k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A block start closes an open <c>p</c> (HTML's implied end), with the inline elements inside it.</summary>
    public void CloseParagraph()
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var open = stack[i].Element;
            if (open == HtmlElement.Paragraph)
            {
                Pop(i);
                return;
            }

            if (open != HtmlElement.Bold && open != HtmlElement.Italic && open != HtmlElement.Underline && open != HtmlElement.Font && open != HtmlElement.Other)
            {
                return;
            }
        }
    }

    /// <summary>Pops the elements from <paramref name="index"/> up, restoring the emphasis outside them.</summary>
    public void Pop(int index)
    {
        stack.RemoveRange(index, stack.Count - index);
        Current = stack.Count > 0 ? stack[stack.Count - 1] : default;
    }

    /// <summary>An open element: its name's position, its meaning, and what it does to the text inside it.</summary>
    internal struct Entry
    {
        public int NameStart;
        public int NameLength;
        public HtmlElement Element;
        public bool Bold;
        public bool Italic;
        public bool Underline;
        public bool Hidden;

        /// <summary>The font size of its text in hundredths of a point (<see cref="FontSizes"/>), 0 where no element says.</summary>
        public int FontSize;
    }
}
