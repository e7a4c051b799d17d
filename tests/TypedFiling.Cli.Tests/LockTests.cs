using System.IO;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary><c>typedfiling lock</c> and <c>lock --check</c>, and the commands that read a filing honouring the lock beside it.</summary>
public sealed class LockTests
{
    [Fact]
    public void Lock_writes_a_stable_lock_beside_the_filing_and_check_passes_until_the_filing_changes()
    {
        var folder = TemporaryFolder.Create();
        var filing = Path.Combine(folder, "iij.md");
        File.Copy(RepositoryPaths.Seed, filing);

        var written = Tool.Run("lock", filing);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal("wrote " + filing + ".lock.json (18 risk factors)\n", written.Out);
        var lockText = File.ReadAllText(filing + ".lock.json");
        Assert.Contains("\"name\": \"BusinessGrowthChangingOperatingEnvironment\"", lockText, System.StringComparison.Ordinal);

        var again = Tool.Run("lock", filing);
        Assert.Equal(filing + ".lock.json: up to date (18 risk factors)\n", again.Out);
        Assert.Equal(lockText, File.ReadAllText(filing + ".lock.json"));
        Assert.Equal(0, Tool.Run("lock", "--check", filing).ExitCode);

        File.Copy(RepositoryPaths.Data("variants", "iij-20f-2010-b.md"), filing, overwrite: true);
        var check = Tool.Run("lock", "--check", filing);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("does not match", check.Out, System.StringComparison.Ordinal);
        Assert.Contains("  - removed NamedDefendantsLitigation (17): We may be named as defendants in litigation", check.Out, System.StringComparison.Ordinal);
        Assert.Contains("  ~ reworded BusinessGrowthChangingOperatingEnvironment (9): Rapid business growth", check.Out, System.StringComparison.Ordinal);
        Assert.Contains("  + added EarthquakesTyphoonsNaturalDisastersJapan (17)", check.Out, System.StringComparison.Ordinal);
        Assert.Contains("warning TF0011", check.Error, System.StringComparison.Ordinal);
        Assert.Equal(lockText, File.ReadAllText(filing + ".lock.json"));
    }

    [Fact]
    public void Inspect_diff_and_generate_keep_the_locked_names()
    {
        var folder = TemporaryFolder.Create();
        var oldFiling = Path.Combine(folder, "old.md");
        var newFiling = Path.Combine(folder, "new.md");
        File.Copy(RepositoryPaths.Seed, oldFiling);
        File.Copy(RepositoryPaths.Data("variants", "iij-20f-2010-b.md"), newFiling);
        Assert.Equal(0, Tool.Run("lock", oldFiling).ExitCode);
        File.Copy(oldFiling + ".lock.json", newFiling + ".lock.json");

        var inspect = Tool.Run("inspect", newFiling);
        Assert.Contains("BusinessGrowthChangingOperatingEnvironment", inspect.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain("RapidBusinessGrowth", inspect.Out, System.StringComparison.Ordinal);
        Assert.Contains("info TF0012", inspect.Error, System.StringComparison.Ordinal);

        var generate = Tool.Run("generate", newFiling);
        Assert.Contains("[global::System.Obsolete(\"the risk factor \\\"We may be named as defendants in litigation", generate.Out, System.StringComparison.Ordinal);

        var diff = Tool.Run("diff", oldFiling, newFiling);
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("  ~ 9. BusinessGrowthChangingOperatingEnvironment\n", diff.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_that_cannot_be_read_is_reported_at_the_lock_and_the_filing_is_read_without_it()
    {
        var folder = TemporaryFolder.Create();
        var filing = Path.Combine(folder, "iij.md");
        File.Copy(RepositoryPaths.Seed, filing);
        File.WriteAllText(filing + ".lock.json", "{\n  \"schemaVersion\": 7\n}\n");

        var inspect = Tool.Run("inspect", filing);

        Assert.Equal(0, inspect.ExitCode);
        Assert.Contains(filing + ".lock.json:2:20: warning TF0013: The lock file '" + filing.Replace('\\', '/') + ".lock.json' cannot be read: schemaVersion must be 1", inspect.Error, System.StringComparison.Ordinal);
        Assert.Contains("BusinessGrowthChangingOperatingEnvironment", inspect.Out, System.StringComparison.Ordinal);
    }
}
