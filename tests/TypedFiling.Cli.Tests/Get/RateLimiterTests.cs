using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TypedFiling.Cli.Edgar;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Get;

/// <summary>The limiter's waits, computed on a clock that moves only when waited on.</summary>
public sealed class RateLimiterTests
{
    [Fact]
    public async Task Ten_requests_start_at_once_and_the_eleventh_a_second_after_the_first()
    {
        var clock = new ManualClock();
        var limiter = RateLimiter.ForSec(clock);

        var starts = await StartsAsync(limiter, clock, 11);

        Assert.All(starts.Take(10), start => Assert.Equal(TimeSpan.Zero, start));
        Assert.Equal(TimeSpan.FromSeconds(1), starts[10]);
        Assert.Equal([TimeSpan.FromSeconds(1)], clock.Waits);
    }

    [Fact]
    public async Task A_long_run_never_has_more_than_ten_starts_in_any_second()
    {
        var clock = new ManualClock();
        var limiter = RateLimiter.ForSec(clock);

        var starts = await StartsAsync(limiter, clock, 95);

        for (var i = 0; i < starts.Count; i++)
        {
            Assert.True(starts.Count(start => start >= starts[i] && start < starts[i] + TimeSpan.FromSeconds(1)) <= 10);
        }

        // Ten a second, no slower: the 95th starts in the tenth second.
        Assert.Equal(TimeSpan.FromSeconds(9), starts[94]);
    }

    [Fact]
    public async Task Time_that_passed_between_requests_counts()
    {
        var clock = new ManualClock();
        var limiter = RateLimiter.ForSec(clock);
        await StartsAsync(limiter, clock, 10);
        await clock.Delay(TimeSpan.FromMilliseconds(600), CancellationToken.None);

        var next = await StartsAsync(limiter, clock, 1);

        // The first ten started at 0; at 0.6 s the eleventh waits 0.4 s more.
        Assert.Equal(TimeSpan.FromSeconds(1), next[0]);
        Assert.Equal([TimeSpan.FromMilliseconds(600), TimeSpan.FromMilliseconds(400)], clock.Waits);
    }

    [Fact]
    public async Task After_a_quiet_second_there_is_no_wait()
    {
        var clock = new ManualClock();
        var limiter = RateLimiter.ForSec(clock);
        await StartsAsync(limiter, clock, 10);
        await clock.Delay(TimeSpan.FromSeconds(5), CancellationToken.None);

        await StartsAsync(limiter, clock, 10);

        Assert.Equal([TimeSpan.FromSeconds(5)], clock.Waits);
    }

    [Fact]
    public async Task Concurrent_callers_book_distinct_starts()
    {
        var clock = new ManualClock(moves: false);
        var limiter = new RateLimiter(clock, 2, TimeSpan.FromSeconds(1));

        // All five arrive at 0 and book before any wait is over: the third and fourth start at 1 s, the fifth at 2 s.
        var tasks = Enumerable.Range(0, 5).Select(_ => limiter.WaitAsync(CancellationToken.None)).ToArray();
        await Task.WhenAll(tasks);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], clock.Waits);
    }

    private static async Task<List<TimeSpan>> StartsAsync(RateLimiter limiter, ManualClock clock, int count)
    {
        var starts = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
            starts.Add(clock.Elapsed);
        }

        return starts;
    }
}
