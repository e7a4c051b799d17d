using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// Every request <c>get</c> makes, the SEC's fair-access way: the declared User-Agent on each, at most 10 a second,
/// and a bounded number of attempts with backoff on 429, 5xx and broken connections, honouring <c>Retry-After</c>.
/// </summary>
internal sealed class EdgarClient : IDisposable
{
    private readonly HttpClient http;
    private readonly string userAgent;
    private readonly EdgarClock clock;
    private readonly RateLimiter limiter;
    private readonly RetryPolicy retry;

    public EdgarClient(string userAgent, EdgarClock clock, RetryPolicy retry, HttpMessageHandler handler)
    {
        http = new HttpClient(handler, disposeHandler: true);
        this.userAgent = userAgent;
        this.clock = clock;
        this.retry = retry;
        limiter = RateLimiter.ForSec(clock);
    }

    /// <summary>
    /// The handler the tool sends with: compressed answers accepted (as the SEC asks) and decoded, so a document is
    /// written as the bytes it is; the default proxy kept, loopback addresses aside (<see cref="LoopbackBypassProxy"/>).
    /// </summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        UseProxy = true,
        Proxy = new LoopbackBypassProxy(HttpClient.DefaultProxy),
    };

    /// <summary>The JSON at <paramref name="uri"/>; <see cref="EdgarException"/> when it cannot be had or is not JSON.</summary>
    public Task<JsonElement> GetJsonAsync(Uri uri, CancellationToken cancellationToken) =>
        GetAsync(uri, async (response, token) =>
        {
            await using var body = await response.Content.ReadAsStreamAsync(token);
            try
            {
                using var document = await JsonDocument.ParseAsync(body, default, token);
                return document.RootElement.Clone();
            }
            catch (JsonException exception)
            {
                throw new EdgarException(uri + ": not JSON: " + exception.Message);
            }
        }, cancellationToken);

    /// <summary>
    /// Sends a GET for <paramref name="uri"/> and hands a successful answer to <paramref name="read"/>, trying again
    /// as <see cref="RetryPolicy"/> says when the request, the status or the reading of the body fails in a way that
    /// may pass (a network <see cref="IOException"/> or <see cref="HttpRequestException"/> from <paramref name="read"/>).
    /// Any other status is an <see cref="EdgarException"/> at once.
    /// </summary>
    public async Task<T> GetAsync<T>(Uri uri, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await limiter.WaitAsync(cancellationToken);
            var outcome = await AttemptAsync(uri, read, cancellationToken);
            if (outcome.Failure is null)
            {
                return outcome.Value!;
            }

            if (attempt >= retry.MaxAttempts)
            {
                throw new EdgarException(uri + ": " + outcome.Failure + ", " + Count(attempt) + " times; try again later", outcome.Status);
            }

            var wait = retry.Wait(attempt, outcome.RetryAfter, clock.UtcNow);
            if (wait > retry.LongestWait)
            {
                // Only an answer carries Retry-After, so the failure reads "EDGAR answered 429 Too Many Requests".
                throw new EdgarException(uri + ": " + outcome.Failure + " and asks to wait " + Count((long)wait.TotalSeconds) + " s before the next request; try again later", outcome.Status);
            }

            await clock.Delay(wait, cancellationToken);
        }
    }

    private async Task<Attempt<T>> AttemptAsync<T>(Uri uri, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);

        // Not Headers.UserAgent.ParseAdd: an email address is not an HTTP product token, and the SEC asks for one.
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return Attempt<T>.Failed("cannot be reached: " + exception.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Attempt<T>.Failed("no answer in " + Count((long)http.Timeout.TotalSeconds) + " s");
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                try
                {
                    return new Attempt<T>(await read(response, cancellationToken), null, null, null);
                }
                catch (Exception exception) when (exception is IOException or HttpRequestException)
                {
                    return Attempt<T>.Failed("the answer broke off: " + exception.Message);
                }
            }

            var status = Describe(response.StatusCode);
            if (!RetryPolicy.IsTransient(response.StatusCode))
            {
                throw new EdgarException(uri + ": " + status, response.StatusCode);
            }

            return new Attempt<T>(default, "EDGAR answered " + status, response.StatusCode, response.Headers.RetryAfter);
        }
    }

    /// <summary>"404 Not Found", "429 Too Many Requests".</summary>
    public static string Describe(HttpStatusCode status) =>
        ((int)status).ToString(CultureInfo.InvariantCulture) + " " + ReasonPhrase(status);

    private static string ReasonPhrase(HttpStatusCode status)
    {
        // "TooManyRequests" as "Too Many Requests"; a status without a name is its number alone.
        var name = status.ToString();
        if (int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return "(unnamed status)";
        }

        var words = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(name[i]);
        }

        return words.ToString();
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => http.Dispose();

    /// <summary>One attempt's result: the value, or why it failed and what EDGAR said about trying again.</summary>
    private readonly record struct Attempt<T>(T? Value, string? Failure, HttpStatusCode? Status, RetryConditionHeaderValue? RetryAfter)
    {
        public static Attempt<T> Failed(string failure) => new(default, failure, null, null);
    }
}
