using TypedFiling.Parsing.Model;

namespace TypedFiling.Emit;

/// <summary>Writes a source range as a runtime <c>SourceSpan</c> constructor call.</summary>
internal static class Spans
{
    public static void Write(SourceWriter writer, SourceRange range) =>
        writer.Append("new global::TypedFiling.SourceSpan(")
            .Append(range.StartLine).Append(", ").Append(range.StartColumn).Append(", ")
            .Append(range.EndLine).Append(", ").Append(range.EndColumn).Append(", ")
            .Append(range.Offset).Append(", ").Append(range.Length).Append(")");
}
