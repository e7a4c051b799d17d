using TypedFiling.Cli.Export;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Export;

/// <summary><c>--shard I/N</c>: a fixed hash of the relative path, so that N jobs' outputs are one run's.</summary>
public sealed class ExportShardTests : ExportTest
{
    private static readonly string[] Files = SmallFilings;

    [Fact]
    public void The_union_of_three_shards_written_into_one_folder_equals_one_unsharded_run()
    {
        var inputs = Folder.Inputs(Files);
        Assert.Equal(0, Tool.Run("export", inputs, "-o", Folder.Path("whole")).ExitCode);
        var shardRuns = new[] { "0/3", "1/3", "2/3" }.Select(shard => Tool.Run("export", inputs, "-o", Folder.Path("sharded"), "--shard", shard)).ToList();

        Assert.All(shardRuns, run => Assert.Equal(0, run.ExitCode));
        Duck.ParquetViews(Folder.Path("whole"), "whole_");
        Duck.ParquetViews(Folder.Path("sharded"), "sharded_");
        foreach (var table in Duck.Tables)
        {
            Assert.Equal(0L, Duck.Difference("whole_" + table, "sharded_" + table));
        }

        Assert.Equal((long)Files.Length, Duck.Scalar("SELECT count(*) FROM sharded_filings"));
        Assert.Equal(new[] { "part-0of3-00000.parquet", "part-1of3-00000.parquet", "part-2of3-00000.parquet" }, Directory.GetFiles(Folder.Path("sharded", "filings")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "0of3.tsv", "1of3.tsv", "2of3.tsv" }, Directory.GetFiles(Folder.Path("sharded", "_manifest")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_input_is_in_the_shard_its_path_hashes_to_and_no_other()
    {
        var inputs = Folder.Inputs(Files);
        for (var index = 0; index < 3; index++)
        {
            var output = Folder.Path("s" + index);
            Tool.Run("export", inputs, "-o", output, "--shard", index + "/3");
            Duck.ParquetViews(output, "s" + index + "_");
            var exported = Duck.Rows("SELECT filing FROM s" + index + "_filings").Select(row => (string)row[0]!).Order(StringComparer.Ordinal);
            Assert.Equal(Files.Where(file => Shard.Hash(file) % 3 == (ulong)index).Order(StringComparer.Ordinal), exported);
        }
    }

    [Fact]
    public void The_hash_is_64_bit_FNV_1a_of_the_UTF_8_relative_path()
    {
        // The published test vectors of FNV-1a 64.
        Assert.Equal(0xcbf29ce484222325UL, Shard.Hash(string.Empty));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Shard.Hash("a"));
        Assert.Equal(0x85944171f73967e8UL, Shard.Hash("foobar"));
        Assert.True(new Shard(1, 4).Holds("x") == (Shard.Hash("x") % 4 == 1));
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("1")]
    [InlineData("-1/3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    public void A_shard_that_is_not_I_of_N_is_a_command_line_error(string shard)
    {
        var run = Tool.Run("export", Folder.Inputs(Files[0]), "-o", Folder.Path("out"), "--shard", shard);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: --shard takes I/N with 0 <= I < N (0/4, 1/4, 2/4, 3/4), not '" + shard + "'\n", run.Error);
        Assert.False(Directory.Exists(Folder.Path("out")));
    }
}
