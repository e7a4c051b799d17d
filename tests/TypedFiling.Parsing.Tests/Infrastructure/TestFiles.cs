using System;
using System.IO;

namespace TypedFiling.Parsing.Tests.Infrastructure;

/// <summary>Finds the repository's filings and the shared corpus from the test's output folder.</summary>
internal static class TestFiles
{
    /// <summary>A filing copied into the output folder from the repository's filings/.</summary>
    public static string Filing(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "filings", name));

    /// <summary>The repository's root folder (the one holding TypedFiling.sln).</summary>
    public static string RepositoryRoot
    {
        get
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
}
