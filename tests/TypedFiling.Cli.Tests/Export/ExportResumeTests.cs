using System.Diagnostics;
using System.Text;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Export;

/// <summary>
/// A second run into the same folder skips what the first committed; a run that stopped part-way (killed, or any
/// state a crash can leave) is finished by the next, and the output is then one run's.
/// </summary>
public sealed class ExportResumeTests : ExportTest
{
    private static readonly string[] Files = SmallFilings.Take(7).ToArray();

    [Fact]
    public void A_second_run_skips_every_input_the_first_exported_and_writes_nothing()
    {
        var inputs = Folder.Inputs(Files);
        Tool.Run("export", inputs, "-o", Folder.Path("out"), "--batch", "3");
        var before = Snapshot(Folder.Path("out"));

        var again = Tool.Run("export", inputs, "-o", Folder.Path("out"), "--batch", "3");

        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("exported 0 files", again.Out, StringComparison.Ordinal);
        Assert.EndsWith("; 7 skipped (already exported)\n", again.Out, StringComparison.Ordinal);
        Assert.Equal(before.Where(file => !file.Contains("_manifest", StringComparison.Ordinal)), Snapshot(Folder.Path("out")).Where(file => !file.Contains("_manifest", StringComparison.Ordinal)));
        Assert.Equal(new[] { "part-00000.parquet", "part-00001.parquet", "part-00002.parquet" }, Directory.GetFiles(Folder.Path("out", "filings")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_a_crash_leaves_after_two_commits_is_cleaned_up_and_the_resumed_run_equals_one_run()
    {
        var inputs = Folder.Inputs(Files);
        Tool.Run("export", inputs, "-o", Folder.Path("fresh"));
        Tool.Run("export", inputs, "-o", Folder.Path("out"), "--batch", "2");

        // A crash after commit 1 was recorded: the parts of commits 2 and 3 were renamed but never recorded, the
        // manifest's next lines were half written, and a temporary part of a fifth commit was being written.
        var manifest = Folder.Path("out", "_manifest", "all.tsv");
        var lines = File.ReadAllText(manifest).Split('\n');
        var second = Array.FindIndex(lines, 0, line => line.StartsWith("commit", StringComparison.Ordinal));
        second = Array.FindIndex(lines, second + 1, line => line.StartsWith("commit", StringComparison.Ordinal));
        File.WriteAllText(manifest, string.Join('\n', lines.Take(second + 1)) + "\ndone\tibm-10k-20");
        File.WriteAllText(Folder.Path("out", "facts", ".part-00004.parquet.tmp"), "half a part");

        var resumed = Tool.Run("export", inputs, "-o", Folder.Path("out"));

        Assert.Equal(0, resumed.ExitCode);
        Assert.StartsWith("exported 3 files", resumed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(Folder.Path("out", "facts")), file => file.EndsWith(".tmp", StringComparison.Ordinal));
        AssertSameRows(Folder.Path("fresh"), Folder.Path("out"));
    }

    [Fact]
    public void A_killed_run_resumed_equals_one_run()
    {
        var inputs = Folder.Inputs(Directory.GetFiles(ExportFolder.Edgar, "*.gz").Select(Path.GetFileName).ToArray()!);
        var manifest = Folder.Path("out", "_manifest", "all.tsv");
        using (var process = ToolProcess.Start(null, "export", inputs, "-o", Folder.Path("out"), "--batch", "2"))
        {
            var clock = Stopwatch.StartNew();
            while (Commits(manifest) < 2 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                System.Threading.Thread.Sleep(10);
            }

            Assert.False(process.HasExited, "the export ended before it could be killed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var killedAt = Commits(manifest);
        var resumed = Tool.Run("export", inputs, "-o", Folder.Path("out"), "--batch", "2");
        Tool.Run("export", inputs, "-o", Folder.Path("fresh"));

        Assert.Equal(0, resumed.ExitCode);
        Assert.InRange(killedAt, 2, 32);
        Assert.Contains("skipped (already exported)", resumed.Out, StringComparison.Ordinal);
        AssertSameRows(Folder.Path("fresh"), Folder.Path("out"));
    }

    [Fact]
    public void JSON_Lines_written_after_the_last_commit_are_cut_off_by_the_next_run()
    {
        var inputs = Folder.Inputs(Files);
        Tool.Run("export", inputs, "-o", Folder.Path("fresh"), "--format", "jsonl");
        Tool.Run("export", inputs, "-o", Folder.Path("out"), "--format", "jsonl", "--batch", "2");
        var manifest = Folder.Path("out", "_manifest", "all.tsv");
        var lines = File.ReadAllText(manifest).Split('\n');
        var first = Array.FindIndex(lines, line => line.StartsWith("commit", StringComparison.Ordinal));
        File.WriteAllText(manifest, string.Join('\n', lines.Take(first + 1)) + "\n");
        File.AppendAllText(Folder.Path("out", "facts.jsonl"), "{\"filing\":\"half a li");

        var resumed = Tool.Run("export", inputs, "-o", Folder.Path("out"), "--format", "jsonl");

        Assert.Equal(0, resumed.ExitCode);
        Assert.StartsWith("exported 5 files", resumed.Out, StringComparison.Ordinal);
        foreach (var table in Duck.Tables)
        {
            Assert.Equal(SortedLines(Folder.Path("fresh", table + ".jsonl")), SortedLines(Folder.Path("out", table + ".jsonl")));
        }
    }

    [Fact]
    public void An_input_changed_since_it_was_exported_is_said_and_left()
    {
        var inputs = Folder.Inputs(Files[0], Files[1]);
        Tool.Run("export", inputs, "-o", Folder.Path("out"));
        var changed = Path.Combine(inputs, Files[0]);
        File.SetLastWriteTimeUtc(changed, DateTime.UtcNow.AddMinutes(5));

        var run = Tool.Run("export", inputs, "-o", Folder.Path("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("typedfiling: " + changed + ": changed since it was exported into this folder; its rows there are of the earlier file (export into a new folder to take the change)\n", run.Error);
        Assert.EndsWith("; 2 skipped (already exported)\n", run.Out, StringComparison.Ordinal);
    }

    private void AssertSameRows(string expected, string actual)
    {
        Duck.ParquetViews(expected, "expected_");
        Duck.ParquetViews(actual, "actual_");
        foreach (var table in Duck.Tables)
        {
            Assert.Equal(0L, Duck.Difference("expected_" + table, "actual_" + table));
        }

        Assert.True(Convert.ToInt64(Duck.Scalar("SELECT count(*) FROM actual_filings"), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    private static int Commits(string manifest)
    {
        try
        {
            using var stream = new FileStream(manifest, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Split('\n').Count(line => line.StartsWith("commit", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string[] SortedLines(string path) => File.ReadAllLines(path).Order(StringComparer.Ordinal).ToArray();

    private static string[] Snapshot(string output) =>
        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(file => file + " " + new FileInfo(file).Length + " " + File.GetLastWriteTimeUtc(file).Ticks).Order(StringComparer.Ordinal).ToArray();
}
