using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Diagnostics;

/// <summary>A parser diagnostic with the path of the file it points into: still a value, not a Roslyn Location.</summary>
internal sealed record LocatedDiagnostic(string FilePath, FilingDiagnostic Diagnostic);
