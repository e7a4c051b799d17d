using System;
using System.IO;
using System.Linq;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// Real filings at the scale a project reaches: fifty filings in one compilation, and a whole 10-K of
/// 2 MB, build with unique names, one source per filing and no diagnostics above info.
/// </summary>
public class ScaleTests
{
    private static readonly string Filings = RepositoryPaths.Filings;

    [Fact]
    public void Fifty_filings_in_one_project_build_with_unique_names_and_one_source_each()
    {
        var files = Directory.GetFiles(Filings).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 5, "the repository's filings are read in filings/");

        var input = new GeneratorInput();
        for (var i = 0; i < 50; i++)
        {
            var file = files[i % files.Length];
            input = input.WithFiling("filings/batch" + (i / files.Length) + "/" + Path.GetFileName(file), File.ReadAllText(file), ("ClassName", "Filing" + i));
        }

        var run = GeneratorHarness.Run(input);

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(50, run.GeneratedSources.Length);
        Assert.Equal(50, run.GeneratedSources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var catalog = run.AllGeneratedSources.Single(s => s.HintName == GeneratorRun.CatalogHintName).SourceText.ToString();
        Assert.Equal(50, catalog.Split('\n').Count(line => line.TrimStart().StartsWith("global::Filings.Filing", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_whole_10_K_of_2_MB_builds()
    {
        var text = File.ReadAllText(RepositoryPaths.Data("whole", "nvidia-10k-2024-full.htm"));
        Assert.True(text.Length > 2_000_000);

        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/nvidia-10k-2024-full.htm", text));

        Assert.Empty(run.AllDiagnostics);
        var source = Assert.Single(run.GeneratedSources).SourceText.ToString();
        Assert.Contains("24 risk factors", source, StringComparison.Ordinal);
    }
}
