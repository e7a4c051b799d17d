using System;
using System.Text;
using System.Threading;
using TypedFiling.Parsing.Text;

namespace TypedFiling.Parsing.Html;

/// <summary>What <see cref="HtmlTokenizer.Next"/> stopped at.</summary>
internal enum HtmlTokenKind
{
    /// <summary>Before the first token.</summary>
    None,

    /// <summary>Characters between tags, character references not decoded ("&amp;amp;" is five characters here).</summary>
    Text,

    /// <summary>"&lt;p class=x&gt;" or "&lt;br/&gt;".</summary>
    StartTag,

    /// <summary>"&lt;/p&gt;".</summary>
    EndTag,

    /// <summary>The end of the text: no more tokens.</summary>
    End,
}

/// <summary>
/// The one HTML tokenizer: steps through a filing's markup once, from token to token, and hands out positions in the
/// text, never a copy. Comments, CDATA, declarations and processing instructions are skipped. A tag's attributes are
/// walked once to find where it ends (a '&gt;' inside a quoted value does not end it) and read again only when a
/// consumer asks for one. The content of <c>script</c>, <c>style</c>, <c>title</c> and <c>textarea</c> is text up to
/// the element's end tag (no tags in it). A '&lt;' that starts no tag ("a &lt; b") is text; a tag cut off by the end
/// of the text is dropped. Text tokens are at most <see cref="ParsePolls.Chars"/> long and never split a character
/// reference, so the loop that reads them polls for cancellation at bounded intervals, which <see cref="Next"/> does.
/// </summary>
internal sealed class HtmlTokenizer
{
    /// <summary>The longest character reference <see cref="HtmlEntities"/> reads, '&amp;' and ';' included.</summary>
    private const int MaxReference = 12;

    /// <summary>How many attributes of a tag are remembered from the walk that finds its end; a tag with more is walked again on demand.</summary>
    private const int Remembered = 16;

    private readonly string text;
    private readonly ParseStage stage;
    private readonly CancellationToken cancellationToken;
    private StringBuilder? decoded;
    private int position;
    private int poll;
    private int attributesEnd;

    // The walk that finds a tag's end remembers its attributes (name start, name length, value start, value end),
    // so that a consumer's look-ups do not walk the tag again.
    private readonly int[] attributes = new int[Remembered * 4];
    private int attributeCount;

    // The raw text element whose end tag ends the text being read ("script"), or -1.
    private int rawNameStart = -1;
    private int rawNameLength;

    /// <summary>A tokenizer over <paramref name="text"/> that polls <paramref name="cancellationToken"/> as <paramref name="stage"/>.</summary>
    public HtmlTokenizer(string text, ParseStage stage, CancellationToken cancellationToken = default)
    {
        this.text = text;
        this.stage = stage;
        this.cancellationToken = cancellationToken;
    }

    public string Text => text;

    public HtmlTokenKind Kind { get; private set; }

    /// <summary>The token's first character: a tag's '&lt;'.</summary>
    public int Start { get; private set; }

    /// <summary>Just past the token's last character: past a tag's '&gt;'.</summary>
    public int End { get; private set; }

    /// <summary>A tag's name, as written ("ix:nonFraction", "P").</summary>
    public int NameStart { get; private set; }

    public int NameLength { get; private set; }

    /// <summary>Whether a start tag ends in "/&gt;".</summary>
    public bool IsSelfClosing { get; private set; }

    /// <summary>Steps to the next token; false at the end of the text.</summary>
    public bool Next()
    {
        while (true)
        {
            // Every step polls, so that a run of comments or declarations is polled through too.
            if (position >= poll)
            {
                poll = position + ParsePolls.Chars;
                ParsePolls.Check(cancellationToken, stage, position);
            }

            if (rawNameStart >= 0 && RawText())
            {
                return true;
            }

            if (position >= text.Length)
            {
                Kind = HtmlTokenKind.End;
                Start = End = text.Length;
                return false;
            }

            if (text[position] != '<' || !StartsMarkup(position))
            {
                return TextToken();
            }

            if (text[position + 1] is not '!' and not '?')
            {
                return Tag();
            }

            position = SkipDeclaration(position);
        }
    }

