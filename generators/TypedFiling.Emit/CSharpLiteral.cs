using System.Globalization;
using System.Text;

namespace TypedFiling.Emit;

/// <summary>
/// Writes filing text as C# string literals. Nothing in a filing can end the literal or the line, and
/// no control, formatting (bidirectional override, zero-width), separator, surrogate or unassigned
/// character is written raw: each becomes a \u escape.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendString(builder, text);
        return builder.ToString();
    }

    public static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');

        // Runs of characters that need nothing are copied at once.
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c >= ' ' && c < 127 && c != '"' && c != '\\') || (c > 127 && !MustEscape(c)))
            {
                continue;
            }

            builder.Append(text, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (MustEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append(text, run, text.Length - run);
        builder.Append('"');
    }

    /// <summary>How many UTF-8 bytes <see cref="String"/>'s literal of <paramref name="text"/> has, quotes included, without writing it.</summary>
    public static long Utf8Length(string text)
    {
        long length = 2;
        foreach (var c in text)
        {
            length += c switch
            {
                '"' or '\\' or '\n' or '\r' or '\t' or '\0' => 2,
                _ when MustEscape(c) => 6,
                < (char)0x80 => 1,
                < (char)0x800 => 2,
                _ => 3,
            };
        }

        return length;
    }

    /// <summary>Whether <paramref name="c"/> may not appear raw in generated source.</summary>
    public static bool MustEscape(char c)
    {
        if (c < ' ' || c == '\u007F')
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or
            UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or
            UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator when c != '\u00A0' => true,
            _ => c == '\uFFFE' || c == '\uFFFF',
        };
    }
}
