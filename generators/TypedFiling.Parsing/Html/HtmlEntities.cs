using System.Text;

namespace TypedFiling.Parsing.Html;

/// <summary>Decodes the character references that filings use (named ones and numeric ones).</summary>
/// <remarks>One decoder for every format, so that "&amp;rsquo;" reads the same in HTML and in Markdown.</remarks>
internal static class HtmlEntities
{
    /// <summary>The longest reference read, '&amp;' and ';' included ("&amp;#x2014;", "&amp;hellip;").</summary>
    private const int MaxReferenceLength = 12;

    /// <summary>
    /// Reads the character reference at <paramref name="start"/> ('&amp;'): how many source characters it
    /// spans, with the character in <paramref name="decoded"/>; 0 when it is not one (a bare '&amp;').
    /// </summary>
    public static int Read(string text, int start, out char decoded) => Read(text, start, text.Length, out decoded);

    /// <summary>Reads the character reference at <paramref name="start"/> that ends before <paramref name="end"/>.</summary>
    public static int Read(string text, int start, int end, out char decoded)
    {
        decoded = '&';
        var limit = System.Math.Min(end, start + MaxReferenceLength);
        for (var i = start + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == ';')
            {
                var value = Decode(text, start + 1, i - start - 1);
                if (value < 0)
                {
                    return 0;
                }

                decoded = (char)value;
                return i + 1 - start;
            }

            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#'))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// Appends text[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="builder"/> with its character
    /// references decoded (a reference is what <see cref="Read(string, int, int, out char)"/> reads; anything else is
    /// copied as it is): the text of an inline XBRL fact or header value.
    /// </summary>
    public static void AppendDecoded(StringBuilder builder, string text, int start, int end)
    {
        var run = start;
        var amp = text.IndexOf('&', start, end - start);
        while (amp >= 0)
        {
            var length = Read(text, amp, end, out var decoded);
            if (length > 0)
            {
                builder.Append(text, run, amp - run).Append(decoded);
                run = amp + length;
            }

            var next = amp + System.Math.Max(1, length);
            amp = next < end ? text.IndexOf('&', next, end - next) : -1;
        }

        builder.Append(text, run, end - run);
    }

    /// <summary>
    /// The character that the reference between '&amp;' and ';' stands for, or -1. Numeric references
    /// in 128-159 are read as Windows-1252, as browsers do and as EDGAR filers rely on.
    /// </summary>
    public static int Decode(string text, int start, int length)
    {
        if (length <= 0)
        {
            return -1;
        }

        if (text[start] == '#')
        {
            return DecodeNumeric(text, start + 1, length - 1);
        }

        // Compared in place: a filing has thousands of "&nbsp;", and a string for each would cost more than the text.
        foreach (var (name, value) in Named)
        {
            if (name.Length == length && string.CompareOrdinal(text, start, name, 0, length) == 0)
            {
                return value;
            }
        }

        return -1;
    }

    /// <summary>The named references read, the most frequent in filings first.</summary>
    private static readonly (string Name, char Value)[] Named =
    {
        ("nbsp", '\u00A0'), ("amp", '&'), ("rsquo", '\u2019'), ("ldquo", '\u201C'), ("rdquo", '\u201D'), ("mdash", '\u2014'),
        ("ndash", '\u2013'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("lsquo", '\u2018'), ("bull", '\u2022'),
        ("middot", '\u00B7'), ("yen", '\u00A5'), ("euro", '\u20AC'), ("pound", '\u00A3'), ("cent", '\u00A2'), ("sect", '\u00A7'),
        ("copy", '\u00A9'), ("reg", '\u00AE'), ("trade", '\u2122'), ("hellip", '\u2026'), ("shy", '\u00AD'), ("eacute", '\u00E9'),
    };

    private static int DecodeNumeric(string text, int start, int length)
    {
        if (length <= 0)
        {
            return -1;
        }

        var hex = text[start] == 'x' || text[start] == 'X';
        var value = 0;
        for (var i = hex ? start + 1 : start; i < start + length; i++)
        {
            var c = text[i];
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (hex && c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (hex && c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                return -1;
            }

            value = (value * (hex ? 16 : 10)) + digit;
            if (value > 0xFFFF)
            {
                return -1;
            }
        }

        if (value >= 0xD800 && value <= 0xDFFF)
        {
            return -1;
        }

        return value is >= 128 and <= 159 ? Windows1252(value) : value;
    }

    private static int Windows1252(int value) => value switch
    {
        128 => '\u20AC',
        130 => '\u201A',
        132 => '\u201E',
        133 => '\u2026',
        145 => '\u2018',
        146 => '\u2019',
        147 => '\u201C',
        148 => '\u201D',
        149 => '\u2022',
        150 => '\u2013',
        151 => '\u2014',
        153 => '\u2122',
        _ => value,
    };
}
