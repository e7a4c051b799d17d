using System;
using System.IO;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests.Infrastructure;

/// <summary>Where the test data, the repository's filings and the shared corpus are.</summary>
public static class Paths
{
    /// <summary>The folder of the test's data files, copied beside the test assembly.</summary>
    public static string Data { get; } = Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>The hand-edited variants of the seed filing.</summary>
    public static string VariantA => Path.Combine(Data, "iij-20f-2010-a.md");

    public static string VariantB => Path.Combine(Data, "iij-20f-2010-b.md");

    /// <summary>The repository's root: the folder holding TypedFiling.sln.</summary>
    public static string Repository => RepositoryPaths.Root;

    /// <summary>The seed filing, filings/iij-20f-2010.md.</summary>
    public static string Seed => RepositoryPaths.Filing("iij-20f-2010.md");

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string NewTemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "typedfiling-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
