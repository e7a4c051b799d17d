using System.CommandLine;
using System.CommandLine.Completions;
using TypedFiling.Cli.Loading;

namespace TypedFiling.Cli.Commands;

/// <summary>Options more than one command takes.</summary>
internal static class CommonOptions
{
    /// <summary>
    /// <c>--format markdown|text|html</c>: read every file in that format whatever its extension, as the
    /// <c>Format</c> item metadata does in a build. The value is checked when a file is read, so that an unknown
    /// one is reported naming the file.
    /// </summary>
    public static Option<string?> Format()
    {
        var option = new Option<string?>("--format")
        {
            Description = "Read the files as markdown, text or html, whatever their extension (default: by extension: .md, .txt, .htm).",
            HelpName = "markdown|text|html",
        };
        option.CompletionSources.Add(static _ => System.Array.ConvertAll(InputFormats.Names, static name => new CompletionItem(name)));
        return option;
    }

    /// <summary><c>--json</c>: write JSON (schema: docs/cli-json-schema.md) instead of text.</summary>
    public static Option<bool> Json(string description) => new("--json") { Description = description };
}
