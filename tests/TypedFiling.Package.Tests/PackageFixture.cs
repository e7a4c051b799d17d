using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace TypedFiling.Package.Tests;

/// <summary>
/// Packs src/TypedFiling and the template package src/TypedFiling.Templates once for the tests of a class:
/// <c>dotnet pack -c Release</c> into one feed in a new temporary folder. The build goes to artifacts/package-tests (<c>--artifacts-path</c>, ignored by git), not
/// to the projects' bin/ and obj/: <c>dotnet test TypedFiling.sln</c> builds the other test projects, and
/// src/TypedFiling with them, while this test runs. The folder is kept, so a second run builds incrementally.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly Lazy<CommandResult> templateInstall;

    /// <summary>Packs the packages.</summary>
    public PackageFixture()
    {
        RepositoryRoot = TypedFiling.Tests.Shared.RepositoryPaths.Root;
        Version = ReadVersion(Path.Combine(RepositoryRoot, "Directory.Build.props"));
        WorkDirectory = Path.Combine(Path.GetTempPath(), "typedfiling-package-tests", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(WorkDirectory, "feed");
        TemplateHive = Path.Combine(WorkDirectory, "template-hive");
        Directory.CreateDirectory(Feed);

        Pack = PackProject("TypedFiling");
        TemplatePack = PackProject("TypedFiling.Templates");

        // Into a hive of its own (--debug:custom-hive), so the machine's templates are neither used nor changed.
        templateInstall = new Lazy<CommandResult>(() => DotNet.Run(
            WorkDirectory,
            TimeSpan.FromMinutes(2),
            "new", "install", TemplatePackagePath, "--debug:custom-hive", TemplateHive));
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

    /// <summary>The <c>dotnet pack</c> of the template package and its output.</summary>
    public CommandResult TemplatePack { get; }

    /// <summary>The packed template package, at the same version.</summary>
    public string TemplatePackagePath => Path.Combine(Feed, $"TypedFiling.Templates.{Version}.nupkg");

    /// <summary>The template engine's settings folder the template package is installed into.</summary>
    public string TemplateHive { get; }

    /// <summary><c>dotnet new install</c> of the packed template package into <see cref="TemplateHive"/>, run at the first call.</summary>
    public CommandResult InstallTemplates() => templateInstall.Value;

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

    private CommandResult PackProject(string name) => DotNet.Run(
        RepositoryRoot,
        TimeSpan.FromMinutes(5),
        "pack", Path.Combine(RepositoryRoot, "src", name, name + ".csproj"),
        "-c", "Release",
        "-o", Feed,
        "--artifacts-path", Path.Combine(RepositoryRoot, "artifacts", "package-tests"),
        "--disable-build-servers");

    private static string ReadVersion(string directoryBuildProps)
    {
        var versions = XDocument.Load(directoryBuildProps).Descendants("Version").Select(e => e.Value.Trim()).ToList();
        return versions.Count == 1 && versions[0].Length > 0
            ? versions[0]
            : throw new InvalidOperationException($"{directoryBuildProps} should set <Version> once; found {versions.Count}.");
    }
}
