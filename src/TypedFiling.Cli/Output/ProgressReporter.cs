using System;
using System.Collections.Generic;
using System.Globalization;
using Spectre.Console;

namespace TypedFiling.Cli.Output;

/// <summary>
/// Runs an action over many files with progress on standard error: a live bar on a terminal, one line per file
/// otherwise. A handful of files or fewer show nothing.
/// </summary>
internal static class ProgressReporter
{
    /// <summary>Up to this many files are read without a progress display.</summary>
    public const int Handful = 5;

    public static void ForEach(Terminal terminal, IReadOnlyList<string> paths, Action<string> action)
    {
        if (paths.Count <= Handful)
        {
            foreach (var path in paths)
            {
                action(path);
            }

            return;
        }

        if (terminal.ErrorIsTerminal)
        {
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
            return;
        }

        for (var i = 0; i < paths.Count; i++)
        {
            terminal.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "[{0}/{1}] {2}", i + 1, paths.Count, paths[i]));
            action(paths[i]);
        }
    }
}
