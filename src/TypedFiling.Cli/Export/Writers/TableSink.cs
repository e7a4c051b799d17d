using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using TypedFiling.Cli.Export.Tables;

namespace TypedFiling.Cli.Export.Writers;

/// <summary>
/// One table's writer on a thread of its own, fed through a bounded queue: filings' rows are gathered into row
/// groups of at most <see cref="MaxRows"/> rows or <see cref="MaxTextLength"/> characters, so memory stays bounded
/// whatever the corpus, and a table that writes slowly holds back the parsers rather than filling memory.
/// </summary>
internal sealed class TableSink : IDisposable
{
    public const int MaxRows = 64 * 1024;
    public const long MaxTextLength = 8L * 1024 * 1024;
    private const int QueueCapacity = 16;

    private readonly BlockingCollection<object> queue = new(QueueCapacity);
    private readonly ITableWriter writer;
    private readonly TableBatch rowGroup;
    private readonly Thread thread;
    private int commit;

    public TableSink(TableSchema table, ITableWriter writer, int firstCommit)
    {
        this.writer = writer;
        commit = firstCommit;
        rowGroup = new TableBatch(table);
        thread = new Thread(Run) { IsBackground = true, Name = "export " + table.Name };
        thread.Start();
    }

    /// <summary>What failed in the writer (a full disk, a folder that cannot be written), if anything.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Queues a filing's rows; waits while the queue is full.</summary>
    public void Post(TableBatch rows)
    {
        if (Failure is null)
        {
            queue.Add(rows);
        }
    }

    /// <summary>Writes what is gathered and commits it (<see cref="ITableWriter.Commit"/>) once the rows queued before are written.</summary>
    public Task<string?> Commit(bool last)
    {
        var request = new CommitRequest(last, new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously));
        queue.Add(request);
        return request.Done.Task;
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        thread.Join();
        writer.Dispose();
        queue.Dispose();
    }

    private void Run()
    {
        foreach (var item in queue.GetConsumingEnumerable())
        {
            try
            {
                Handle(item);
            }
            catch (Exception exception) when (Failure is null)
            {
                Failure = exception;
                (item as CommitRequest)?.Done.TrySetException(exception);
            }
        }
    }

    private void Handle(object item)
    {
        if (item is CommitRequest request)
        {
            if (Failure is not null)
            {
                request.Done.TrySetException(Failure);
                return;
            }

            Flush();
            request.Done.SetResult(writer.Commit(commit, request.Last));
            commit++;
            return;
        }

        if (Failure is null)
        {
            rowGroup.AppendFrom((TableBatch)item);
            if (rowGroup.Count >= MaxRows || rowGroup.TextLength >= MaxTextLength)
            {
                Flush();
            }
        }
    }

    private void Flush()
    {
        if (rowGroup.Count > 0)
        {
            writer.Write(rowGroup, commit);
            rowGroup.Clear();
        }
    }

    private sealed record CommitRequest(bool Last, TaskCompletionSource<string?> Done);
}
