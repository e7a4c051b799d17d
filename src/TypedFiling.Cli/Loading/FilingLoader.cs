using System;
using System.IO;
using System.Threading;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Model;
using TypedFiling.Reading;

namespace TypedFiling.Cli.Loading;

/// <summary>Reads a filing and runs it through the front door the generator uses (<see cref="FilingPipeline"/>): there is no second parser.</summary>
internal static class FilingLoader
{
    /// <summary>Reads and parses <paramref name="path"/>; throws <see cref="FilingInputException"/> when it cannot be read.</summary>
    public static LoadedFiling Load(string path, LoadOptions options, CancellationToken cancellationToken = default)
    {
        var parsed = Parse(path, FilingFile.ReadText(path), options, cancellationToken);
        return new LoadedFiling(path, parsed, ModelMapping.ToFiling(parsed.Model));
    }

    /// <summary>
    /// Parses <paramref name="text"/>, read from <paramref name="path"/> (whose name says its format and class, and
    /// beside which its lock is), into the parser's model alone: what <c>export</c> needs, without the runtime copy.
    /// </summary>
    public static ParsedText Parse(string path, string text, LoadOptions options, CancellationToken cancellationToken = default)
    {
        var lockPath = options.LockPath(path);
        var input = new FilingInput(Path.GetFullPath(path), ShownPaths.Of(path), text, options.Value)
        {
            Lock = options.UseLock && File.Exists(lockPath) ? new FilingLockText(lockPath, ReadLock(lockPath)) : null,
        };
        var result = FilingPipeline.Run(input, cancellationToken);
        return new ParsedText(result.Format, result.Model, result.FilingDiagnostics, result.LockDiagnostics, result.Blocked, lockPath);
    }

    /// <summary>The lock's text, or null when it cannot be read (TF0013 says so).</summary>
    private static string? ReadLock(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>A filing's text parsed: its format, the parser's model and diagnostics (the options' first), and its lock's problems.</summary>
/// <param name="LockPath">The lock file it was read with, or would have been: where its problems point.</param>
internal sealed record ParsedText(FilingFormat Format, FilingModel Model, EquatableArray<FilingDiagnostic> Diagnostics, EquatableArray<FilingDiagnostic> LockDiagnostics, bool Blocked, string LockPath);
