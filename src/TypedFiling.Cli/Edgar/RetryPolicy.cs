using System;
using System.Net;
using System.Net.Http.Headers;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// When a failed request is tried again and after how long: on 429 (too many requests), on 5xx and when the
/// connection fails, at most <see cref="MaxAttempts"/> times in all, waiting what <c>Retry-After</c> says, else
/// twice as long as the last time, from <see cref="FirstWait"/>.
/// </summary>
/// <param name="MaxAttempts">How many times a request is sent at most, the first included.</param>
/// <param name="FirstWait">The wait after the first failure, when EDGAR names none.</param>
/// <param name="LongestWait">The longest wait kept to: EDGAR asking for longer (the SEC blocks a tool for minutes) ends the command instead.</param>
internal sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstWait, TimeSpan LongestWait)
{
    /// <summary>Five attempts, 1, 2, 4 and 8 seconds apart unless EDGAR says otherwise, waiting two minutes at most.</summary>
    public static RetryPolicy Sec { get; } = new(5, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));

    /// <summary>Whether an answer with this status may come out otherwise a moment later.</summary>
    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>
    /// The wait after the <paramref name="attempt"/>th attempt failed (from 1): the answer's <c>Retry-After</c>, in
    /// seconds or as a date (a date already past is no wait), else <see cref="FirstWait"/> doubled per attempt.
    /// </summary>
    public TimeSpan Wait(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is TimeSpan delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is DateTimeOffset date)
        {
            return date > now ? date - now : TimeSpan.Zero;
        }

        return FirstWait * Math.Pow(2, Math.Min(attempt - 1, 16));
    }
}
