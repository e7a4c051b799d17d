using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TypedFiling.Cli.Edgar;

namespace TypedFiling.Cli.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when waited on, by exactly the wait: the rate limiter's and the retries' waits are
/// recorded and pass at once, so a test checks them without sleeping.
/// </summary>
internal sealed class ManualClock : EdgarClock
{
    /// <summary>The date the clock starts at (a Retry-After date is compared with it).</summary>
    public static readonly DateTimeOffset Start = new(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly object gate = new();
    private readonly List<TimeSpan> waits = new();
    private readonly bool moves;
    private TimeSpan elapsed;

    /// <param name="moves">Whether a wait moves the clock on; a clock that does not stands for callers all waiting at once.</param>
    public ManualClock(bool moves = true)
    {
        this.moves = moves;
    }

    public override TimeSpan Elapsed
    {
        get
        {
            lock (gate)
            {
                return elapsed;
            }
        }
    }

    public override DateTimeOffset UtcNow => Start + Elapsed;

    /// <summary>Every wait asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (gate)
            {
                return waits.ToList();
            }
        }
    }

    public override Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            waits.Add(delay);
            if (moves)
            {
                elapsed += delay;
            }
        }

        return Task.CompletedTask;
    }
}
