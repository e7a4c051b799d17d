using System.CommandLine;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Output;
using TypedFiling.Emit;

namespace TypedFiling.Cli.Commands;

/// <summary><c>typedfiling generate FILE</c>: the C# the generator emits for the filing, from the generator's own emitter.</summary>
internal static class GenerateCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "The filing." };
        var metadata = MetadataOptions.All();
        var command = new Command("generate", "Print the C# source the TypedFiling generator emits for a filing, given the item metadata of its build as options.")
        {
            file,
        };
        metadata.AddTo(command);
        command.SetAction(result => Inputs.Guard(terminal, () => Run(terminal, result.GetValue(file)!, metadata.Read(result))));
        return command;
    }

    private static int Run(Terminal terminal, string path, LoadOptions options)
    {
        // The build's checks of the item metadata run as the filing is loaded, and are printed with its diagnostics.
        var loaded = Inputs.Load(terminal, new[] { path }, options, out var failed);
        if (failed || loaded[0].Blocked)
        {
            return ExitCodes.Error;
        }

        // The emitter's own word, as the build reports it: TF0018 when the source holds fewer members than the filing has figures.
        var generated = FilingEmitter.Generate(loaded[0].Model, EmitOptions.Default);
        if (generated.Diagnostic is { } diagnostic)
        {
            terminal.Error.WriteLine(Output.DiagnosticPrinter.Format(loaded[0].Path, diagnostic, out _));
        }

        terminal.Out.Write(generated.Source);
        return ExitCodes.Success;
    }
}
