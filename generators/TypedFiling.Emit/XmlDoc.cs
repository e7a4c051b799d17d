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

    /// <summary>How much of a risk factor's first paragraph its tooltip shows; the whole body is in <c>Text</c>.</summary>
    private const int RemarksLimit = 400;

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

    /// <summary>The body's first paragraph as a tooltip's remarks, cut at a word after <see cref="RemarksLimit"/> characters.</summary>
    public static void WriteRemarks(SourceWriter writer, string text)
    {
        var excerpt = Excerpt(text, RemarksLimit, out var cut);
        if (excerpt.Length == 0)
        {
            return;
        }

        var midParagraph = cut && text[excerpt.Length] != '\n';
        writer.StartLine().Append("/// <remarks>").DocText(excerpt).Append(midParagraph ? "\u2026" : string.Empty)
            .Append(cut ? " (The full text is in Text.)" : string.Empty).Append("</remarks>").EndLine();
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

    /// <summary>
    /// The first paragraph of <paramref name="text"/>, cut at a space after at most <paramref name="limit"/>
    /// characters, so tooltips stay short; returns whether anything of the text was left out.
    /// </summary>
    public static string Excerpt(string text, int limit, out bool cut)
    {
        var paragraph = text.IndexOf("\n\n", System.StringComparison.Ordinal);
        var end = paragraph < 0 ? text.Length : paragraph;
        if (end > limit)
        {
            var space = text.LastIndexOf(' ', limit);
            end = space > limit / 2 ? space : limit;
            if (char.IsLowSurrogate(text[end]))
            {
                end--;
            }
        }

        cut = end < text.Length;
        return cut ? text.Substring(0, end) : text;
    }
}
