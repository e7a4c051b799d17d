using TypedFiling.Parsing.Html;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Appends the text tokens of an HTML filing to the current block: whitespace folded to one space, character
/// references decoded (<see cref="HtmlEntities"/>), soft hyphens and byte-order marks dropped, and runs of plain words
/// with single spaces between them copied straight from the filing into the block's buffer in one piece.
/// </summary>
internal sealed class HtmlTextReader
{
    private readonly string text;
    private readonly BlockSink sink;

    public HtmlTextReader(string text, BlockSink sink)
    {
        this.text = text;
        this.sink = sink;
    }

    /// <summary>Appends text[<paramref name="start"/>..<paramref name="end"/>), a text token, with the emphasis that covers it.</summary>
    public void Read(int start, int end, bool bold, bool italic, bool underline)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsPlain(c))
            {
                i = Run(i, end, bold, italic, underline);
            }
            else if (c == '&')
            {
                var length = HtmlEntities.Read(text, i, end, out var decoded);
                var width = length == 0 ? 1 : length;
                Character(decoded, i, width, bold, italic, underline);
                i += width;
            }
            else
            {
                Character(c, i, 1, bold, italic, underline);
                i++;
            }
        }
    }

    /// <summary>
    /// Appends the run of plain characters at <paramref name="start"/>, single spaces between them included (each
    /// maps to itself, as a folded space would), in one copy; returns where it ends.
    /// </summary>
    private int Run(int start, int end, bool bold, bool italic, bool underline)
    {
        var i = start + 1;
        var spaces = 0;
        while (i < end)
        {
            var c = text[i];
            if (IsPlain(c))
            {
                i++;
            }
            else if (c == ' ' && i + 1 < end && IsPlain(text[i + 1]))
            {
                spaces++;
                i += 2;
            }
            else
            {
                break;
            }
        }

        sink.Chars(text, start, i, spaces, bold, italic, underline);
        return i;
    }

    private void Character(char c, int source, int width, bool bold, bool italic, bool underline)
    {
        if (IsSpace(c))
        {
            sink.Space(source);
        }
        else if (c != '\u00AD' && c != '\uFEFF')
        {
            sink.Char(c, source, width, bold, italic, underline);
        }
    }

    /// <summary>A character appended as it is: not whitespace, not a reference, not one the text drops.</summary>
    private static bool IsPlain(char c) =>
        c < 127 ? c > ' ' && c != '&' : !IsSpace(c) && c != '\u00AD' && c != '\uFEFF';

    /// <summary>What the text shows as a space: HTML's whitespace, the no-break and zero-width spaces, and Unicode's other spaces.</summary>
    private static bool IsSpace(char c) =>
        HtmlChars.IsWhite(c) || c == '\u00A0' || c == '\u200B' || (c > 127 && char.IsWhiteSpace(c));
}