    /// <summary>Whether the tag's name is <paramref name="name"/>, case and all (XHTML and XBRL names).</summary>
    public bool NameIs(string name) =>
        NameLength == name.Length && string.CompareOrdinal(text, NameStart, name, 0, name.Length) == 0;

    /// <summary>Whether the tag's name is <paramref name="name"/> (lower case), in any case (HTML names).</summary>
    public bool NameIsIgnoreCase(string name) => NameLength == name.Length && EqualsIgnoreCase(NameStart, name);

    /// <summary>Whether the tag's name has the prefix <paramref name="prefix"/> ("ix" in "ix:header").</summary>
    public bool HasPrefix(string prefix) =>
        NameLength > prefix.Length && text[NameStart + prefix.Length] == ':' && string.CompareOrdinal(text, NameStart, prefix, 0, prefix.Length) == 0;

    /// <summary>Whether the tag's name after its prefix is <paramref name="local"/> ("context" in "xbrli:context").</summary>
    public bool LocalNameIs(string local)
    {
        var colon = text.IndexOf(':', NameStart, NameLength);
        var start = colon < 0 ? NameStart : colon + 1;
        return NameStart + NameLength - start == local.Length && string.CompareOrdinal(text, start, local, 0, local.Length) == 0;
    }

    /// <summary>
    /// Where the value of the tag's first attribute named <paramref name="name"/> stands (quotes outside, references
    /// not decoded); false when it has none, or has it without a value. <paramref name="ignoreCase"/>: HTML's names.
    /// </summary>
    public bool TryGetAttribute(string name, bool ignoreCase, out int valueStart, out int valueEnd)
    {
        if (attributeCount <= Remembered)
        {
            for (var k = 0; k < attributeCount * 4; k += 4)
            {
                if (attributes[k + 2] >= 0 && attributes[k + 1] == name.Length && NameAt(attributes[k], name, ignoreCase))
                {
                    valueStart = attributes[k + 2];
                    valueEnd = attributes[k + 3];
                    return true;
                }
            }

            valueStart = valueEnd = -1;
            return false;
        }

        var i = NameStart + NameLength;
        while (i < attributesEnd)
        {
            if (!HtmlChars.IsNameStart(text[i]))
            {
                i++;
                continue;
            }

            var nameStart = i;
            i = Attribute(i, out var nameLength, out valueStart, out valueEnd);
            if (valueStart >= 0 && nameLength == name.Length && NameAt(nameStart, name, ignoreCase))
            {
                return true;
            }
        }

        valueStart = valueEnd = -1;
        return false;
    }

    private bool NameAt(int start, string name, bool ignoreCase) =>
        ignoreCase ? EqualsIgnoreCase(start, name) : string.CompareOrdinal(text, start, name, 0, name.Length) == 0;

    /// <summary>
    /// The value of the tag's attribute <paramref name="name"/> (case and all), references decoded; null when it has
    /// none. A value with nothing to decode (nearly every one) comes from <paramref name="pool"/> when one is given.
    /// </summary>
    public string? Attribute(string name, StringPool? pool = null)
    {
        if (!TryGetAttribute(name, ignoreCase: false, out var start, out var end))
        {
            return null;
        }

        if (text.IndexOf('&', start, end - start) < 0)
        {
            return pool is null ? text.Substring(start, end - start) : pool.Get(text, start, end);
        }

        decoded ??= new StringBuilder();
        HtmlEntities.AppendDecoded(decoded.Clear(), text, start, end);
        return decoded.ToString();
    }

