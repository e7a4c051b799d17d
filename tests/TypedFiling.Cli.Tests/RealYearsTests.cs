using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary>
/// Two real adjacent years of one company: NVIDIA's 10-K risk factors for fiscal 2024 and 2025, as filed (HTML).
/// Hand-checked against the filings (every bold paragraph of the two sections, compared): fiscal 2025 drops the
/// indebtedness risk factor and adds none; it rewords the demand, data protection, business processes, laws and
/// litigation headings.
/// </summary>
public sealed class RealYearsTests
{
    [Fact]
    public void Diff_of_nvidias_2024_and_2025_filings_reports_the_removed_and_reworded_risk_factors()
    {
        var oldPath = RepositoryPaths.Filing("nvidia-10k-2024.htm");
        var newPath = RepositoryPaths.Filing("nvidia-10k-2025.htm");

        var report = DiffTests.Compare(oldPath, newPath);

        Assert.StartsWith("Our indebtedness could adversely affect our financial position", Assert.Single(report.Removed).Title, StringComparison.Ordinal);
        Assert.Empty(report.Added);
        var reworded = report.Reworded.Select(change => change.Match.New.Title).ToList();
        Assert.Contains(reworded, title => title.StartsWith("Long manufacturing lead times and uncertain supply and component availability", StringComparison.Ordinal));
        Assert.Contains(reworded, title => title.StartsWith("We are subject to complex laws, rules, regulations, and political and other actions", StringComparison.Ordinal));
        Assert.Contains(reworded, title => title.StartsWith("Product, system security, and data protection incidents or breaches", StringComparison.Ordinal));
        Assert.Contains(reworded, title => title.StartsWith("Our business is exposed to the burden and risks associated with litigation", StringComparison.Ordinal));

        var run = Tool.Run("diff", oldPath, newPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Removed (1):", run.Out, StringComparison.Ordinal);
    }
}
