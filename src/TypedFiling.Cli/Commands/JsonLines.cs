using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TypedFiling.Cli.Json;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Commands;

/// <summary>
/// <c>inspect --json-lines</c>: one JSON document per filing, one per line, in the order of the paths (a
/// folder's filings in ordinal order), read on every core. Each line is an <c>inspect --json</c> document
/// holding one filing and its diagnostics, so a line can be read alone and the lines of many runs concatenated.
/// </summary>
internal static class JsonLines
{
    private static readonly JsonSerializerOptions LineOptions = new(FilingJson.Options) { WriteIndented = false };

    /// <summary>Writes the lines; a file that cannot be read is one line on standard error and makes the exit code 2.</summary>
    public static int Run(Terminal terminal, IReadOnlyList<string> paths, LoadOptions options)
    {
        var files = FilingPaths.Expand(paths);

        // Each filing is independent: parsed and serialized in parallel, written in order as soon as its turn comes.
        var lines = files
            .AsParallel()
            .AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(path => Line(path, options));

        var failed = false;
        foreach (var (line, error) in lines)
        {
            if (error is not null)
            {
                Inputs.ReportError(terminal, error);
                failed = true;
                continue;
            }

            terminal.Out.Write(line);
            terminal.Out.Write('\n');
        }

        return failed ? ExitCodes.Error : ExitCodes.Success;
    }

    private static (string? Line, string? Error) Line(string path, LoadOptions options)
    {
        try
        {
            var filing = FilingLoader.Load(path, options);
            var document = new FilingDocument(
                FilingJson.SchemaVersion,
                new[] { filing.Filing },
                filing.Diagnostics.Select(diagnostic => InspectCommand.Entry(filing, diagnostic)).ToList());
            return (JsonSerializer.Serialize(document, LineOptions), null);
        }
        catch (FilingInputException exception)
        {
            return (null, exception.Message);
        }
    }
}
