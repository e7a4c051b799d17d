using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using TypedFiling.Cli.Commands;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Export;

/// <summary>
/// One <c>export</c>: the inputs of this shard that no earlier run exported into the output, parsed and written.
/// Exit code 0 when the run completes, whatever files failed (each is an error row and a line on standard error);
/// 2 when the command line is wrong or the output cannot be written.
/// </summary>
internal static class ExportRun
{
    public static int Run(Terminal terminal, ExportOptions options)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var duplicates = new List<string>();
            var inputs = ExportInputs.Expand(options.Paths, duplicates);
            duplicates.ForEach(line => Inputs.ReportError(terminal, line));
            using var output = ExportOutput.Open(options);
            var todo = Pending(terminal, inputs, options.Shard, output.Done, out var skipped);
            var bytes = 0L;
            todo.ForEach(input => bytes += input.Size);
            var summary = ExportProgress.Run(terminal, todo.Count, bytes, progress => ExportPipeline.Run(todo, output, options, progress));
            summary.Skipped = skipped;
            terminal.Out.WriteLine(summary.Describe(options.Output, clock.Elapsed.TotalSeconds));
            return ExitCodes.Success;
        }
        catch (ExportArgumentException exception)
        {
            Inputs.ReportError(terminal, exception.Message);
            return ExitCodes.Error;
        }
        catch (Exception exception) when (exception is ExportOutputException or IOException or UnauthorizedAccessException)
        {
            Inputs.ReportError(terminal, options.Output + ": cannot be written: " + exception.Message);
            return ExitCodes.Error;
        }
    }

    /// <summary>The inputs of <paramref name="shard"/> not yet exported; one exported from a file since changed is said, and left.</summary>
    private static List<ExportInput> Pending(Terminal terminal, List<ExportInput> inputs, Shard shard, IReadOnlyDictionary<string, (long Size, long Modified)> done, out int skipped)
    {
        skipped = 0;
        var todo = new List<ExportInput>(inputs.Count);
        foreach (var input in inputs)
        {
            if (!shard.Holds(input.RelativePath))
            {
                continue;
            }

            if (!done.TryGetValue(input.RelativePath, out var was))
            {
                todo.Add(input);
                continue;
            }

            skipped++;
            if (was != (input.Size, input.Modified))
            {
                Inputs.ReportError(terminal, input.Path + ": changed since it was exported into this folder; its rows there are of the earlier file (export into a new folder to take the change)");
            }
        }

        return todo;
    }
}