    /// <summary>Whether '&lt;' at <paramref name="i"/> opens markup: a tag, an end tag, a comment or declaration, a processing instruction.</summary>
    private bool StartsMarkup(int i)
    {
        if (i + 1 >= text.Length)
        {
            return false;
        }

        var c = text[i + 1];
        return c is '!' or '?' || HtmlChars.IsNameStart(c) || (c == '/' && i + 2 < text.Length && HtmlChars.IsNameStart(text[i + 2]));
    }

    /// <summary>The text from the current position to the next markup, at most <see cref="ParsePolls.Chars"/> of it.</summary>
    private bool TextToken()
    {
        var start = position;
        var limit = Math.Min(text.Length, start + ParsePolls.Chars);
        var end = limit;
        for (var from = start + 1; from < limit;)
        {
            var open = text.IndexOf('<', from, limit - from);
            if (open < 0)
            {
                break;
            }

            if (StartsMarkup(open))
            {
                end = open;
                break;
            }

            from = open + 1;
        }

        SetText(start, end == limit ? SplitBeforeReference(start, end) : end);
        return true;
    }

    /// <summary>The text of a raw text element up to its end tag; false when the end tag is next (and no longer raw).</summary>
    private bool RawText()
    {
        var start = position;
        var limit = Math.Min(text.Length, start + ParsePolls.Chars);
        for (var from = start; from < limit;)
        {
            var open = text.IndexOf('<', from, limit - from);
            if (open < 0)
            {
                break;
            }

            if (ClosesRawText(open))
            {
                rawNameStart = -1;
                if (open == start)
                {
                    return false;
                }

                SetText(start, open);
                return true;
            }

            from = open + 1;
        }

        if (start >= text.Length)
        {
            return false;
        }

        SetText(start, SplitBeforeReference(start, limit));
        return true;
    }

    /// <summary>Whether "&lt;/" at <paramref name="open"/> is the raw text element's end tag: its name in any case, then whitespace, '/' or '&gt;'.</summary>
    private bool ClosesRawText(int open)
    {
        var nameEnd = open + 2 + rawNameLength;
        if (nameEnd > text.Length || text[open + 1] != '/' || string.Compare(text, open + 2, text, rawNameStart, rawNameLength, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        return nameEnd == text.Length || HtmlChars.IsWhite(text[nameEnd]) || text[nameEnd] is '/' or '>';
    }

    /// <summary>A text token cut at <paramref name="end"/> ends before a character reference that <paramref name="end"/> would split.</summary>
    private int SplitBeforeReference(int start, int end)
    {
        if (end >= text.Length)
        {
            return end;
        }

        var from = Math.Max(start + 1, end - MaxReference + 1);
        var amp = from < end ? text.LastIndexOf('&', end - 1, end - from) : -1;
        return amp > start ? amp : end;
    }

    private void SetText(int start, int end)
    {
        Kind = HtmlTokenKind.Text;
        Start = start;
        End = end;
        NameLength = 0;
        position = end;
    }

    /// <summary>The tag at the current position ('&lt;' then a letter, or "&lt;/" then a letter).</summary>
    private bool Tag()
    {
        var start = position;
        var isEnd = text[start + 1] == '/';
        var nameStart = isEnd ? start + 2 : start + 1;
        var nameEnd = nameStart + 1;
        while (nameEnd < text.Length && HtmlChars.IsNameChar(text[nameEnd]))
        {
            nameEnd++;
        }

        var close = TagEnd(nameEnd, out var selfClosing);
        if (close >= text.Length)
        {
            // Cut off by the end of the text: no tag, and nothing after it.
            position = text.Length;
            Kind = HtmlTokenKind.End;
            Start = End = text.Length;
            return false;
        }

        Kind = isEnd ? HtmlTokenKind.EndTag : HtmlTokenKind.StartTag;
        Start = start;
        End = close + 1;
        NameStart = nameStart;
        NameLength = nameEnd - nameStart;
        IsSelfClosing = selfClosing && !isEnd;
        attributesEnd = selfClosing ? close - 1 : close;
        position = End;
        if (Kind == HtmlTokenKind.StartTag && !selfClosing && IsRawTextElement())
        {
            rawNameStart = nameStart;
            rawNameLength = NameLength;
        }

        return true;
    }

    /// <summary>The offset of the '&gt;' that ends the tag whose attributes start at <paramref name="from"/>, or the text's length.</summary>
    private int TagEnd(int from, out bool selfClosing)
    {
        selfClosing = false;
        attributeCount = 0;
        var i = from;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '>')
            {
                return i;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '>')
            {
                selfClosing = true;
                return i + 1;
            }

            i = HtmlChars.IsNameStart(c) ? Remember(i) : i + 1;
        }

        return text.Length;
    }

