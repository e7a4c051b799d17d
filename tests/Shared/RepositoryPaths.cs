using System;
using System.IO;

namespace TypedFiling.Tests.Shared;

/// <summary>
/// The one place a test finds a file of the repository: the root (the folder holding TypedFiling.sln, above the test's
/// output folder), the sample's filings in filings/, and the test data in tests/Data (its README lists the folders).
/// Tests read the files where they are stored, never copies beside the test assembly, so each is stored once.
/// Linked into every test project by tests/Directory.Build.props.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(Find);

    /// <summary>The folder holding TypedFiling.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>filings/: the sample's filings, the corpus the figure, name and format tables are written for.</summary>
    public static string Filings => Path.Combine(Root, "filings");

    /// <summary>The seed filing, filings/iij-20f-2010.md (18 risk factors).</summary>
    public static string Seed => Filing("iij-20f-2010.md");

    /// <summary>A filing of the repository's filings/ folder.</summary>
    public static string Filing(string name) => Path.Combine(Filings, name);

    /// <summary>A folder or file under tests/Data: <c>Data("whole", "nvidia-10k-2024-full.htm")</c>.</summary>
    public static string Data(params string[] parts) => Path.Combine(Root, "tests", "Data", Path.Combine(parts));

    /// <summary>A path relative to the root, with '/' separators whatever the system's.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string Find()
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
