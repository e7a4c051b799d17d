using System;

namespace TypedFiling.Parsing;

/// <summary>
/// A filing as a front door hands it to <see cref="FilingPipeline"/>: where it is, its text, its metadata and its lock.
/// The generator gives item metadata and project properties, the tool its command-line options, <c>FilingReader</c> its
/// <c>FilingReadOptions</c>.
/// </summary>
/// <param name="FilePath">The file's full path: where <c>#line</c> directives point, and what its class is named after.</param>
/// <param name="ShownPath">The path shown in generated code and messages (<see cref="Configuration.ShownPaths"/>).</param>
/// <param name="Text">Its text; null when the host found no file (TF0001), which still gets its class, empty.</param>
/// <param name="Metadata">
/// The value of a metadata (<see cref="Configuration.FilingMetadata.Name"/>) or of a project property
/// (<see cref="Configuration.FilingMetadata.ProjectProperty"/>) by name; null or blank when not set.
/// </param>
internal sealed record FilingInput(string FilePath, string ShownPath, string? Text, Func<string, string?> Metadata)
{
    /// <summary>The namespace of a filing whose metadata sets none and that has no project's (the tool's, <c>FilingReader</c>'s).</summary>
    public const string FallbackNamespace = "Filings";

    /// <summary>The namespace when the metadata sets none: the project's in a build.</summary>
    public string DefaultNamespace { get; init; } = FallbackNamespace;

    /// <summary>The filing's lock file as the front door read it, or null when it has none.</summary>
    public FilingLockText? Lock { get; init; }

    /// <summary>How many figures are read (<see cref="FilingOptions.MaxFigures"/>): the generator's limit unless set.</summary>
    public int MaxFigures { get; init; } = FilingOptions.GeneratedFigures;
}

/// <summary>A lock file as a front door read it.</summary>
/// <param name="Path">Its path, where a problem with it is reported.</param>
/// <param name="Text">Its text, or null when it could not be read (TF0013).</param>
internal sealed record FilingLockText(string Path, string? Text);