    /// <summary>Reads the attribute at <paramref name="i"/> and remembers it (or only counts it, past <see cref="Remembered"/>).</summary>
    private int Remember(int i)
    {
        var next = Attribute(i, out var nameLength, out var valueStart, out var valueEnd);
        if (attributeCount < Remembered)
        {
            var k = attributeCount * 4;
            attributes[k] = i;
            attributes[k + 1] = nameLength;
            attributes[k + 2] = valueStart;
            attributes[k + 3] = valueEnd;
        }

        attributeCount++;
        return next;
    }

    /// <summary>
    /// Reads the attribute whose name starts at <paramref name="i"/>: its name, and its value's span (quotes outside),
    /// or -1 when it has none ("&lt;input disabled&gt;"). Returns where the next one may start. An unquoted value ends
    /// at whitespace or '&gt;'; a quoted one at its closing quote, or at the end of the text when there is none.
    /// </summary>
    private int Attribute(int i, out int nameLength, out int valueStart, out int valueEnd)
    {
        var nameStart = i;
        while (i < text.Length && HtmlChars.IsNameChar(text[i]))
        {
            i++;
        }

        nameLength = i - nameStart;
        i = SkipWhite(i);
        valueStart = valueEnd = -1;
        if (i >= text.Length || text[i] != '=')
        {
            return i;
        }

        i = SkipWhite(i + 1);
        if (i < text.Length && text[i] is '"' or '\'')
        {
            valueStart = i + 1;
            var close = text.IndexOf(text[i], valueStart);
            valueEnd = close < 0 ? text.Length : close;
            return Math.Min(text.Length, valueEnd + 1);
        }

        valueStart = i;
        while (i < text.Length && !HtmlChars.IsWhite(text[i]) && text[i] != '>')
        {
            i++;
        }

        valueEnd = i;
        return i;
    }

    private int SkipWhite(int i)
    {
        while (i < text.Length && HtmlChars.IsWhite(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Past a comment ("&lt;!-- --&gt;", "&lt;!--&gt;"), a CDATA section, a declaration or a processing instruction.</summary>
    private int SkipDeclaration(int open)
    {
        string terminator;
        int from;
        if (string.CompareOrdinal(text, open, "<!--", 0, 4) == 0)
        {
            (terminator, from) = ("-->", open + 2);
        }
        else if (string.CompareOrdinal(text, open, "<![CDATA[", 0, 9) == 0)
        {
            (terminator, from) = ("]]>", open + 9);
        }
        else
        {
            (terminator, from) = (">", open + 2);
        }

        var end = from >= text.Length ? -1 : text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    /// <summary>script and style (raw text), title and textarea (text and references, no tags).</summary>
    private bool IsRawTextElement() => NameLength switch
    {
        5 => NameIsIgnoreCase("style") || NameIsIgnoreCase("title"),
        6 => NameIsIgnoreCase("script"),
        8 => NameIsIgnoreCase("textarea"),
        _ => false,
    };

    /// <summary>Whether the text at <paramref name="start"/> is <paramref name="lower"/> in any case (ASCII).</summary>
    private bool EqualsIgnoreCase(int start, string lower)
    {
        for (var k = 0; k < lower.Length; k++)
        {
            if (HtmlChars.Lower(text[start + k]) != lower[k])
            {
                return false;
            }
        }

        return true;
    }
}
