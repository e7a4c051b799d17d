using System;
using System.CommandLine;
using System.Linq;
using Spectre.Console;
using TypedFiling.Cli.Json;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Output;
using TypedFiling.Parsing.Configuration;

namespace TypedFiling.Cli.Commands;

/// <summary><c>typedfiling inspect FILE… [--figures] [--facts] [--json | --json-lines] [--width N] [metadata options]</c>.</summary>
internal static class InspectCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The filings to read (.md, .txt or .htm).",
            Arity = ArgumentArity.OneOrMore,
        };
        var figures = new Option<bool>("--figures") { Description = "Also list every figure: kind, value, unit or currency, as-of date and generated name." };
        var metadata = MetadataOptions.All(switched: FilingMetadata.Facts);

        // --facts is the Facts metadata, and on its own it lists what it reads.
        var facts = metadata.Switch(FilingMetadata.Facts);
        facts.Description = "Also list the inline XBRL facts: concept, period, dimensions, value and unit; --facts false reads none, as Facts=\"false\" does in a build.";
        var json = CommonOptions.Json("Write the whole model as JSON (schemaVersion " + FilingJson.SchemaVersion + ", docs/cli-json-schema.md).");
        var width = CommonOptions.Width();
        var jsonLines = new Option<bool>("--json-lines")
        {
            Description = "Write one JSON document per filing, one per line, reading the filings on every core; a FILE that is a folder stands for the filings under it.",
        };

        var command = new Command("inspect", "Show the risk factors of filings: number, generated name, title and figure counts.")
        {
            files,
            figures,
            json,
            width,
            jsonLines,
        };
        metadata.AddTo(command);
        command.SetAction(result => Inputs.Guard(terminal, () => result.GetValue(jsonLines)
            ? JsonLines.Run(terminal, result.GetValue(files) ?? Array.Empty<string>(), metadata.Read(result))
            : Run(
            result.GetValue(width) is int columns ? terminal with { Width = columns } : terminal,
            result.GetValue(files) ?? Array.Empty<string>(),
            result.GetValue(figures),
            result.GetValue(json),
            metadata.Read(result),
            result.GetValue(facts) == true)));
        return command;
    }

    private static int Run(Terminal terminal, string[] paths, bool figures, bool json, LoadOptions options, bool facts)
    {
        var loaded = Inputs.Load(terminal, paths, options, out var failed);
        if (json)
        {
            var document = new FilingDocument(
                FilingJson.SchemaVersion,
                loaded.Select(filing => filing.Filing).ToList(),
                loaded.SelectMany(filing => filing.Diagnostics.Select(diagnostic => Entry(filing, diagnostic))).ToList());
            terminal.Out.Write(System.Text.Json.JsonSerializer.Serialize(document, FilingJson.Options) + "\n");
        }
        else
        {
            var console = terminal.CreateOutConsole();
            for (var i = 0; i < loaded.Count; i++)
            {
                if (i > 0)
                {
                    console.WriteLine();
                }

                InspectRenderer.Render(console, loaded[i], figures);
                if (facts)
                {
                    FactsRenderer.Render(console, loaded[i].Filing);
                }
            }
        }

        return failed ? ExitCodes.Error : ExitCodes.Success;
    }

    internal static DiagnosticEntry Entry(LoadedFiling filing, Parsing.Model.FilingDiagnostic diagnostic)
    {
        var (severity, message) = DiagnosticPrinter.Describe(diagnostic);
        return new DiagnosticEntry(filing.Path, diagnostic.Id, DiagnosticPrinter.SeverityName(severity), message, Reading.ModelMapping.Span(diagnostic.Location));
    }
}
