using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Loading;

/// <summary>One filing as the tool read it: the path as given, the format, the parser's model and diagnostics, and the runtime model.</summary>
internal sealed record LoadedFiling(string Path, FilingFormat Format, FilingModel Model, EquatableArray<FilingDiagnostic> Diagnostics, Filing Filing);
