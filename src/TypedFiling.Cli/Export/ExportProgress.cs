using System;
using Spectre.Console;
using TypedFiling.Cli.Commands;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Export;

/// <summary>
/// The export's progress on standard error, when it is a terminal: files done of all, a bar, MB/s and the time
/// left. Redirected (a log, a pipe, a batch job), there is none. Error lines go above the bar while it shows.
/// </summary>
internal sealed class ExportProgress
{
    private readonly Terminal terminal;
    private readonly IAnsiConsole? console;
    private readonly ProgressTask? task;
    private readonly int files;
    private int done;

    private ExportProgress(Terminal terminal, IAnsiConsole? console, ProgressTask? task, int files)
    {
        this.terminal = terminal;
        this.console = console;
        this.task = task;
        this.files = files;
    }

    /// <summary>Runs <paramref name="body"/> with a progress display over <paramref name="files"/> files of <paramref name="bytes"/> bytes.</summary>
    public static T Run<T>(Terminal terminal, int files, long bytes, Func<ExportProgress, T> body)
    {
        if (!terminal.ErrorIsTerminal || files == 0)
        {
            return body(new ExportProgress(terminal, null, null, files));
        }

        var console = terminal.CreateErrorConsole();
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn { Base = FileSizeBase.Decimal }, new RemainingTimeColumn())
            .Start(context => body(new ExportProgress(terminal, console, context.AddTask(Describe(0, files), maxValue: Math.Max(1, bytes)), files)));
    }

    /// <summary>One more file done, of <paramref name="bytes"/> bytes on disk.</summary>
    public void Advance(long bytes)
    {
        done++;
        if (task is not null)
        {
            task.Increment(bytes);
            task.Description = Describe(done, files);
        }
    }

    /// <summary>A file that could not be exported: one line on standard error.</summary>
    public void ReportError(string message)
    {
        if (console is null)
        {
            Inputs.ReportError(terminal, message);
        }
        else
        {
            console.MarkupLine("[red]typedfiling: " + Markup.Escape(message) + "[/]");
        }
    }

    private static string Describe(int done, int files) => done + "/" + files + " files";
}
