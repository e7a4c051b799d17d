using System;
using System.IO;

namespace TypedFiling.Tests.Shared;

/// <summary>
/// Where a test finds the repository (the folder holding TypedFiling.sln, above the test's output folder)
/// and the corpus of real filings copied into it (tests/Data/corpus), so a fresh clone runs every test.
/// Linked into every test project by tests/Directory.Build.props.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(Find);

    /// <summary>The folder holding TypedFiling.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>tests/Data/corpus: the real filings the tests read, kept in the repository byte for byte.</summary>
    public static string Corpus => Path.Combine(Root, "tests", "Data", "corpus");

    /// <summary>A filing of the repository's filings/ folder.</summary>
    public static string Filing(string name) => Path.Combine(Root, "filings", name);

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
