using System.Globalization;
using Microsoft.CodeAnalysis;
using TypedFiling.Cli.Loading;
using TypedFiling.Generators.Diagnostics;
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
        isError = severity == DiagnosticSeverity.Error;
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

    /// <summary>The severity and formatted message the generator reports <paramref name="diagnostic"/> with.</summary>
    public static (DiagnosticSeverity Severity, string Message) Describe(FilingDiagnostic diagnostic)
    {
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        var descriptor = DiagnosticDescriptors.ForId(diagnostic.Id);
        if (descriptor is null)
        {
            return (DiagnosticSeverity.Warning, string.Join(", ", arguments));
        }

        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        return (descriptor.DefaultSeverity, string.Format(CultureInfo.InvariantCulture, format, arguments));
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
