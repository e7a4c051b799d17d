using System.CommandLine;
using TypedFiling.Cli.Edgar;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Commands;

/// <summary>The <c>typedfiling</c> command line: its commands, and a run that tests can drive in process.</summary>
internal static class CliApplication
{
    /// <summary>The command's name, as help and usage show it.</summary>
    public const string ToolName = "typedfiling";

    /// <param name="terminal">Where the commands write.</param>
    /// <param name="edgar">The environment and clock <c>get</c> uses; the machine's when null (tests give their own).</param>
    public static RootCommand CreateRoot(Terminal terminal, EdgarHost? edgar = null)
    {
        UseToolName();
        return new RootCommand("typedfiling: read the risk factors of SEC annual reports with the parser of the TypedFiling source generator.")
        {
            InspectCommand.Create(terminal),
            DiffCommand.Create(terminal),
            GenerateCommand.Create(terminal),
            LockCommand.Create(terminal),
            GetCommand.Create(terminal, edgar ?? EdgarHost.System),
            Export.ExportCommand.Create(terminal),
        };
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; a wrong command line is exit code 2.</summary>
    public static int Run(string[] args, Terminal terminal, EdgarHost? edgar = null)
    {
        var root = CreateRoot(terminal, edgar);
        var result = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error };
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Inputs.ReportError(terminal, error.Message);
            }

            terminal.Error.WriteLine("Run 'typedfiling --help' for usage.");
            return ExitCodes.Error;
        }

        return result.Invoke(invocation);
    }

    /// <summary>
    /// System.CommandLine names the root command after the entry assembly ("TypedFiling.Cli"), and its name cannot be
    /// set. The assembly cannot be called "typedfiling": names of assemblies compare without case, and the runtime
    /// library is "TypedFiling". So the cached name is set here, once; should a later version rename the field,
    /// help shows the assembly's name and nothing else changes.
    /// </summary>
    private static void UseToolName()
    {
        var field = typeof(RootCommand).GetField("_executableName", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
        if (field is not null && field.FieldType == typeof(string))
        {
            field.SetValue(null, ToolName);
        }
    }
}
