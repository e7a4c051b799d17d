using System.CommandLine;

namespace TypedFiling.Cli.Commands;

/// <summary>Options more than one command takes.</summary>
internal static class CommonOptions
{
    /// <summary>
    /// <c>--width N</c>: lay the output out for N columns, whatever the terminal's width or COLUMNS say (a table
    /// where its title column holds a title in a few lines, else the name stacked above the title, else a list).
    /// </summary>
    public static Option<int?> Width()
    {
        var option = new Option<int?>("--width")
        {
            Description = "Lay out for this many columns (default: COLUMNS, else the terminal's width, else " + Output.Terminal.RedirectedWidth + ").",
            HelpName = "COLUMNS",
        };
        option.Validators.Add(static result =>
        {
            // A value that is not a number is reported by the parser itself.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) &&
                value < Output.Terminal.MinWidth)
            {
                result.AddError("--width must be at least " + Output.Terminal.MinWidth + ".");
            }
        });
        return option;
    }

    /// <summary><c>--json</c>: write JSON (schema: docs/cli-json-schema.md) instead of text.</summary>
    public static Option<bool> Json(string description) => new("--json") { Description = description };
}
