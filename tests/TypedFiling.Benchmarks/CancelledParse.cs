using System;
using System.Diagnostics;
using System.Threading;
using TypedFiling.Parsing;

namespace TypedFiling.Benchmarks;

/// <summary>
/// One parse on a worker thread, cancelled part-way: <see cref="Start"/> returns once the parse has allocated
/// the given fraction of what a whole parse allocates (process-wide allocated bytes, which, unlike time, do not
/// depend on the load of the machine), and <see cref="Cancel"/> cancels the token and waits for the worker.
/// </summary>
internal sealed class CancelledParse(string text, FilingOptions options, long parseBytes)
{
    private readonly CancellationTokenSource source = new();
    private readonly ManualResetEventSlim stopped = new();
    private long startedAt;
    private long cancelledAt;
    private long caughtAt;
    private bool finished;
    private OperationCanceledException? cancelled;
    private string? failure;

    /// <summary>Milliseconds from the parse's start to the cancel.</summary>
    public double CancelledAfter => Stopwatch.GetElapsedTime(startedAt, cancelledAt).TotalMilliseconds;

    /// <summary>
    /// Milliseconds from the cancel to the catch of the OperationCanceledException, by timestamps; or to the parse's
    /// end, when it saw no check of the token after the cancel and ran to the end (<see cref="ThrowSite"/> says so).
    /// </summary>
    public double Latency => Stopwatch.GetElapsedTime(cancelledAt, caughtAt).TotalMilliseconds;

    /// <summary>The parser's method and line that saw the cancel: where a stretch without a check of the token ends.</summary>
    public string ThrowSite => cancelled is null ? (finished ? "(no check: ran to the end)" : "(none)") : Site(cancelled);

    /// <summary>Starts the parse and returns when it has allocated <paramref name="fraction"/> of a whole parse's bytes.</summary>
    public void Start(double fraction)
    {
        var threshold = GC.GetTotalAllocatedBytes(precise: false) + (long)(parseBytes * fraction);
        var token = source.Token;
        new Thread(() => Run(token)) { IsBackground = true, Name = "parse" }.Start();

        // Yield rather than sleep: a sleep's granularity would let the parse run far past the point.
        while (GC.GetTotalAllocatedBytes(precise: false) < threshold && !stopped.IsSet)
        {
            Thread.Yield();
        }

        if (stopped.IsSet)
        {
            throw new InvalidOperationException(failure ?? $"The parse ended before it had allocated {fraction} of {parseBytes:N0} bytes.");
        }
    }

    /// <summary>Cancels and waits for the worker (to its exception, or to its end); throws if the parse failed.</summary>
    public void Cancel()
    {
        cancelledAt = Stopwatch.GetTimestamp();
        source.Cancel();
        stopped.Wait();
        if (failure is not null)
        {
            throw new InvalidOperationException(failure);
        }
    }

    private void Run(CancellationToken token)
    {
        startedAt = Stopwatch.GetTimestamp();
        try
        {
            FilingParser.Parse(text, options, token);
            caughtAt = Stopwatch.GetTimestamp();
            finished = true;
        }
        catch (OperationCanceledException exception)
        {
            caughtAt = Stopwatch.GetTimestamp();
            cancelled = exception;
        }
        catch (Exception exception)
        {
            failure = "The parse failed: " + exception;
        }
        finally
        {
            stopped.Set();
        }
    }

    private static string Site(Exception exception)
    {
        foreach (var line in (exception.StackTrace ?? string.Empty).Split('\n'))
        {
            var frame = line.Trim();
            if (!frame.StartsWith("at TypedFiling.", StringComparison.Ordinal))
            {
                continue;
            }

            var open = frame.IndexOf('(', StringComparison.Ordinal);
            var at = frame.LastIndexOf(":line ", StringComparison.Ordinal);
            var method = open > 0 ? frame.Substring(3, open - 3) : frame.Substring(3);
            return at > 0 ? method + ":" + frame.Substring(at + 6) : method;
        }

        return "(no TypedFiling frame)";
    }
}
