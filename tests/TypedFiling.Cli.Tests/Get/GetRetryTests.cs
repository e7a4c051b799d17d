using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Get;

/// <summary>
/// The SEC's fair-access rules in practice: 429 and 5xx tried again after Retry-After or a doubling backoff, a bounded
/// number of times; a broken-off download leaves no file; never more than 10 requests in a second. The clock is the
/// test's: the waits are checked, not slept.
/// </summary>
public sealed class GetRetryTests : EdgarTest
{
    private const string Submissions = "/submissions/CIK0001045810.json";

    [Fact]
    public void A_429_is_tried_again_after_the_seconds_of_its_Retry_After()
    {
        Server.Script(Submissions, new Reply(429, "Too Many Requests", RetryAfter: "7"));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([TimeSpan.FromSeconds(7)], Clock.Waits);
        Assert.Equal(2, Server.Requests.Count(request => request.Path == Submissions));
        Assert.Equal(TimeSpan.FromSeconds(7), Server.Requests.Last(request => request.Path == Submissions).At);
    }

    [Fact]
    public void A_Retry_After_date_is_waited_for_from_now()
    {
        var date = (ManualClock.Start + TimeSpan.FromSeconds(30)).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        Server.Script(Nvda2025, new Reply(503, "busy", RetryAfter: date));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([TimeSpan.FromSeconds(30)], Clock.Waits);
    }

    [Fact]
    public void Failures_without_Retry_After_wait_twice_as_long_each_time()
    {
        Server.Script(Nvda2025, new Reply(503), new Reply(502), new Reply(500));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], Clock.Waits);
        AssertSaved(Nvda2025, "nvda-10k-2025-01-26.htm");
    }

    [Fact]
    public void Attempts_are_bounded_at_five()
    {
        Server.Script(Nvda2025, Enumerable.Repeat(new Reply(503, "Service Unavailable"), 6).ToArray());

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: 10-K 0001045810-25-000023: " + Server.Address + Nvda2025[1..] + ": EDGAR answered 503 Service Unavailable, 5 times; try again later\n", run.Error);
        Assert.Equal(5, Server.Requests.Count(request => request.Path == Nvda2025));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], Clock.Waits);
        Assert.Empty(Directory.GetFileSystemEntries(Folder));
    }

    [Fact]
    public void A_Retry_After_longer_than_two_minutes_ends_the_command_instead_of_waiting()
    {
        Server.Script(Submissions, new Reply(429, "Too Many Requests", RetryAfter: "600"));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: " + Server.Address + Submissions[1..] + ": EDGAR answered 429 Too Many Requests and asks to wait 600 s before the next request; try again later\n", run.Error);
        Assert.Empty(Clock.Waits);
    }

    [Fact]
    public void A_download_that_breaks_off_leaves_no_file_and_the_older_file_of_the_name_as_it_was()
    {
        var path = Path.Combine(Folder, "nvda-10k-2025-01-26.htm");
        File.WriteAllText(path, "last year's download");
        var body = System.Text.Encoding.UTF8.GetString(EdgarServer.Recorded(Nvda2025));
        Server.Script(Nvda2025, Enumerable.Repeat(new Reply(200, body, BreakOff: true), 5).ToArray());

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("typedfiling: 10-K 0001045810-25-000023: " + Server.Address + Nvda2025[1..] + ": the answer broke off: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith(", 5 times; try again later\n", run.Error, StringComparison.Ordinal);
        Assert.Equal(["nvda-10k-2025-01-26.htm"], Files());
        Assert.Equal("last year's download", File.ReadAllText(path));
    }

    [Fact]
    public void A_download_that_broke_off_once_is_saved_whole_the_second_time()
    {
        var body = System.Text.Encoding.UTF8.GetString(EdgarServer.Recorded(Nvda2025));
        Server.Script(Nvda2025, new Reply(200, body, BreakOff: true));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([TimeSpan.FromSeconds(1)], Clock.Waits);
        Assert.Equal(["nvda-10k-2025-01-26.htm"], Files());
        AssertSaved(Nvda2025, "nvda-10k-2025-01-26.htm");
    }

    [Fact]
    public void No_more_than_ten_requests_start_in_any_second()
    {
        // The ticker list, the submissions and eleven 10-Qs: thirteen requests.
        var run = Get("NVDA", "--form", "10-Q", "--latest", "11", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(11, Directory.GetFiles(Folder).Length);
        var starts = Server.Requests.Select(request => request.At).ToList();
        Assert.Equal(13, starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            Assert.True(starts.Count(start => start >= starts[i] && start < starts[i] + TimeSpan.FromSeconds(1)) <= 10, "more than 10 requests in the second from " + starts[i]);
        }

        // The first ten at once, the eleventh a second after the first.
        Assert.Equal(TimeSpan.Zero, starts[9]);
        Assert.Equal(TimeSpan.FromSeconds(1), starts[10]);
    }
}
