using System;
using System.Diagnostics;
using System.IO;

namespace TypedFiling.Cli.Tests.Infrastructure;

/// <summary>The tool in a process of its own (the build beside the tests): in a folder of its choosing, or to be killed.</summary>
public static class ToolProcess
{
    /// <summary>Starts the tool with <paramref name="args"/> in <paramref name="workingDirectory"/> (this process's when null).</summary>
    public static Process Start(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TypedFiling.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the tool to its end in <paramref name="workingDirectory"/>: what a user's shell there would see.</summary>
    public static CliRun Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.Result);
    }
}
