using System.Text;

namespace TypedFiling.Generators.Emit;

/// <summary>Writes indented C# lines with '\n' line ends, so output is the same on every platform.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder;
    private int indent;

    public SourceWriter(int capacity = 4096) => builder = new StringBuilder(capacity);

    public SourceWriter Line(string text)
    {
        builder.Append(' ', indent * 4).Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes a line at column 1, whatever the indentation (preprocessor directives).</summary>
    public SourceWriter Directive(string text)
    {
        builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>The 1-based column at which text written after <paramref name="prefix"/> on a new line starts.</summary>
    public int ColumnAfter(string prefix) => (indent * 4) + prefix.Length + 1;

    public SourceWriter Line()
    {
        builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line to be continued with <see cref="Append(string)"/> and ended with <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine()
    {
        builder.Append(' ', indent * 4);
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
        builder.Append(' ', indent * 4).Append("/// <").Append(element).Append('>');
        XmlDoc.AppendEscaped(builder, text, indent);
        builder.Append("</").Append(element).Append(">\n");
        return this;
    }

    /// <summary>Writes /// lines whose XML the caller has already escaped.</summary>
    public SourceWriter DocRaw(string xml)
    {
        builder.Append(' ', indent * 4).Append("/// ").Append(xml).Append('\n');
        return this;
    }

    public override string ToString() => builder.ToString();
}
