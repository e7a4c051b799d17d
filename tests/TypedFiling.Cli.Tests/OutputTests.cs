using TypedFiling.Cli.Output;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

public sealed class OutputTests
{
    [Fact]
    public void Progress_is_shown_only_when_standard_error_is_a_terminal()
    {
        var paths = Enumerable.Repeat(RepositoryPaths.Seed, ProgressReporter.Handful + 1).ToArray();

        var run = Tool.Run(new[] { "inspect" }.Concat(paths).ToArray());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.DoesNotContain("[1/", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handful_of_files_show_no_progress()
    {
        var run = Tool.Run("inspect", RepositoryPaths.Seed, RepositoryPaths.Seed, RepositoryPaths.Seed);

        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Redirected_output_has_no_colour()
    {
        var run = Tool.Run("diff", RepositoryPaths.Seed, RepositoryPaths.Data("variants", "iij-20f-2010-b.md"));

        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public void A_terminal_gets_colour_unless_NO_COLOR_is_set()
    {
        var terminal = new Terminal(TextWriter.Null, TextWriter.Null, OutIsTerminal: true, ErrorIsTerminal: false, NoColor: false, Width: 120);

        var colored = Tool.Run(terminal, "diff", RepositoryPaths.Seed, RepositoryPaths.Data("variants", "iij-20f-2010-b.md"));
        var plain = Tool.Run(terminal with { NoColor = true }, "diff", RepositoryPaths.Seed, RepositoryPaths.Data("variants", "iij-20f-2010-b.md"));

        Assert.Contains("\u001b[32m{+Rapid business+}\u001b[0m", colored.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', plain.Out);
        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("{+Rapid business+}", plain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_of_a_terminal_without_colour_has_no_escape_codes()
    {
        var terminal = new Terminal(TextWriter.Null, TextWriter.Null, OutIsTerminal: true, ErrorIsTerminal: false, NoColor: true, Width: 120);

        var run = Tool.Run(terminal, "inspect", RepositoryPaths.Seed);

        Assert.DoesNotContain('\u001b', run.Out);
        Assert.Contains("CompeteEffectively", run.Out, StringComparison.Ordinal);
    }
}
