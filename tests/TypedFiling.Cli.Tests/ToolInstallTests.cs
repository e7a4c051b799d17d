using System.Diagnostics;
using System.Runtime.InteropServices;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary>
/// The tool as users get it: packed, installed with <c>dotnet tool install --tool-path</c> from a local feed
/// (nothing global changes: the tool goes to a temporary folder, packages to a temporary NuGet cache), and run from
/// a fresh process.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    private readonly string folder = TemporaryFolder.Create();

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A process that is still exiting may hold a file; the folder is under the temporary folder anyway.
        }
    }

    [Fact]
    [Trait("Category", "Tool")]
    public void The_installed_tool_diffs_two_filings_from_a_fresh_process()
    {
        var feed = Directory.CreateDirectory(Path.Combine(folder, "feed")).FullName;
        var tools = Path.Combine(folder, "tools");
        var dotnet = DotnetExecutable();

        // Pack what this test run was built from: the same configuration, no second build.
        var project = Path.Combine(RepositoryPaths.Root, "src", "TypedFiling.Cli", "TypedFiling.Cli.csproj");
        var pack = Execute(dotnet, new[] { "pack", project, "-c", Configuration(), "--no-build", "-o", feed }, RepositoryPaths.Root);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Out + pack.Error);
        var package = Assert.Single(Directory.GetFiles(feed, "TypedFiling.Cli.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["TypedFiling.Cli.".Length..];

        // Only the local feed: the install needs nothing else, and must not depend on a network.
        var config = Path.Combine(folder, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var install = Execute(dotnet, new[] { "tool", "install", "TypedFiling.Cli", "--tool-path", tools, "--version", version, "--configfile", config }, folder);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Out + install.Error);

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "typedfiling.exe" : "typedfiling");
        Assert.True(File.Exists(tool), "The tool's command was not installed at " + tool);

        var diff = Execute(tool, new[] { "diff", "filings/iij-20f-2010.md", "tests/Data/variants/iij-20f-2010-b.md" }, RepositoryPaths.Root);

        Assert.Equal(string.Empty, diff.Error);
        Assert.Equal(1, diff.ExitCode);
        Assert.Equal("--- filings/iij-20f-2010.md (18 risk factors)\n+++ tests/Data/variants/iij-20f-2010-b.md (18 risk factors)\n" + DiffTests.ExpectedChanges.ReplaceLineEndings("\n"), diff.Out.ReplaceLineEndings("\n"));

        var same = Execute(tool, new[] { "diff", "filings/iij-20f-2010.md", "filings/iij-20f-2010.md" }, RepositoryPaths.Root);
        Assert.Equal(0, same.ExitCode);
        Assert.Equal(string.Empty, same.Out);
    }

    /// <summary>Debug or Release: the folder this test assembly was built into (bin/Release/net10.0).</summary>
    private static string Configuration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The dotnet that runs this test: the runtime's folder is dotnet/shared/Microsoft.NETCore.App/version.</summary>
    private static string DotnetExecutable()
    {
        var root = DotnetRoot();
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }

    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private CliRun Execute(string fileName, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A NuGet cache of its own, so the installed package is this build's and nothing global changes.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(folder, "packages");
        start.Environment["DOTNET_ROOT"] = DotnetRoot();
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_HOME"] = folder;
        start.Environment["NO_COLOR"] = "1";
        // A test host's MSBuild variables must not leak into the child's build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(fileName + " " + string.Join(" ", arguments) + " did not finish in " + StepTimeout.TotalSeconds + " s");
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
