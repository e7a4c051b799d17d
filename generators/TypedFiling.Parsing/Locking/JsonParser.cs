using System.Globalization;
using System.Text;

namespace TypedFiling.Parsing.Locking;

/// <summary>A problem in a JSON text, at an offset.</summary>
internal sealed class JsonProblem
{
    public JsonProblem(int offset, string message)
    {
        Offset = offset;
        Message = message;
    }

    public int Offset { get; }

    public string Message { get; }
}

/// <summary>
/// A small strict JSON reader (RFC 8259) for lock files, so that the parser library needs no JSON package in the
/// compiler's process: one pass, no recursion deeper than <see cref="MaxDepth"/>, a located problem instead of an exception.
/// </summary>
internal sealed class JsonParser
{
    private const int MaxDepth = 64;

    private readonly string text;
    private int position;

    private JsonParser(string text) => this.text = text;

    /// <summary>The value of <paramref name="text"/>, or null with <paramref name="problem"/> saying why not.</summary>
    public static JsonValue? Parse(string text, out JsonProblem? problem)
    {
        var parser = new JsonParser(text);
        problem = null;
        parser.SkipSpace();
        if (parser.position < text.Length && text[parser.position] == '\uFEFF')
        {
            parser.position++;
            parser.SkipSpace();
        }

        var value = parser.Value(0, ref problem);
        if (value is null)
        {
            return null;
        }

        parser.SkipSpace();
        if (parser.position < text.Length)
        {
            problem = new JsonProblem(parser.position, "unexpected text after the JSON value");
            return null;
        }

        return value;
    }

    private JsonValue? Value(int depth, ref JsonProblem? problem)
    {
        if (depth > MaxDepth)
        {
            problem = new JsonProblem(position, "nested too deeply");
            return null;
        }

        if (position >= text.Length)
        {
            problem = new JsonProblem(position, "unexpected end of the file");
            return null;
        }

        var c = text[position];
        switch (c)
        {
            case '{':
                return Object(depth, ref problem);
            case '[':
                return Array(depth, ref problem);
            case '"':
                var start = position;
                var s = String(ref problem);
                return s is null ? null : new JsonValue(JsonKind.String, start, position) { Text = s };
            case 't':
                return Literal("true", JsonKind.True, ref problem);
            case 'f':
                return Literal("false", JsonKind.False, ref problem);
            case 'n':
                return Literal("null", JsonKind.Null, ref problem);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return Number(ref problem);
                }

                problem = new JsonProblem(position, "unexpected character '" + c + "'");
                return null;
        }
    }

    private JsonValue? Object(int depth, ref JsonProblem? problem)
    {
        var value = new JsonValue(JsonKind.Object, position, position);
        position++;
        SkipSpace();
        if (Peek('}'))
        {
            position++;
            return Close(value);
        }

        while (true)
        {
            SkipSpace();
            if (!Peek('"'))
            {
                problem = new JsonProblem(position, "expected a member name in quotes");
                return null;
            }

            var key = String(ref problem);
            if (key is null)
            {
                return null;
            }

            SkipSpace();
            if (!Expect(':', ref problem))
            {
                return null;
            }

            SkipSpace();
            var member = Value(depth + 1, ref problem);
            if (member is null)
            {
                return null;
            }

            value.Members.Add(new System.Collections.Generic.KeyValuePair<string, JsonValue>(key, member));
            SkipSpace();
            if (Peek(','))
            {
                position++;
                continue;
            }

            if (!Expect('}', ref problem))
            {
                return null;
            }

            return Close(value);
        }
    }

    private JsonValue? Array(int depth, ref JsonProblem? problem)
    {
        var value = new JsonValue(JsonKind.Array, position, position);
        position++;
        SkipSpace();
        if (Peek(']'))
        {
            position++;
            return Close(value);
        }

        while (true)
        {
            SkipSpace();
            var item = Value(depth + 1, ref problem);
            if (item is null)
            {
                return null;
            }

            value.Items.Add(item);
            SkipSpace();
            if (Peek(','))
            {
                position++;
                continue;
            }

            if (!Expect(']', ref problem))
            {
                return null;
            }

            return Close(value);
        }
    }

    private JsonValue Close(JsonValue open)
    {
        var closed = new JsonValue(open.Kind, open.Start, position);
        closed.Members.AddRange(open.Members);
        closed.Items.AddRange(open.Items);
        return closed;
    }

    private string? String(ref JsonProblem? problem)
    {
        var start = position;
        position++;
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                problem = new JsonProblem(position - 1, "a control character in a string");
                return null;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                break;
            }

            var escape = text[position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        problem = new JsonProblem(position - 2, "a \\u escape needs four hex digits");
                        return null;
                    }

                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    problem = new JsonProblem(position - 2, "unknown escape '\\" + escape + "'");
                    return null;
            }
        }

        problem = new JsonProblem(start, "a string is not closed");
        return null;
    }

    private JsonValue? Number(ref JsonProblem? problem)
    {
        var start = position;
        if (Peek('-'))
        {
            position++;
        }

        var digits = 0;
        while (position < text.Length && ((text[position] >= '0' && text[position] <= '9') || text[position] is '.' or 'e' or 'E' or '+' or '-'))
        {
            position++;
            digits++;
        }

        var written = text.Substring(start, position - start);
        if (digits == 0 || !double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            problem = new JsonProblem(start, "'" + written + "' is not a number");
            return null;
        }

        return new JsonValue(JsonKind.Number, start, position) { Text = written };
    }

    private JsonValue? Literal(string word, JsonKind kind, ref JsonProblem? problem)
    {
        if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
        {
            problem = new JsonProblem(position, "unexpected character '" + text[position] + "'");
            return null;
        }

        var start = position;
        position += word.Length;
        return new JsonValue(kind, start, position);
    }

    private bool Peek(char c) => position < text.Length && text[position] == c;

    private bool Expect(char c, ref JsonProblem? problem)
    {
        if (Peek(c))
        {
            position++;
            return true;
        }

        problem = new JsonProblem(position, position < text.Length ? "expected '" + c + "'" : "unexpected end of the file");
        return false;
    }

    private void SkipSpace()
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }
}
