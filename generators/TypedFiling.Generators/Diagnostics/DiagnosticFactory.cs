using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TypedFiling.Generators.Diagnostics;

/// <summary>Turns diagnostic values into Roslyn diagnostics located in the filing, at report time only.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(LocatedDiagnostic located)
    {
        var diagnostic = located.Diagnostic;
        var range = diagnostic.Location;
        var location = Location.Create(
            located.FilePath,
            new TextSpan(range.Offset, range.Length),
            new LinePositionSpan(
                new LinePosition(range.StartLine - 1, range.StartColumn - 1),
                new LinePosition(range.EndLine - 1, range.EndColumn - 1)));
        var descriptor = DiagnosticDescriptors.ForId(diagnostic.Id) ?? DiagnosticDescriptors.GeneratorFailure;
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, arguments);
    }
}
