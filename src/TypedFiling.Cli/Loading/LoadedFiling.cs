using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Loading;

/// <summary>One filing as the tool read it: the path as given, what the front door made of it, and the runtime model.</summary>
/// <param name="Path">The path as the user gave it.</param>
/// <param name="Parsed">Its format, model and diagnostics (the options' first), and its lock's problems.</param>
/// <param name="Filing">The runtime model, as <c>FilingReader</c> and the generated code give it.</param>
internal sealed record LoadedFiling(string Path, ParsedText Parsed, Filing Filing)
{
    public FilingFormat Format => Parsed.Format;

    public FilingModel Model => Parsed.Model;

    /// <summary>The diagnostics located in the filing: its options' problems, then the parser's.</summary>
    public EquatableArray<FilingDiagnostic> Diagnostics => Parsed.Diagnostics;

    /// <summary>What is wrong with its lock file (TF0013, located in the lock), if anything.</summary>
    public EquatableArray<FilingDiagnostic> LockDiagnostics => Parsed.LockDiagnostics;

    /// <summary>Whether an option is bad enough that the build would generate no code for the filing.</summary>
    public bool Blocked => Parsed.Blocked;
}
