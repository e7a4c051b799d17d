using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Configuration;

/// <summary>One filing to generate: where it is, its text, and how to read and name it. Compared by value.</summary>
/// <param name="FilePath">The file's full path, where diagnostics point.</param>
/// <param name="Text">Its text, or null when it could not be read.</param>
/// <param name="Options">How to read and name it.</param>
/// <param name="Problems">What is wrong with its configuration.</param>
/// <param name="Blocked">Whether a problem is bad enough that no code can be generated for it.</param>
/// <param name="Declared">
/// Whether it is a <c>&lt;TypedFiling&gt;</c> item, which always gets its class; a plain additional file that
/// does not read as a filing (a README, a changelog) generates nothing and reports nothing.
/// </param>
internal sealed record FilingRequest(string FilePath, string? Text, FilingOptions Options, EquatableArray<FilingDiagnostic> Problems, bool Blocked, bool Declared = false)
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static FilingRequest? Create(AdditionalText file, AnalyzerConfigOptions fileOptions, GlobalOptions global, CancellationToken cancellationToken)
    {
        // <TypedFiling> items are marked "true"; a plain additional file counts by its extension, and
        // TypedFiling="false" keeps one out.
        var marked = Get(fileOptions, "TypedFiling");
        if (file.Path.EndsWith(TypedFiling.Parsing.Locking.FilingLock.Extension, StringComparison.OrdinalIgnoreCase))
        {
            // A lock file is read with its filing, never as a filing, even when a wildcard item takes it in.
            return null;
        }

        if (marked.Length > 0 ? !string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase) : !FilingFormats.IsFilingByExtension(file.Path))
        {
            return null;
        }

        var displayPath = DisplayPath(file.Path, global.ProjectDirectory);
        var problems = new List<FilingDiagnostic>();
        var blocked = false;
        string? text;
        try
        {
            text = file.GetText(cancellationToken)?.ToString();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A file the host cannot read fails alone, with a diagnostic naming it; the others still generate.
            problems.Add(FilingDiagnostic.Create(DiagnosticIds.GeneratorFailure, SourceRange.FileStart, displayPath, exception.GetType().Name + ": " + exception.Message));
            text = null;
            blocked = true;
        }

        // One validator for the build and the tool: every metadata, its checks and its messages live in the parser.
        var validated = FilingOptionsValidator.Validate(file.Path, displayPath, global.DefaultNamespace, name => Get(fileOptions, name));
        problems.AddRange(validated.Problems);
        blocked |= validated.Blocked;

        // Visibility and IncludeText fall back to project properties (TypedFilingVisibility, TypedFilingIncludeText).
        var options = validated.Options with
        {
            Visibility = EmitSettings.Visibility(Get(fileOptions, "Visibility"), global.Visibility, displayPath, problems),
            IncludeText = EmitSettings.IncludeText(Get(fileOptions, "IncludeText"), global.IncludeText, displayPath, problems),
        };
        return new FilingRequest(file.Path, text, options, EquatableArray.From(problems), blocked, marked.Length > 0);
    }

    /// <summary>The path relative to the project, with '/' separators, so generated code is the same on every machine.</summary>
    internal static string DisplayPath(string path, string projectFolder)
    {
        var normalized = path.Replace('\\', '/');
        var root = projectFolder.Replace('\\', '/');
        if (root.Length > 0)
        {
            if (!root.EndsWith("/", StringComparison.Ordinal))
            {
                root += "/";
            }

            if (normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(root.Length);
            }
        }

        var slash = normalized.LastIndexOf('/');
        return slash >= 0 ? normalized.Substring(slash + 1) : normalized;
    }

    private static string Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MetadataPrefix + name, out var value) && value is not null ? value.Trim() : string.Empty;
}
