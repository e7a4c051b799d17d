using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests.Infrastructure;

/// <summary>A request the server received: its path, the User-Agent it carried, and when by the test's clock.</summary>
internal sealed record EdgarRequest(string Path, string? UserAgent, TimeSpan At);

/// <summary>
/// A scripted answer for one request to a path: a status, a body, a Retry-After, or a body that breaks off
/// (half of it sent under a Content-Length of the whole, then the connection dropped).
/// </summary>
internal sealed record Reply(int Status, string Body = "", string? RetryAfter = null, bool BreakOff = false);

/// <summary>
/// EDGAR on 127.0.0.1 at a free port, in the test process: serves the recorded answers of Data/Edgar at the
/// paths EDGAR serves them (www.sec.gov's and data.sec.gov's alike), a 404 for anything else, and before them the
/// replies a test scripts for a path, in order. Records every request. Stopped when disposed.
/// </summary>
internal sealed class EdgarServer : IDisposable
{
    private readonly HttpListener listener;
    private readonly ManualClock clock;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Reply>> scripted = new(StringComparer.Ordinal);
    private readonly List<EdgarRequest> requests = new();
    private readonly Task serving;

    public EdgarServer(ManualClock clock)
    {
        this.clock = clock;
        (listener, Address) = Listen();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The folder of the recorded answers.</summary>
    public static string Root { get; } = RepositoryPaths.Data("edgar-mirror");

    /// <summary>The base address, "http://127.0.0.1:PORT/", for --edgar-url.</summary>
    public string Address { get; }

    public ManualClock Clock => clock;

    /// <summary>The requests received so far, in order.</summary>
    public IReadOnlyList<EdgarRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>The recorded bytes of a path ("/Archives/…" or "Archives/…"), as the server sends them.</summary>
    public static byte[] Recorded(string path) => File.ReadAllBytes(Path.Combine(Root, path.TrimStart('/')));

    /// <summary>Answers the next requests to <paramref name="path"/> ("/submissions/CIK0001045810.json") with these, then as recorded.</summary>
    public void Script(string path, params Reply[] replies)
    {
        var queue = scripted.GetOrAdd(path, _ => new ConcurrentQueue<Reply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    /// <summary>A listener on a port the system just gave out; another process may take it in between, so a few tries.</summary>
    private static (HttpListener Listener, string Address) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var address = "http://127.0.0.1:" + port + "/";
            var listener = new HttpListener();
            listener.Prefixes.Add(address);
            try
            {
                listener.Start();
                return (listener, address);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Answer(context);
            }
            catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client went away mid-answer: nothing to do.
            }
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        lock (requests)
        {
            requests.Add(new EdgarRequest(path, context.Request.Headers["User-Agent"], clock.Elapsed));
        }

        var response = context.Response;
        if (scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out var reply))
        {
            Send(response, reply);
            return;
        }

        var file = Path.Combine(Root, Uri.UnescapeDataString(path.TrimStart('/')));
        if (File.Exists(file))
        {
            var bytes = File.ReadAllBytes(file);
            response.ContentType = file.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/html";
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
            response.Close();
            return;
        }

        Send(response, new Reply(404, "<html><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>"));
    }

    private static void Send(HttpListenerResponse response, Reply reply)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(reply.Body);
        response.StatusCode = reply.Status;
        response.ContentType = "text/html";
        if (reply.RetryAfter is not null)
        {
            response.AddHeader("Retry-After", reply.RetryAfter);
        }

        if (reply.BreakOff)
        {
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes, 0, bytes.Length / 2);
            response.OutputStream.Flush();
            response.Abort();
            return;
        }

        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }
}
