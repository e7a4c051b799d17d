using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary>Each way a file can fail: one line on standard error naming the file, exit code 2.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly string folder = TemporaryFolder.Create();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("inspect")]
    [InlineData("generate")]
    public void A_missing_file_is_one_line_naming_it_and_exit_code_2(string command)
    {
        var path = Path.Combine(folder, "missing.md");

        var run = Tool.Run(command, path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: " + path + ": error TF0001: The filing '" + path + "' was not found\n", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void A_missing_file_in_a_diff_is_exit_code_2_not_1()
    {
        var path = Path.Combine(folder, "missing.md");

        var run = Tool.Run("diff", RepositoryPaths.Seed, path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: " + path + ": error TF0001: The filing '" + path + "' was not found\n", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void A_directory_is_one_line_naming_it_and_exit_code_2()
    {
        var run = Tool.Run("inspect", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: " + folder + ": is a directory, not a filing\n", run.Error);
    }

    [Fact]
    public void A_binary_file_is_one_line_naming_it_and_exit_code_2()
    {
        var path = Path.Combine(folder, "report.md");
        File.WriteAllBytes(path, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFE });

        var run = Tool.Run("inspect", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: " + path + ": error TF0001: The filing '" + path + "' is a binary file, not a text filing\n", run.Error);
    }

    [UnreadableFileFact]
    public void An_unreadable_file_is_one_line_naming_it_and_exit_code_2()
    {
        var path = Path.Combine(folder, "secret.md");
        File.WriteAllText(path, "***A risk.***\n\nText.\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var run = Tool.Run("inspect", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("typedfiling: " + path + ": cannot be read: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_unknown_format_option_is_the_builds_TF0009_naming_the_file_and_the_extension_decides()
    {
        var run = Tool.Run("inspect", RepositoryPaths.Seed, "--format", "pdf");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            RepositoryPaths.Seed + ":1:1: warning TF0009: The format 'pdf' configured for '" + RepositoryPaths.Seed + "' is not Markdown, Text or Html; the file's extension or content decides\n",
            run.Error);
        Assert.StartsWith(RepositoryPaths.Seed + ": Iij20F2010, Form 20-F", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_that_names_no_format_leaves_it_to_the_content_as_the_generator_does()
    {
        var markdown = Path.Combine(folder, "filing.dat");
        File.WriteAllText(markdown, "***A risk.***\n\nText.\n");
        var html = Path.Combine(folder, "filing.aspx");
        File.WriteAllText(html, "<html><body><p><b>A risk.</b></p><p>Text.</p></body></html>");

        foreach (var path in new[] { markdown, html })
        {
            var run = Tool.Run("inspect", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("1 risk factor, 0 figures", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Good_files_are_still_shown_when_another_fails()
    {
        var path = Path.Combine(folder, "missing.md");

        var run = Tool.Run("inspect", path, RepositoryPaths.Seed);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: " + path + ": error TF0001: The filing '" + path + "' was not found\n", run.Error);
        Assert.StartsWith(RepositoryPaths.Seed + ": Iij20F2010", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_filings_own_diagnostics_are_printed_as_compilers_print_them()
    {
        var path = Path.Combine(folder, "notes.md");
        File.WriteAllText(path, "Some notes with no risk factor in them.\n");

        var run = Tool.Run("inspect", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            path + ":1:1: warning TF0002: No risk factor was found in '" + path + "': a risk factor is an emphasized or heading paragraph followed by body text\n",
            run.Error);
    }

    [Fact]
    public void A_duplicate_title_is_reported_at_its_line_and_column()
    {
        var path = Path.Combine(folder, "twice.md");
        File.WriteAllText(path, "***We may lose customers.***\n\nFirst text.\n\n***We may lose customers.***\n\nSecond text.\n");

        var run = Tool.Run("inspect", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            path + ":5:4: warning TF0003: The risk factor 'We may lose customers.' has the same title as risk factor 1; its generated name was made unique\n",
            run.Error);
    }

    [Fact]
    public void An_empty_file_is_reported_with_TF0001()
    {
        var path = Path.Combine(folder, "empty.md");
        File.WriteAllText(path, string.Empty);

        var run = Tool.Run("inspect", path, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(path + ":1:1: warning TF0001: The filing '" + path + "' is empty; its class has no risk factors\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"TF0001\"", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Required command was not provided.")]
    [InlineData(new[] { "inspect" }, "Required argument missing for command: 'inspect'.")]
    [InlineData(new[] { "diff", "a.md" }, "Required argument missing for command: 'diff'.")]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'.")]
    public void A_wrong_command_line_is_exit_code_2(string[] args, string message)
    {
        var run = Tool.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("typedfiling: " + message + "\n", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'typedfiling --help' for usage.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_exit_code_0_and_names_the_commands()
    {
        var run = Tool.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("typedfiling [command] [options]", run.Out, StringComparison.Ordinal);
        foreach (var command in new[] { "inspect <FILE>", "diff <OLD> <NEW>", "generate <FILE>" })
        {
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        }
    }
}

/// <summary>A fact that needs a file its own user cannot read: skipped as root (root reads every file) and on Windows.</summary>
public sealed class UnreadableFileFactAttribute : FactAttribute
{
    public UnreadableFileFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "File modes are a Unix feature.";
        }
        else if (string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            Skip = "Running as root, which can read a file of mode 000: no file is unreadable.";
        }
    }
}
