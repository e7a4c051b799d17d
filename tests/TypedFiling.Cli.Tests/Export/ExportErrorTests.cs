using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Export;

/// <summary>A bad file is one error row and a line on standard error, never the end of the run; a bad command line is exit code 2.</summary>
public sealed class ExportErrorTests : ExportTest
{
    [Fact]
    public void A_binary_file_and_a_broken_gzip_are_one_error_row_each_and_the_other_files_are_exported()
    {
        var inputs = Folder.Inputs("ibm-10k-2024.htm.gz");
        File.WriteAllBytes(Path.Combine(inputs, "binary.htm"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 });
        File.WriteAllBytes(Path.Combine(inputs, "broken.htm.gz"), File.ReadAllBytes(Path.Combine(ExportFolder.Edgar, "ibm-10k-2024.htm.gz")).Take(5000).ToArray());

        var run = Tool.Run("export", inputs, "-o", Folder.Path("out"));

        Assert.Equal(0, run.ExitCode);
        // Files are read on every core, so their errors reach standard error in the order they finish.
        var lines = run.Error.TrimEnd('\n').Split('\n').Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("typedfiling: " + Path.Combine(inputs, "binary.htm") + ": error TF0001:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("typedfiling: " + Path.Combine(inputs, "broken.htm.gz") + ": cannot be read:", lines[1], StringComparison.Ordinal);
        Duck.ParquetViews(Folder.Path("out"));
        Assert.Equal(
            new[] { new object?[] { "binary.htm", "read" }, new object?[] { "broken.htm.gz", "read" } },
            Duck.Rows("SELECT filing, stage FROM errors ORDER BY filing"));
        Assert.Equal("ibm-10k-2024.htm.gz", Duck.Scalar("SELECT filing FROM filings"));
        Assert.Contains("errors 2", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_command_line_error_and_nothing_is_written()
    {
        var missing = Folder.Path("missing");

        var run = Tool.Run("export", missing, "-o", Folder.Path("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: " + missing + ": no such file or folder\n", run.Error);
        Assert.False(Directory.Exists(Folder.Path("out")));
    }

    [Fact]
    public void An_output_that_is_a_file_cannot_be_written_exit_code_2()
    {
        File.WriteAllText(Folder.Path("out"), "a file");

        var run = Tool.Run("export", Folder.Inputs("ibm-10k-2024.htm.gz"), "-o", Folder.Path("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("typedfiling: " + Folder.Path("out") + ": cannot be written: ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "csv")]
    [InlineData("--compression", "gzip")]
    [InlineData("--batch", "0")]
    public void A_bad_option_is_exit_code_2(string option, string value)
    {
        var run = Tool.Run("export", Folder.Inputs("ibm-10k-2024.htm.gz"), "-o", Folder.Path("out"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("typedfiling: ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder.Path("out", "filings")));
    }

    [Fact]
    public void Without_an_output_folder_the_command_line_is_wrong()
    {
        var run = Tool.Run("export", Folder.Inputs("ibm-10k-2024.htm.gz"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_holding_an_export_in_the_other_format_is_refused()
    {
        var inputs = Folder.Inputs("ibm-10k-2024.htm.gz");
        Assert.Equal(0, Tool.Run("export", inputs, "-o", Folder.Path("out"), "--format", "jsonl").ExitCode);

        var run = Tool.Run("export", inputs, "-o", Folder.Path("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: " + Folder.Path("out") + " holds an export in jsonl; export into another folder or with --format jsonl\n", run.Error);
        Assert.False(Directory.Exists(Folder.Path("out", "filings")));
    }

    [Fact]
    public void Redirected_output_gets_no_progress_and_a_terminal_gets_it_on_standard_error()
    {
        var inputs = Folder.Inputs("ibm-10k-2024.htm.gz", "walmart-10k-2010.htm.gz");

        var redirected = Tool.Run("export", inputs, "-o", Folder.Path("a"));
        var terminal = Tool.Run(Output.Terminal.Redirected(TextWriter.Null, TextWriter.Null) with { ErrorIsTerminal = true, NoColor = false }, "export", inputs, "-o", Folder.Path("b"));

        Assert.Equal(string.Empty, redirected.Error);
        Assert.Equal(0, terminal.ExitCode);
        Assert.Contains("2/2 files", terminal.Error, StringComparison.Ordinal);
        Assert.Contains("100%", terminal.Error, StringComparison.Ordinal);
    }
}
