using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace TypedFiling.Package.Tests;

/// <summary>The result of one <c>dotnet</c> command: its exit code and everything it printed.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
{
    /// <summary>The command line and its output, for assertion messages.</summary>
    public override string ToString() =>
        $"> {CommandLine}{Environment.NewLine}(exit code {ExitCode}, {Duration.TotalSeconds:F1} s){Environment.NewLine}{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a user would, from a clean environment.</summary>
internal static class DotNet
{
    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>. The
    /// process tree is killed when it takes longer than <paramref name="timeout"/>.
    /// </summary>
    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(DotNetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // `dotnet test` runs this process under MSBuild: its MSBuild* variables (MSBuildExtensionsPath,
        // MSBUILD_EXE_PATH, MSBuildSDKsPath, ...) would point the child build at the parent's SDK state.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
            Append(output, $"(killed after {timeout.TotalSeconds:F0} s)");
            return new CommandResult(CommandLine(arguments), -1, Snapshot(output), stopwatch.Elapsed);
        }

        // The process has exited; the parameterless WaitForExit also waits for the last of its output.
        // Bounded, in case a process it started outlives it and keeps the pipe open.
        Task.Run(process.WaitForExit).Wait(TimeSpan.FromSeconds(30));
        return new CommandResult(CommandLine(arguments), process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static string DotNetHost()
    {
        // Set by the SDK for the processes it starts (the test host among them): the same dotnet.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string CommandLine(string[] arguments) => "dotnet " + string.Join(" ", arguments);
}
