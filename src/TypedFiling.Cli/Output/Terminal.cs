using System;
using System.IO;
using Spectre.Console;

namespace TypedFiling.Cli.Output;

/// <summary>
/// Where the tool writes and how: standard output for results, standard error for diagnostics, errors and
/// progress. Colour is on only when the stream is a terminal and NO_COLOR is not set.
/// </summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors, diagnostics and progress.</param>
/// <param name="OutIsTerminal">Whether <paramref name="Out"/> is an interactive terminal.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is an interactive terminal.</param>
/// <param name="NoColor">Whether NO_COLOR is set (to anything but the empty string, as no-color.org says).</param>
/// <param name="Width">The width tables are laid out for.</param>
internal sealed record Terminal(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal, bool NoColor, int Width)
{
    /// <summary>The width used when the output is not a terminal: wide enough for a title column that does not wrap every line.</summary>
    public const int RedirectedWidth = 140;

    /// <summary>Whether results are written in colour.</summary>
    public bool OutColor => OutIsTerminal && !NoColor;

    /// <summary>Whether errors and diagnostics are written in colour.</summary>
    public bool ErrorColor => ErrorIsTerminal && !NoColor;

    /// <summary>The process's own console.</summary>
    public static Terminal FromConsole()
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var outIsTerminal = !Console.IsOutputRedirected;
        var width = RedirectedWidth;
        if (outIsTerminal)
        {
            try
            {
                width = Math.Max(60, Console.WindowWidth);
            }
            catch (IOException)
            {
                width = RedirectedWidth;
            }
        }

        return new Terminal(Console.Out, Console.Error, outIsTerminal, !Console.IsErrorRedirected, noColor, width);
    }

    /// <summary>Writers that are not terminals (tests, pipes): no colour, fixed width.</summary>
    public static Terminal Redirected(TextWriter output, TextWriter error) => new(output, error, false, false, true, RedirectedWidth);

    /// <summary>A Spectre console over standard output, in colour only when <see cref="OutColor"/>.</summary>
    public IAnsiConsole CreateOutConsole() => Create(Out, OutColor, OutIsTerminal);

    /// <summary>A Spectre console over standard error, for progress.</summary>
    public IAnsiConsole CreateErrorConsole() => Create(Error, ErrorColor, ErrorIsTerminal);

    private IAnsiConsole Create(TextWriter writer, bool color, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = Width;
        return console;
    }
}
