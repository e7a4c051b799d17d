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

    /// <summary>The narrowest width laid out for: below it, even a list of names wraps mid-word.</summary>
    public const int MinWidth = 20;

    /// <summary>The process's own console.</summary>
    public static Terminal FromConsole()
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var outIsTerminal = !Console.IsOutputRedirected;
        var width = ResolveWidth(Environment.GetEnvironmentVariable("COLUMNS"), outIsTerminal ? WindowWidth() : null);
        return new Terminal(Console.Out, Console.Error, outIsTerminal, !Console.IsErrorRedirected, noColor, width);
    }

    /// <summary>
    /// The width to lay out for: COLUMNS when it is a number (as shells export it, and as a user sets it for a
    /// pipe), else the terminal's window width, else <see cref="RedirectedWidth"/>; never below <see cref="MinWidth"/>.
    /// </summary>
    public static int ResolveWidth(string? columns, int? windowWidth)
    {
        if (int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var fromColumns) && fromColumns > 0)
        {
            return Math.Max(MinWidth, fromColumns);
        }

        return windowWidth is int window && window > 0 ? Math.Max(MinWidth, window) : RedirectedWidth;
    }

    private static int? WindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return null;
        }
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
