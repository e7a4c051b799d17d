using System;
using System.Collections.Generic;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Commands;

/// <summary>
/// Reads the files a command names, with progress for more than a handful, then reports what could not be read
/// (one line each, naming the file) and the filings' own diagnostics, in the order the files were given.
/// </summary>
internal static class Inputs
{
    /// <summary>The filings that could be read, in order; <paramref name="failed"/> tells whether any could not.</summary>
    public static List<LoadedFiling> Load(Terminal terminal, IReadOnlyList<string> paths, LoadOptions options, out bool failed)
    {
        var results = new List<(string Path, LoadedFiling? Filing, string? Error)>(paths.Count);
        ProgressReporter.ForEach(terminal, paths, path =>
        {
            try
            {
                results.Add((path, FilingLoader.Load(path, options), null));
            }
            catch (FilingInputException exception)
            {
                results.Add((path, null, exception.Message));
            }
        });

        failed = false;
        var loaded = new List<LoadedFiling>(paths.Count);
        foreach (var (_, filing, error) in results)
        {
            if (filing is null)
            {
                ReportError(terminal, error!);
                failed = true;
                continue;
            }

            foreach (var problem in filing.LockDiagnostics)
            {
                terminal.Error.WriteLine(DiagnosticPrinter.Format(filing.Parsed.LockPath, problem, out _));
            }

            DiagnosticPrinter.Print(terminal, filing);
            loaded.Add(filing);
        }

        return loaded;
    }

    /// <summary>"typedfiling: missing.md: no such file", on standard error.</summary>
    public static void ReportError(Terminal terminal, string message) =>
        terminal.Error.WriteLine(terminal.ErrorColor ? "\u001b[31mtypedfiling: " + message + "\u001b[0m" : "typedfiling: " + message);

    /// <summary>Runs a command's body; an exception the tool did not expect becomes one line on standard error and exit code 2.</summary>
    public static int Guard(Terminal terminal, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            ReportError(terminal, "internal error: " + exception.GetType().Name + ": " + exception.Message);
            return ExitCodes.Error;
        }
    }

    /// <summary><see cref="Guard"/> for a command that waits on the network; a cancelled run (Ctrl+C) is left to System.CommandLine.</summary>
    public static async System.Threading.Tasks.Task<int> GuardAsync(Terminal terminal, Func<System.Threading.Tasks.Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            ReportError(terminal, "internal error: " + exception.GetType().Name + ": " + exception.Message);
            return ExitCodes.Error;
        }
    }
}
