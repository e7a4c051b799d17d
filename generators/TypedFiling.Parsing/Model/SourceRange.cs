namespace TypedFiling.Parsing.Model;

/// <summary>
/// Where something stands in the filing's text, stored by value so that models stay free of Roslyn
/// types: a character offset and length, and 1-based line and column of both ends.
/// </summary>
internal readonly record struct SourceRange(int Offset, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The start of the file: used where a diagnostic concerns the whole filing.</summary>
    public static SourceRange FileStart => new(0, 0, 1, 1, 1, 1);
}
