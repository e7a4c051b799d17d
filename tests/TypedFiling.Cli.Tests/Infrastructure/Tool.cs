using System.IO;
using TypedFiling.Cli.Commands;
using TypedFiling.Cli.Edgar;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of the tool did.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);

/// <summary>Runs the tool in process: the real command line parsing, standard output and error captured.</summary>
public static class Tool
{
    public static CliRun Run(params string[] args) => Run(terminal: null, args);

    internal static CliRun Run(Terminal? terminal, params string[] args) => Run(terminal, null, args);

    /// <summary>Runs the tool with <paramref name="edgar"/>'s environment and clock for <c>get</c>.</summary>
    internal static CliRun Run(EdgarHost edgar, params string[] args) => Run(null, edgar, args);

    private static CliRun Run(Terminal? terminal, EdgarHost? edgar, string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var used = terminal is null ? Terminal.Redirected(output, error) : terminal with { Out = output, Error = error };
        var exitCode = CliApplication.Run(args, used, edgar);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
