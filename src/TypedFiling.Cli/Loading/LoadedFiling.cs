using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Loading;

/// <summary>
/// One filing as the tool read it: the path as given, the format, the parser's model and diagnostics (the options' first),
/// and the runtime model.
/// </summary>
/// <param name="LockDiagnostics">What is wrong with the lock beside it (TF0013, located in the lock), if anything.</param>
/// <param name="Blocked">Whether an option is bad enough that the build would generate no code for the filing.</param>
internal sealed record LoadedFiling(string Path, FilingFormat Format, FilingModel Model, EquatableArray<FilingDiagnostic> Diagnostics, Filing Filing, EquatableArray<FilingDiagnostic> LockDiagnostics = default, bool Blocked = false);
