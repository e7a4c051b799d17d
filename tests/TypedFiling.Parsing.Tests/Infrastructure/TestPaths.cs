using System;
using System.IO;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Parsing.Tests.Infrastructure;

/// <summary>The repository's and the shared corpus's folders, and this project's expected-figure data.</summary>
public static class TestPaths
{
    public static string Repository => RepositoryPaths.Root;

    /// <summary>../shared/corpus from the repository root, or null if it is absent.</summary>
    public static string? Corpus => RepositoryPaths.Corpus;

    public static string Seed => RepositoryPaths.Filing("iij-20f-2010.md");

    public static string Data(string name) => Path.Combine(Repository, "tests", "TypedFiling.Parsing.Tests", "Figures", "Data", name);
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
