using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Naming;

namespace TypedFiling.Generators.Configuration;

/// <summary>One filing to generate: where it is, its text, and how to read and name it. Compared by value.</summary>
/// <param name="FilePath">The file's full path, where diagnostics point.</param>
/// <param name="Text">Its text, or null when it could not be read.</param>
/// <param name="Options">How to read and name it.</param>
internal sealed record FilingRequest(string FilePath, string? Text, FilingOptions Options)
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>Whether a plain additional file is a filing by its extension (.md, .markdown, .txt, .htm, .html).</summary>
    public static bool HasFilingExtension(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    public static FilingRequest? Create(AdditionalText file, AnalyzerConfigOptions fileOptions, GlobalOptions global, CancellationToken cancellationToken)
    {
        // <TypedFiling> items are marked "true"; a plain additional file counts by its extension, and
        // TypedFiling="false" keeps one out.
        var marked = Get(fileOptions, "TypedFiling");
        if (marked.Length > 0 ? !string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase) : !HasFilingExtension(file.Path))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString();
        var @namespace = Get(fileOptions, "Namespace");
        var className = Get(fileOptions, "ClassName");
        var company = Get(fileOptions, "Company");
        var format = Get(fileOptions, "Format");
        var options = new FilingOptions(
            DisplayPath(file.Path, global.ProjectDirectory),
            @namespace.Length > 0 ? @namespace : global.DefaultNamespace,
            className.Length > 0 ? className : FilingClassName.FromPath(file.Path),
            company.Length > 0 ? company : null)
        {
            FilePath = file.Path,
            Format = FilingFormats.Parse(format),
        };
        return new FilingRequest(file.Path, text, options);
    }

    /// <summary>The path relative to the project, with '/' separators, so generated code is the same on every machine.</summary>
    internal static string DisplayPath(string path, string projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        var root = projectDirectory.Replace('\\', '/');
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
