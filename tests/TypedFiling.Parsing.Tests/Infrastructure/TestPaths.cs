using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace TypedFiling.Parsing.Tests.Infrastructure;

/// <summary>Locates the repository (a folder holding TypedFiling.sln or .git) and the shared corpus next to it.</summary>
public static class TestPaths
{
    private static readonly Lazy<string?> RepoRoot = new Lazy<string?>(() => FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory()));

    public static string Repository => RepoRoot.Value ?? throw new InvalidOperationException(
        "Repository root (a folder with TypedFiling.sln or .git) not found above " + AppContext.BaseDirectory);

    /// <summary>../shared/corpus from the repository root, or null if it is absent.</summary>
    public static string? Corpus
    {
        get
        {
            if (RepoRoot.Value is null) return null;
            var dir = Path.GetFullPath(Path.Combine(RepoRoot.Value, "..", "shared", "corpus"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    public static string Seed => Path.Combine(Repository, "filings", "iij-20f-2010.md");

    public static string Data(string name) => Path.Combine(Repository, "tests", "TypedFiling.Parsing.Tests", "Figures", "Data", name);

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? string.Empty;

    private static string? FindRoot(string start)
    {
        if (string.IsNullOrEmpty(start)) return null;
        var dir = new DirectoryInfo(start);
        while (dir != null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TypedFiling.sln")) || Directory.Exists(Path.Combine(dir.FullName, ".git"))
                || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        return null;
    }
}

/// <summary>A fact that is skipped, with a message, when the shared corpus folder is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (TestPaths.Corpus is null) Skip = "Corpus folder ../shared/corpus (next to the repository root) not found; corpus tests skipped.";
    }
}

/// <summary>A theory that is skipped, with a message, when the shared corpus folder is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (TestPaths.Corpus is null) Skip = "Corpus folder ../shared/corpus (next to the repository root) not found; corpus tests skipped.";
    }
}
