using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Loading;

/// <summary>
/// One filing as the tool read it: the path as given, the format, the parser's model and diagnostics (the options' first),
/// the runtime model, and whether an option is bad enough that the build would generate no code for it.
/// </summary>
internal sealed record LoadedFiling(string Path, FilingFormat Format, FilingModel Model, EquatableArray<FilingDiagnostic> Diagnostics, Filing Filing, bool Blocked = false);
