using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// The time the rate limiter and the retries go by, and their waits: the real clock in the tool, a clock that
/// moves only when waited on in the tests, which then check the waits without sleeping.
/// </summary>
internal abstract class EdgarClock
{
    /// <summary>The machine's clock.</summary>
    public static EdgarClock System { get; } = new SystemClock();

    /// <summary>Time since the clock started, never going back: what the rate limiter counts in.</summary>
    public abstract TimeSpan Elapsed { get; }

    /// <summary>The date and time now, which a <c>Retry-After</c> date is compared with.</summary>
    public abstract DateTimeOffset UtcNow { get; }

    public abstract Task Delay(TimeSpan delay, CancellationToken cancellationToken);

    private sealed class SystemClock : EdgarClock
    {
        private readonly Stopwatch stopwatch = Stopwatch.StartNew();

        public override TimeSpan Elapsed => stopwatch.Elapsed;

        public override DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

        public override Task Delay(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);
    }
}
