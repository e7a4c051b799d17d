using TypedFiling.Cli.Edgar;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Get;

/// <summary>Runs <c>typedfiling get</c> in process against a test's <see cref="EdgarServer"/>, with the server's clock and no environment.</summary>
internal static class GetRun
{
    /// <summary>The User-Agent the tests declare.</summary>
    public const string Agent = "TypedFiling tests tests@typedfiling.example";

    /// <summary><c>get ARGS --edgar-url SERVER --user-agent AGENT</c>.</summary>
    public static CliRun Run(EdgarServer server, params string[] args) =>
        Tool.Run(new EdgarHost(_ => null, server.Clock), ["get", .. args, "--edgar-url", server.Address, "--user-agent", Agent]);

    /// <summary><c>get ARGS</c> as given, with <paramref name="environment"/> for the variables.</summary>
    public static CliRun RunWith(EdgarServer server, Func<string, string?> environment, params string[] args) =>
        Tool.Run(new EdgarHost(environment, server.Clock), ["get", .. args]);
}
