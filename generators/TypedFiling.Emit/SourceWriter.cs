using System.Text;

namespace TypedFiling.Emit;

/// <summary>
/// Writes C# lines indented with tabs (a generated file has thousands of lines at depth four and five) and with '\n'
/// line ends, so output is the same on every platform.
/// </summary>
internal sealed class SourceWriter
{
    // A builder kept per thread between filings, so each filing's source costs its final string and not
    // also the builder's growth; one that grew past the limit (a huge filing) is not kept.
    private const int KeepLimit = 1 << 20;

    [System.ThreadStatic]
    private static StringBuilder? cached;

    private readonly StringBuilder builder;
    private int indent;

    // Measuring: what was written is counted in UTF-8 bytes at each mark and dropped, so a source of any size costs
    // one member's text at a time.
    private bool measuring;
    private long measured;

    public SourceWriter(int capacity = 4096)
    {
        var reused = cached;
        cached = null;
        if (reused is not null)
        {
            reused.Clear();
            if (reused.Capacity < capacity)
            {
                reused.Capacity = capacity;
            }
        }

        builder = reused ?? new StringBuilder(capacity);
    }

    /// <summary>How many characters were written (in measuring mode, since the last mark).</summary>
    public int Length => builder.Length;

    /// <summary>
    /// Starts counting instead of keeping: each <see cref="Mark"/> then says how many UTF-8 bytes were written so far,
    /// and forgets the text.
    /// </summary>
    public SourceWriter Measuring()
    {
        measuring = true;
        return this;
    }

    /// <summary>In measuring mode, the UTF-8 bytes written so far.</summary>
    public long Mark()
    {
        if (measuring && builder.Length > 0)
        {
            measured += Encoding.UTF8.GetByteCount(builder.ToString());
            builder.Clear();
        }

        return measured;
    }

    public SourceWriter Line(string text)
    {
        builder.Append('\t', indent).Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes a line at column 1, whatever the indentation (preprocessor directives).</summary>
    public SourceWriter Directive(string text)
    {
        builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>The 1-based column at which text written after <paramref name="prefix"/> on a new line starts.</summary>
    public int ColumnAfter(string prefix) => indent + prefix.Length + 1;

    public SourceWriter Line()
    {
        builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line to be continued with <see cref="Append(string)"/> and ended with <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine()
    {
        builder.Append('\t', indent);
        return this;
    }

    public SourceWriter Append(string text)
    {
        builder.Append(text);
        return this;
    }

    public SourceWriter Append(int value)
    {
        builder.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    public SourceWriter EndLine()
    {
        builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBrace()
    {
        Line("{");
        indent++;
        return this;
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> escaped as a C# string literal.</summary>
    public SourceWriter Literal(string? text)
    {
        if (text is null)
        {
            builder.Append("null");
        }
        else
        {
            CSharpLiteral.AppendString(builder, text);
        }

        return this;
    }

    /// <summary>Writes <paramref name="text"/> as /// documentation lines, escaped for XML.</summary>
    public SourceWriter Doc(string element, string text)
    {
        builder.Append('\t', indent).Append("/// <").Append(element).Append('>');
        XmlDoc.AppendEscaped(builder, text, indent);
        builder.Append("</").Append(element).Append(">\n");
        return this;
    }

    /// <summary>Appends <paramref name="text"/> escaped for XML to the current /// line.</summary>
    public SourceWriter DocText(string text)
    {
        XmlDoc.AppendEscaped(builder, text, indent);
        return this;
    }

    /// <summary>Appends the part of <paramref name="text"/> from <paramref name="start"/> of <paramref name="length"/> characters, escaped for XML.</summary>
    public SourceWriter DocText(string text, int start, int length)
    {
        XmlDoc.AppendEscaped(builder, text, start, length, indent);
        return this;
    }

    /// <summary>The source written; the writer is done with afterwards.</summary>
    public override string ToString()
    {
        var text = builder.ToString();
        if (builder.Capacity <= KeepLimit)
        {
            builder.Clear();
            cached = builder;
        }

        return text;
    }

    /// <summary>Appends <paramref name="text"/> to the current line.</summary>
    public SourceWriter Append(char text)
    {
        builder.Append(text);
        return this;
    }

    /// <summary>Writes several pieces as one line.</summary>
    public SourceWriter Line(string first, string second, string third = "")
    {
        builder.Append('\t', indent).Append(first).Append(second).Append(third).Append('\n');
        return this;
    }
}
