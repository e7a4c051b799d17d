using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Cli.Loading;

namespace TypedFiling.Cli.Export;

/// <summary>
/// Parses the inputs on every core and hands each filing's rows to the tables' writers, committing every
/// <see cref="ExportOptions.Batch"/> inputs. The queue between them is bounded (two filings a core), so a slow
/// disk slows the parsers instead of filling memory.
/// </summary>
internal static class ExportPipeline
{
    public static ExportSummary Run(IReadOnlyList<ExportInput> inputs, ExportOutput output, ExportOptions options, ExportProgress progress)
    {
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, inputs.Count));
        using var results = new BlockingCollection<FilingRows>(workers * 2);
        using var stop = new CancellationTokenSource();
        var next = -1;
        var running = workers;
        var threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            threads[w] = new Thread(() =>
            {
                try
                {
                    int index;
                    while (!stop.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < inputs.Count)
                    {
                        results.Add(FilingRows.Build(inputs[index], LoadOptions.Default, stop.Token), stop.Token);
                    }
                }
                catch (OperationCanceledException)
                {
                    // The run is ending early (the output failed): what was not written is not recorded as done.
                }
                finally
                {
                    if (Interlocked.Decrement(ref running) == 0)
                    {
                        results.CompleteAdding();
                    }
                }
            })
            { IsBackground = true, Name = "export parser " + w };
            threads[w].Start();
        }

        try
        {
            return Collect(results, output, options, progress);
        }
        finally
        {
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    }

    private static ExportSummary Collect(BlockingCollection<FilingRows> results, ExportOutput output, ExportOptions options, ExportProgress progress)
    {
        var summary = new ExportSummary();
        var pending = new List<ExportInput>(options.Batch);
        foreach (var rows in results.GetConsumingEnumerable())
        {
            if (rows.Error is not null)
            {
                progress.ReportError(rows.Error);
            }

            output.Post(rows);
            summary.Add(rows);
            pending.Add(rows.Input);
            progress.Advance(rows.Input.Size);
            if (pending.Count >= options.Batch)
            {
                output.Commit(pending, last: false);
                pending.Clear();
            }
        }

        output.Commit(pending, last: true);
        return summary;
    }
}
