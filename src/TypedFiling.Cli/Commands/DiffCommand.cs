using System.CommandLine;
using TypedFiling.Cli.Diff;
using TypedFiling.Cli.Json;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Commands;

/// <summary><c>typedfiling diff OLD NEW [--json] [--text] [--format F]</c>: exit 0 when equal, 1 when different, 2 on error.</summary>
internal static class DiffCommand
{
    public static Command Create(Terminal terminal)
    {
        var oldFile = new Argument<string>("OLD") { Description = "The earlier filing." };
        var newFile = new Argument<string>("NEW") { Description = "The later filing of the same company." };
        var json = CommonOptions.Json("Write the changes as JSON (docs/cli-json-schema.md).");
        var metadata = MetadataOptions.FormatOnly();
        var text = new Option<bool>("--text") { Description = "Also show what changed in each changed body, as word-diff hunks ([-removed-] {+added+}) with a few words around." };

        var command = new Command(
            "diff",
            "Compare the risk factors of two filings of one company: added, removed, reworded (with a word diff of the title), moved, and figures whose value changed. Exit code 0 when equal, 1 when different, 2 on error.")
        {
            oldFile,
            newFile,
            json,
            text,
        };
        metadata.AddTo(command);
        command.SetAction(result => Inputs.Guard(terminal, () => Run(
            terminal,
            result.GetValue(oldFile)!,
            result.GetValue(newFile)!,
            result.GetValue(json),
            result.GetValue(text),
            metadata.Read(result))));
        return command;
    }

    private static int Run(Terminal terminal, string oldPath, string newPath, bool json, bool text, LoadOptions options)
    {
        var loaded = Inputs.Load(terminal, new[] { oldPath, newPath }, options, out var failed);
        if (failed)
        {
            return ExitCodes.Error;
        }

        var report = FilingDiff.Compare(loaded[0].Filing, loaded[1].Filing);
        if (json)
        {
            terminal.Out.Write(DiffJson.Write(report, oldPath, newPath));
        }
        else
        {
            DiffRenderer.Render(terminal.Out, report, oldPath, newPath, terminal.OutColor, text);
        }

        return report.IsEmpty ? ExitCodes.Success : ExitCodes.Different;
    }
}
