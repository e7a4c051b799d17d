using System.Globalization;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Emit;

/// <summary>
/// Writes #line directives that map a generated declaration to the text it came from in the filing, as
/// Razor does for .cshtml: go to definition, diagnostics and the debugger then open the filing there.
/// </summary>
internal sealed class LineDirectives
{
    // The compiler rejects a #line line above 0xFEEFED (CS1576) and a column above 65536 (CS8938): a
    // location past either, in a huge file or on a very long line, is mapped by line alone, or not at all.
    private const int MaxLine = 0xFEEFED;
    private const int MaxColumn = 65536;

    private readonly string? path;
    private readonly bool enhanced;

    public LineDirectives(string filePath, bool enhanced)
    {
        // A #line file name cannot escape anything: a path that would end it or the line is not mapped.
        path = filePath.Length == 0 || filePath.IndexOfAny(new[] { '"', '\n', '\r', '\u2028', '\u2029', '\u0085' }) >= 0 ? null : filePath;
        this.enhanced = enhanced;
    }

    /// <summary>Writes <paramref name="prefix"/> + <paramref name="mapped"/> as one line whose <paramref name="mapped"/> part maps to <paramref name="range"/>.</summary>
    public void Mapped(SourceWriter writer, SourceRange range, string prefix, string mapped)
    {
        if (path is null)
        {
            writer.Line(prefix, mapped);
            return;
        }

        if (range.StartLine < 1 || range.StartLine > MaxLine)
        {
            writer.Line(prefix, mapped);
            return;
        }

        var endLineOfSpan = System.Math.Max(range.EndLine, range.StartLine);
        if (enhanced && endLineOfSpan <= MaxLine && range.StartColumn <= MaxColumn && range.EndColumn <= MaxColumn && writer.ColumnAfter(prefix) <= MaxColumn)
        {
            var endLine = System.Math.Max(range.EndLine, range.StartLine);
            var endColumn = endLine == range.StartLine ? System.Math.Max(range.EndColumn, range.StartColumn) : range.EndColumn;
            writer.Append("#line (").Append(range.StartLine).Append(", ").Append(range.StartColumn).Append(") - (")
                .Append(endLine).Append(", ").Append(endColumn).Append(") ").Append(writer.ColumnAfter(prefix))
                .Append(" \"").Append(path).Append('"').EndLine();
        }
        else
        {
            writer.Directive(string.Format(CultureInfo.InvariantCulture, "#line {0} \"{1}\"", range.StartLine, path));
        }

        writer.Line(prefix, mapped);
        writer.Directive("#line default");
    }
}
