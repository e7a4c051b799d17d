using System;
using System.IO;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Parsing.Tests.Infrastructure;

/// <summary>The repository's and the shared corpus's folders, and this project's expected-figure data.</summary>
public static class TestPaths
{
    public static string Repository => RepositoryPaths.Root;

    /// <summary>tests/Data/corpus, the real filings kept in the repository.</summary>
    public static string Corpus => RepositoryPaths.Corpus;

    public static string Seed => RepositoryPaths.Filing("iij-20f-2010.md");

    public static string Data(string name) => Path.Combine(Repository, "tests", "TypedFiling.Parsing.Tests", "Figures", "Data", name);
}

/// <summary>A fact over the corpus in tests/Data/corpus; never skipped: a missing file fails the test.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
}

/// <summary>A theory over the corpus in tests/Data/corpus; never skipped: a missing file fails the test.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
}
