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
        var @namespace = new Option<string?>("--namespace") { Description = "The namespace of the generated class (default: " + FilingLoader.DefaultNamespace + ").", HelpName = "NAMESPACE" };
        var className = new Option<string?>("--class-name") { Description = "The generated class's name (default: the file name in PascalCase).", HelpName = "NAME" };
        var company = new Option<string?>("--company") { Description = "The company that filed it.", HelpName = "NAME" };
        var currency = new Option<string?>("--currency") { Description = "The ISO 4217 code a bare ¥ or $ means (default: ¥ is JPY, $ is USD).", HelpName = "CODE" };
        var format = CommonOptions.Format();

        var command = new Command("generate", "Print the C# source the TypedFiling generator emits for a filing.")
        {
            file,
            @namespace,
            className,
            company,
            currency,
            format,
        };
        command.SetAction(result => Inputs.Guard(terminal, () => Run(
            terminal,
            result.GetValue(file)!,
            new LoadOptions(result.GetValue(format), result.GetValue(@namespace), result.GetValue(className), result.GetValue(company), result.GetValue(currency)))));
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
