namespace TypedFiling.Parsing.Blocks;

/// <summary>A range of one line's content in the source: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
internal readonly record struct LineSpan(int Start, int End);
