using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// At most <c>limit</c> requests start in any window of <c>window</c>: the SEC's fair access policy allows 10 a
/// second. A sliding window rather than even spacing, so a run of a few requests (the usual <c>get</c>) never
/// waits, and a long run waits just enough.
/// </summary>
internal sealed class RateLimiter
{
    /// <summary>The SEC's limit: "no more than 10 requests per second".</summary>
    public const int SecRequestsPerSecond = 10;

    private readonly EdgarClock clock;
    private readonly int limit;
    private readonly TimeSpan window;
    private readonly object gate = new();

    /// <summary>The start times given out most recently, oldest first; at most <see cref="limit"/>.</summary>
    private readonly Queue<TimeSpan> starts = new();

    public RateLimiter(EdgarClock clock, int limit, TimeSpan window)
    {
        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "A rate limit allows at least one request.");
        }

        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /// <summary>The SEC's: 10 requests a second.</summary>
    public static RateLimiter ForSec(EdgarClock clock) => new(clock, SecRequestsPerSecond, TimeSpan.FromSeconds(1));

    /// <summary>Waits until a request may start, and counts it as started then.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = Reserve();
        return wait > TimeSpan.Zero ? clock.Delay(wait, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// The wait before the next start: none while fewer than <see cref="limit"/> requests started, else until a
    /// window has passed since the oldest of the last <see cref="limit"/>. The start is booked before the wait,
    /// so concurrent callers queue behind each other rather than all waking at once.
    /// </summary>
    private TimeSpan Reserve()
    {
        lock (gate)
        {
            var now = clock.Elapsed;
            var start = starts.Count < limit ? now : Max(now, starts.Peek() + window);
            starts.Enqueue(start);
            if (starts.Count > limit)
            {
                starts.Dequeue();
            }

            return start - now;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
