using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace TypedFiling.Package.Tests;

/// <summary>
/// Packs src/TypedFiling once for the tests of a class: <c>dotnet pack -c Release</c> into a feed in a new
/// temporary folder. The build goes to artifacts/package-tests (<c>--artifacts-path</c>, ignored by git), not
/// to the projects' bin/ and obj/: <c>dotnet test TypedFiling.sln</c> builds the other test projects, and
/// src/TypedFiling with them, while this test runs. The folder is kept, so a second run builds incrementally.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    /// <summary>Packs the package.</summary>
    public PackageFixture()
    {
        RepositoryRoot = TypedFiling.Tests.Shared.RepositoryPaths.Root;
        Version = ReadVersion(Path.Combine(RepositoryRoot, "Directory.Build.props"));
        WorkDirectory = Path.Combine(Path.GetTempPath(), "typedfiling-package-tests", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(Feed);

        Pack = DotNet.Run(
            RepositoryRoot,
            TimeSpan.FromMinutes(5),
            "pack", Path.Combine(RepositoryRoot, "src", "TypedFiling", "TypedFiling.csproj"),
            "-c", "Release",
            "-o", Feed,
            "--artifacts-path", Path.Combine(RepositoryRoot, "artifacts", "package-tests"),
            "--disable-build-servers");
    }

    /// <summary>The folder holding TypedFiling.sln.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The package's version, as Directory.Build.props sets it.</summary>
    public string Version { get; }

    /// <summary>A new folder under the temporary folder, outside the repository; deleted at the end.</summary>
    public string WorkDirectory { get; }

    /// <summary>The local feed the package was packed into.</summary>
    public string Feed { get; }

    /// <summary>The <c>dotnet pack</c> command and its output.</summary>
    public CommandResult Pack { get; }

    /// <summary>The packed .nupkg.</summary>
    public string PackagePath => Path.Combine(Feed, $"TypedFiling.{Version}.nupkg");

    /// <summary>The packed symbol package.</summary>
    public string SymbolPackagePath => Path.Combine(Feed, $"TypedFiling.{Version}.snupkg");

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string ReadVersion(string directoryBuildProps)
    {
        var versions = XDocument.Load(directoryBuildProps).Descendants("Version").Select(e => e.Value.Trim()).ToList();
        return versions.Count == 1 && versions[0].Length > 0
            ? versions[0]
            : throw new InvalidOperationException($"{directoryBuildProps} should set <Version> once; found {versions.Count}.");
    }
}
