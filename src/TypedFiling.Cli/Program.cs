using System.Text;
using TypedFiling.Cli.Commands;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Filings are full of ¥, € and curly quotes: write them as UTF-8 wherever the output goes.
        System.Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return CliApplication.Run(args, Terminal.FromConsole());
    }
}
