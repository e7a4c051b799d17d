using System;
using System.IO;

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
    public static string Repository { get; } = FindRepository();

    /// <summary>The seed filing, filings/iij-20f-2010.md.</summary>
    public static string Seed => Path.Combine(Repository, "filings", "iij-20f-2010.md");

    /// <summary>The corpus of real filings beside the repository (../shared/corpus), or the machine's shared one.</summary>
    public static string? Corpus
    {
        get
        {
            foreach (var candidate in new[] { Path.Combine(Repository, "..", "shared", "corpus") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            return null;
        }
    }

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string NewTemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "typedfiling-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TypedFiling.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TypedFiling.sln was not found above " + AppContext.BaseDirectory);
    }
}
