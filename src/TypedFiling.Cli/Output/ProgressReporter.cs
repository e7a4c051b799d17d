using System;
using System.Collections.Generic;
using Spectre.Console;

namespace TypedFiling.Cli.Output;

/// <summary>
/// Runs an action over many files with progress on standard error: a live bar when standard error is a
/// terminal, nothing otherwise (a log or a pipe gets no progress lines), nor for a handful of files or fewer.
/// </summary>
internal static class ProgressReporter
{
    /// <summary>Up to this many files are read without a progress display.</summary>
    public const int Handful = 5;

    public static void ForEach(Terminal terminal, IReadOnlyList<string> paths, Action<string> action)
    {
        if (paths.Count <= Handful || !terminal.ErrorIsTerminal)
        {
            foreach (var path in paths)
            {
                action(path);
            }

            return;
        }

        terminal.CreateErrorConsole().Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Reading filings", maxValue: paths.Count);
                foreach (var path in paths)
                {
                    task.Description = Markup.Escape(path);
                    action(path);
                    task.Increment(1);
                }
            });
    }
}
