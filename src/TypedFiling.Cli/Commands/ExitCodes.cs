namespace TypedFiling.Cli.Commands;

/// <summary>The tool's exit codes, as <c>diff</c> has them.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>diff</c>, the filings' risk factors are the same.</summary>
    public const int Success = 0;

    /// <summary><c>diff</c> only: the filings differ.</summary>
    public const int Different = 1;

    /// <summary>A file could not be read, or the command line was wrong.</summary>
    public const int Error = 2;
}
