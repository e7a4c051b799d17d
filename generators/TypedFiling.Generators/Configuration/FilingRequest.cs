using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Locking;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Configuration;

/// <summary>
/// One filing to generate, as the build hands it over: where it is, its text and its metadata, as values (the pipeline
/// checks them, <see cref="FilingPipeline"/>). Compared by value, so an unchanged filing stops here.
/// </summary>
/// <param name="FilePath">The file's full path, where diagnostics point.</param>
/// <param name="ShownPath">Its path relative to the project, as generated code and messages show it.</param>
/// <param name="Text">Its text, or null when it could not be found.</param>
/// <param name="Metadata">Its item metadata by name, then the project's defaults by property name (<see cref="FilingMetadata"/>).</param>
/// <param name="DefaultNamespace">The project's namespace for filings that set none.</param>
/// <param name="ReadFailure">Why the host could not read it (TF0004), or null: a file that fails alone, naming itself.</param>
/// <param name="Declared">
/// Whether it is a <c>&lt;TypedFiling&gt;</c> item, which always gets its class; a plain additional file that
/// does not read as a filing (a README, a changelog) generates nothing and reports nothing.
/// </param>
internal sealed record FilingRequest(
    string FilePath,
    string ShownPath,
    string? Text,
    EquatableArray<MetadataValue> Metadata,
    string DefaultNamespace,
    FilingDiagnostic? ReadFailure = null,
    bool Declared = false)
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static FilingRequest? Create(AdditionalText file, AnalyzerConfigOptions fileOptions, GlobalOptions global, CancellationToken cancellationToken)
    {
        // <TypedFiling> items are marked "true"; a plain additional file counts by its extension, and
        // TypedFiling="false" keeps one out. A lock file is read with its filing, never as a filing.
        var marked = Get(fileOptions, "TypedFiling");
        if (file.Path.EndsWith(FilingLock.Extension, StringComparison.OrdinalIgnoreCase) ||
            (marked.Length > 0 ? !string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase) : !FilingFormats.IsFilingByExtension(file.Path)))
        {
            return null;
        }

        var shown = ShownPaths.InProject(file.Path, global.ProjectDirectory);
        FilingDiagnostic? failure = null;
        string? text;
        try
        {
            text = file.GetText(cancellationToken)?.ToString();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failure = FilingDiagnostic.Create(DiagnosticIds.GeneratorFailure, SourceRange.FileStart, shown, exception.GetType().Name + ": " + exception.Message);
            text = null;
        }

        var metadata = new List<MetadataValue>();
        foreach (var entry in FilingMetadata.All)
        {
            if (Get(fileOptions, entry.Name) is { Length: > 0 } value)
            {
                metadata.Add(new MetadataValue(entry.Name, value));
            }
        }

        metadata.AddRange(global.Defaults);
        return new FilingRequest(file.Path, shown, text, EquatableArray.From(metadata), global.DefaultNamespace, failure, marked.Length > 0);
    }

    /// <summary>The pipeline's input: this filing, with <paramref name="lockFile"/> where it has one.</summary>
    public FilingInput Input(LockFile? lockFile) => new(FilePath, ShownPath, Text, Value)
    {
        DefaultNamespace = DefaultNamespace,
        Lock = lockFile is null ? null : new FilingLockText(lockFile.LockPath, lockFile.Text),
    };

    /// <summary>The value of the metadata or project property <paramref name="name"/>, or null.</summary>
    private string? Value(string name)
    {
        foreach (var value in Metadata)
        {
            if (value.Setting == name)
            {
                return value.Text;
            }
        }

        return null;
    }

    private static string Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MetadataPrefix + name, out var value) && value is not null ? value.Trim() : string.Empty;
}
