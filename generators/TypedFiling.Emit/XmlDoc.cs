using System.Globalization;
using System.Text;

namespace TypedFiling.Emit;

/// <summary>
/// Writes filing text into /// documentation: XML-escaped, one /// line per line of text, and with the
/// characters that may not appear raw written as character references (or U+FFFD where XML forbids
/// even a reference), so no filing can end the comment, the element, or hide text from a reader.
/// </summary>
internal static class XmlDoc
{
    /// <summary>How long a short tooltip's title may be (a filing whose source would pass its budget).</summary>
    public const int ShortLimit = 200;

    /// <summary><paramref name="text"/>, or its first <paramref name="limit"/> characters and an ellipsis, never splitting a surrogate pair.</summary>
    public static string Cut(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text.Substring(0, end) + "\u2026";
    }

    public static void AppendEscaped(StringBuilder builder, string text, int indent) => AppendEscaped(builder, text, 0, text.Length, indent);

    public static void AppendEscaped(StringBuilder builder, string text, int start, int length, int indent)
    {
        // Runs of characters that need nothing are copied at once.
        var run = start;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < 127 && c != '&' && c != '<' && c != '>')
            {
                continue;
            }

            if (c > 127 && !CSharpLiteral.MustEscape(c))
            {
                continue;
            }

            builder.Append(text, run, i - run);
            run = i + 1;
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                // A whole character outside the basic plane (CJK Extension B, emoji) is one reference.
                builder.Append("&#x").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                i++;
                run = i + 1;
                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n':
                    builder.Append('\n').Append('\t', indent).Append("/// ");
                    break;
                default:
                    if (!CSharpLiteral.MustEscape(c))
                    {
                        builder.Append(c);
                    }
                    else if (IsXmlChar(c) && c != '\r')
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append("&#xFFFD;");
                    }

                    break;
            }
        }

        builder.Append(text, run, end - run);
    }

    /// <summary>XML 1.0's Char production, for one UTF-16 unit (surrogates never stand alone in it).</summary>
    private static bool IsXmlChar(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
