using System;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// What <c>get</c> takes from the machine it runs on: the environment (TYPEDFILING_USER_AGENT,
/// TYPEDFILING_EDGAR_URL) and the clock. Tests give their own, so that a variable set on the test machine
/// changes nothing and no test waits in real time.
/// </summary>
/// <param name="Environment">Reads an environment variable; null when it is not set.</param>
/// <param name="Clock">The clock the rate limiter and the retries wait on.</param>
internal sealed record EdgarHost(Func<string, string?> Environment, EdgarClock Clock)
{
    /// <summary>The process's environment and the real clock.</summary>
    public static EdgarHost System { get; } = new(global::System.Environment.GetEnvironmentVariable, EdgarClock.System);
}
