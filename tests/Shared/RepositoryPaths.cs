using System;
using System.IO;

namespace TypedFiling.Tests.Shared;

/// <summary>
/// Where a test finds the repository (the folder holding TypedFiling.sln, above the test's output folder)
/// and the shared corpus of real filings beside it. Linked into every test project by tests/Directory.Build.props.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(Find);

    /// <summary>The folder holding TypedFiling.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>../shared/corpus beside the repository, or null where a lone clone has none.</summary>
    public static string? Corpus
    {
        get
        {
            var corpus = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
            return Directory.Exists(corpus) ? corpus : null;
        }
    }

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
