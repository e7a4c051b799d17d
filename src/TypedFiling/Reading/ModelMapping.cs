using TypedFiling.Parsing.Model;
using TypedFiling.Tables;

namespace TypedFiling.Reading;

/// <summary>
/// The one way from the parser's model to the runtime types: the model written as the filing's table and read back
/// with the reader the generated code's <c>Filing</c> uses (<see cref="FilingTableWriter"/>, <see cref="FilingTableReader"/>),
/// so <see cref="FilingReader"/>, the typedfiling tool and generated code give equal values by construction.
/// </summary>
internal static class ModelMapping
{
    public static Filing ToFiling(FilingModel model) => FilingTableReader.Read(FilingTableWriter.Write(model, textsInTable: true), null);

    public static SourceSpan Span(SourceRange range) =>
        new(range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, range.Offset, range.Length);
}
