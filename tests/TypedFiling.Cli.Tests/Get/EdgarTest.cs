using System.Collections.Generic;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Get;

/// <summary>A test of <c>get</c>: its own EDGAR stand-in and an empty folder to save into, both gone when it ends.</summary>
public abstract class EdgarTest : IDisposable
{
    /// <summary>NVIDIA's 10-K for fiscal 2025, the latest 10-K of the recording.</summary>
    protected const string Nvda2025 = "/Archives/edgar/data/1045810/000104581025000023/nvda-20250126.htm";

    internal EdgarServer Server { get; } = new(new ManualClock());

    /// <summary>The folder the test saves into.</summary>
    protected string Folder { get; } = TemporaryFolder.Create();

    /// <summary>The clock the run's waits are made on.</summary>
    internal ManualClock Clock => Server.Clock;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Server.Dispose();
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary><c>get ARGS</c> against the stand-in, with the tests' user agent.</summary>
    protected CliRun Get(params string[] args) => GetRun.Run(Server, args);

    /// <summary>The names in the folder, sorted; a temporary file left behind would show here.</summary>
    protected string[] Files() => Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>The paths asked for, in order.</summary>
    protected IEnumerable<string> Asked() => Server.Requests.Select(request => request.Path);

    /// <summary>Whether <paramref name="name"/> in the folder holds the recorded bytes of <paramref name="path"/>, byte for byte.</summary>
    protected void AssertSaved(string path, string name) =>
        Assert.Equal(EdgarServer.Recorded(path), File.ReadAllBytes(Path.Combine(Folder, name)));
}
