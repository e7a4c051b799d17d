using TypedFiling.Cli.Output;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests;

public sealed class OutputTests
{
    [Fact]
    public void More_than_a_handful_of_files_show_progress_on_standard_error()
    {
        var paths = Enumerable.Repeat(Paths.Seed, ProgressReporter.Handful + 1).ToArray();

        var run = Tool.Run(new[] { "inspect" }.Concat(paths).ToArray());

        Assert.Equal(0, run.ExitCode);
        var lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(paths.Length, lines.Length);
        Assert.Equal("[1/6] " + Paths.Seed, lines[0]);
        Assert.Equal("[6/6] " + Paths.Seed, lines[5]);
        Assert.DoesNotContain("[1/", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handful_of_files_show_no_progress()
    {
        var run = Tool.Run("inspect", Paths.Seed, Paths.Seed, Paths.Seed);

        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Redirected_output_has_no_colour()
    {
        var run = Tool.Run("diff", Paths.VariantA, Paths.VariantB);

        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public void A_terminal_gets_colour_unless_NO_COLOR_is_set()
    {
        var terminal = new Terminal(TextWriter.Null, TextWriter.Null, OutIsTerminal: true, ErrorIsTerminal: false, NoColor: false, Width: 120);

        var colored = Tool.Run(terminal, "diff", Paths.VariantA, Paths.VariantB);
        var plain = Tool.Run(terminal with { NoColor = true }, "diff", Paths.VariantA, Paths.VariantB);

        Assert.Contains("\u001b[32m{+Rapid business+}\u001b[0m", colored.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', plain.Out);
        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("{+Rapid business+}", plain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_of_a_terminal_without_colour_has_no_escape_codes()
    {
        var terminal = new Terminal(TextWriter.Null, TextWriter.Null, OutIsTerminal: true, ErrorIsTerminal: false, NoColor: true, Width: 120);

        var run = Tool.Run(terminal, "inspect", Paths.Seed);

        Assert.DoesNotContain('\u001b', run.Out);
        Assert.Contains("CompeteEffectively", run.Out, StringComparison.Ordinal);
    }
}
