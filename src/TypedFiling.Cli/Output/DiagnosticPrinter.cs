using System.Globalization;
using TypedFiling.Cli.Loading;
using TypedFiling.Parsing.Diagnostics;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Output;

/// <summary>
/// Prints a filing's own diagnostics as compilers do, <c>file:line:column: warning TF0002: message</c>, with
/// the generator's messages, so that the tool and the build say the same words.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>Writes each diagnostic of <paramref name="filing"/> to standard error; returns whether any is an error.</summary>
    public static bool Print(Terminal terminal, LoadedFiling filing)
    {
        var anyError = false;
        foreach (var diagnostic in filing.Diagnostics)
        {
            terminal.Error.WriteLine(Format(filing.Path, diagnostic, out var isError));
            anyError |= isError;
        }

        return anyError;
    }

    /// <summary>"filings/x.md:1:1: warning TF0002: No risk factor was found in ...".</summary>
    public static string Format(string path, FilingDiagnostic diagnostic, out bool isError)
    {
        var (severity, message) = Describe(diagnostic);
        isError = severity == DiagnosticLevel.Error;
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}:{1}:{2}: {3} {4}: {5}",
            path,
            diagnostic.Location.StartLine,
            diagnostic.Location.StartColumn,
            SeverityName(severity),
            diagnostic.Id,
            message);
    }

    /// <summary>The severity and formatted message the generator reports <paramref name="diagnostic"/> with: the catalog's words.</summary>
    public static (DiagnosticLevel Severity, string Message) Describe(FilingDiagnostic diagnostic)
    {
        var message = DiagnosticCatalog.Find(diagnostic.Id);
        return message is null
            ? (DiagnosticLevel.Warning, string.Join(", ", diagnostic.Arguments))
            : (message.Level, message.Format(diagnostic.Arguments));
    }

    public static string SeverityName(DiagnosticLevel severity) => severity switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "info",
    };
}
