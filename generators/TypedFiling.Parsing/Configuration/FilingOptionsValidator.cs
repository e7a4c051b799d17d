using System;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Naming;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Parsing.Configuration;

/// <summary>A filing's options as read from its metadata, what is wrong with them, and whether that blocks its code.</summary>
/// <param name="Options">The options, with every bad value left at its default.</param>
/// <param name="Problems">The diagnostics, located at the start of the file.</param>
/// <param name="Blocked">Whether no code can be generated for the filing.</param>
internal sealed record FilingOptionsResult(FilingOptions Options, EquatableArray<FilingDiagnostic> Problems, bool Blocked);

/// <summary>
/// The one check of a filing's options, shared by every front door through <see cref="FilingPipeline"/> (item metadata and
/// project properties in a build, command-line options in the tool, <c>FilingReadOptions</c> at run time): each of
/// <see cref="FilingMetadata.All"/> is read through a lookup, then the names the class is declared with are checked,
/// defaults included.
/// </summary>
internal static class FilingOptionsValidator
{
    /// <summary>Reads and checks the options of the filing at <paramref name="filePath"/>.</summary>
    /// <param name="filePath">The file's full path.</param>
    /// <param name="sourcePath">The path shown in generated code and messages.</param>
    /// <param name="defaultNamespace">The namespace when the metadata sets none.</param>
    /// <param name="metadata">The value of a metadata, or of a project property, by name; null or blank when not set.</param>
    public static FilingOptionsResult Validate(string filePath, string sourcePath, string defaultNamespace, Func<string, string?> metadata)
    {
        var problems = new OptionProblems(sourcePath);
        var options = new FilingOptions(sourcePath, defaultNamespace, FilingClassName.FromPath(filePath)) { FilePath = filePath };
        foreach (var entry in FilingMetadata.All)
        {
            if (entry.Read(metadata) is { } value)
            {
                options = entry.Apply(options, value, problems);
            }
        }

        options = CheckNames(options, problems);
        return new FilingOptionsResult(options, problems.ToArray(), problems.Blocked);
    }

    private static FilingOptions CheckNames(FilingOptions options, OptionProblems problems)
    {
        if (!Identifiers.IsNamespace(options.Namespace))
        {
            problems.Block(options, DiagnosticIds.InvalidNamespace, options.Namespace);
        }

        if (!Identifiers.IsIdentifier(options.ClassName))
        {
            problems.Block(options, DiagnosticIds.InvalidClassName, options.ClassName);
        }
        else if (!GeneratedShape.IsFilingClassName(options.ClassName))
        {
            problems.Block(options, DiagnosticIds.ReservedClassName, options.ClassName, string.Join(", ", GeneratedShape.ReservedClassNames));
        }

        return options;
    }
}
