using System;
using System.Text;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Facts;

/// <summary>One tag of the filing's markup, by position: attributes are read only when asked for.</summary>
internal readonly struct XbrlTag
{
    public XbrlTag(int start, int end, int nameStart, int nameLength, bool isEnd, bool isSelfClosing)
    {
        Start = start;
        End = end;
        NameStart = nameStart;
        NameLength = nameLength;
        IsEnd = isEnd;
        IsSelfClosing = isSelfClosing;
    }

    /// <summary>The offset of its '&lt;'.</summary>
    public int Start { get; }

    /// <summary>The offset just past its '&gt;'.</summary>
    public int End { get; }

    public int NameStart { get; }

    public int NameLength { get; }

    /// <summary>Whether it is an end tag ("&lt;/ix:nonFraction&gt;").</summary>
    public bool IsEnd { get; }

    /// <summary>Whether it closes itself ("&lt;ix:nonFraction ... /&gt;").</summary>
    public bool IsSelfClosing { get; }
}

/// <summary>
/// A linear scanner over the tags of an (X)HTML filing, for the inline XBRL reader: it steps from one tag to the
/// next in one pass, skipping comments, CDATA and declarations, and hands out the text between tags with
/// character references decoded. It knows nothing of HTML's block structure; that is the HTML reader's job.
/// </summary>
internal sealed class XbrlTagScanner
{
    private readonly string text;
    private int position;

    public XbrlTagScanner(string text) => this.text = text;

    public string Text => text;

    /// <summary>The next tag at or after the current position; false at the end of the text.</summary>
    public bool Next(out XbrlTag tag)
    {
        while (true)
        {
            var open = text.IndexOf('<', position);
            if (open < 0 || open + 1 >= text.Length)
            {
                position = text.Length;
                tag = default;
                return false;
            }

            var c = text[open + 1];
            if (c == '!' || c == '?')
            {
                position = SkipMarkupDeclaration(open);
                continue;
            }

            var isEnd = c == '/';
            var nameStart = isEnd ? open + 2 : open + 1;
            if (nameStart >= text.Length || !IsNameStart(text[nameStart]))
            {
                position = open + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < text.Length && IsNameChar(text[nameEnd]))
            {
                nameEnd++;
            }

            var close = TagEnd(nameEnd);
            if (close < 0)
            {
                position = text.Length;
                tag = default;
                return false;
            }

            position = close + 1;
            tag = new XbrlTag(open, close + 1, nameStart, nameEnd - nameStart, isEnd, !isEnd && text[close - 1] == '/');
            return true;
        }
    }

    /// <summary>Whether the tag's name is <paramref name="name"/> (ordinal: XHTML names are case-sensitive).</summary>
    public bool NameIs(in XbrlTag tag, string name) =>
        tag.NameLength == name.Length && string.CompareOrdinal(text, tag.NameStart, name, 0, name.Length) == 0;

    /// <summary>The tag's name after its prefix ("context" for "xbrli:context").</summary>
    public string LocalName(in XbrlTag tag)
    {
        var colon = text.IndexOf(':', tag.NameStart, tag.NameLength);
        return colon < 0 ? text.Substring(tag.NameStart, tag.NameLength) : text.Substring(colon + 1, tag.NameStart + tag.NameLength - colon - 1);
    }

    /// <summary>Whether the tag's name after its prefix is <paramref name="local"/>: <see cref="LocalName"/> without a string.</summary>
    public bool LocalNameIs(in XbrlTag tag, string local)
    {
        var colon = text.IndexOf(':', tag.NameStart, tag.NameLength);
        var start = colon < 0 ? tag.NameStart : colon + 1;
        return tag.NameStart + tag.NameLength - start == local.Length && string.CompareOrdinal(text, start, local, 0, local.Length) == 0;
    }

    /// <summary>Whether the tag's prefix is <paramref name="prefix"/> ("ix").</summary>
    public bool HasPrefix(in XbrlTag tag, string prefix) =>
        tag.NameLength > prefix.Length && text[tag.NameStart + prefix.Length] == ':' && string.CompareOrdinal(text, tag.NameStart, prefix, 0, prefix.Length) == 0;

    /// <summary>The value of attribute <paramref name="name"/>, references decoded, or null when the tag has none.</summary>
    public string? Attribute(in XbrlTag tag, string name)
    {
        var i = tag.NameStart + tag.NameLength;
        var end = tag.End - 1;
        while (i < end)
        {
            while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }

            var attributeStart = i;
            while (i < end && text[i] != '=' && !char.IsWhiteSpace(text[i]) && text[i] != '/')
            {
                i++;
            }

            var attributeLength = i - attributeStart;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= end || text[i] != '=')
            {
                if (attributeLength == 0)
                {
                    i++;
                }

                continue;
            }

            i++;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int valueStart, valueEnd;
            if (i < end && (text[i] == '"' || text[i] == '\''))
            {
                var quote = text[i];
                valueStart = i + 1;
                valueEnd = text.IndexOf(quote, valueStart, end - valueStart);
                valueEnd = valueEnd < 0 ? end : valueEnd;
                i = valueEnd + 1;
            }
            else
            {
                valueStart = i;
                while (i < end && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                valueEnd = i;
            }

            if (attributeLength == name.Length && string.CompareOrdinal(text, attributeStart, name, 0, name.Length) == 0)
            {
                if (text.IndexOf('&', valueStart, valueEnd - valueStart) < 0)
                {
                    // Nothing to decode (nearly every value): one substring, no builder.
                    return text.Substring(valueStart, valueEnd - valueStart);
                }

                var builder = new StringBuilder(valueEnd - valueStart);
                AppendDecoded(builder, valueStart, valueEnd);
                return builder.ToString();
            }
        }

        return null;
    }

    /// <summary>Appends text[start..end) to <paramref name="builder"/> with character references decoded.</summary>
    public void AppendDecoded(StringBuilder builder, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '&')
            {
                var semicolon = text.IndexOf(';', i + 1, Math.Min(12, end - i - 1));
                var decoded = semicolon < 0 ? -1 : HtmlEntities.Decode(text, i + 1, semicolon - i - 1);
                if (decoded >= 0)
                {
                    if (decoded > 0xFFFF)
                    {
                        builder.Append(char.ConvertFromUtf32(decoded));
                    }
                    else
                    {
                        builder.Append((char)decoded);
                    }

                    i = semicolon;
                    continue;
                }
            }

            builder.Append(c);
        }
    }

    private static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    private static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '.';

    /// <summary>The offset of the '&gt;' that ends the tag whose attributes start at <paramref name="from"/>, quotes honoured; -1 if none.</summary>
    private int TagEnd(int from)
    {
        var quote = '\0';
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '"' || c == '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Past a comment, a CDATA section, a declaration or a processing instruction.</summary>
    private int SkipMarkupDeclaration(int open)
    {
        string terminator = string.CompareOrdinal(text, open, "<!--", 0, 4) == 0 ? "-->" : string.CompareOrdinal(text, open, "<![CDATA[", 0, 9) == 0 ? "]]>" : ">";
        var end = text.IndexOf(terminator, open + 2, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }
}
