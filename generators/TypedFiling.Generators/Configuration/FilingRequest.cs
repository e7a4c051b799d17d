using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Naming;

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

    /// <summary>Whether a plain additional file is a filing by its extension (.md, .markdown, .txt, .htm, .html).</summary>
    /// <remarks>
    /// Not .txt: projects add PublicAPI.*.txt and BannedSymbols.txt as additional files, and none of them
    /// is a filing. A plain-text filing is added as a <c>&lt;TypedFiling&gt;</c> item.
    /// </remarks>
    public static bool HasFilingExtension(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

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

        if (marked.Length > 0 ? !string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase) : !HasFilingExtension(file.Path))
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

        var @namespace = Get(fileOptions, "Namespace");
        var className = Get(fileOptions, "ClassName");
        var company = Get(fileOptions, "Company");
        var currency = Get(fileOptions, "Currency");
        var formatName = Get(fileOptions, "Format");
        var facts = Get(fileOptions, "Facts");
        var headingsName = Get(fileOptions, "Headings");
        @namespace = @namespace.Length > 0 ? @namespace : global.DefaultNamespace;
        className = className.Length > 0 ? className : FilingClassName.FromPath(file.Path);

        if (!IsNamespace(@namespace))
        {
            problems.Add(FilingDiagnostic.Create(DiagnosticIds.InvalidNamespace, SourceRange.FileStart, @namespace, displayPath));
            blocked = true;
        }

        if (!IsIdentifier(className))
        {
            problems.Add(FilingDiagnostic.Create(DiagnosticIds.InvalidClassName, SourceRange.FileStart, className, displayPath));
            blocked = true;
        }

        if (currency.Length > 0 && !CurrencyCodes.IsKnown(currency))
        {
            problems.Add(FilingDiagnostic.Create(DiagnosticIds.UnknownCurrency, SourceRange.FileStart, currency, displayPath));
            currency = string.Empty;
        }

        var format = FilingFormats.Parse(formatName);
        if (formatName.Length > 0 && format is null)
        {
            problems.Add(FilingDiagnostic.Create(DiagnosticIds.UnknownFormat, SourceRange.FileStart, formatName, displayPath));
        }

        var headings = HeadingModes.Parse(headingsName, out var knownHeadings);
        if (!knownHeadings)
        {
            problems.Add(FilingDiagnostic.Create(
                DiagnosticIds.SuspiciousOutline, SourceRange.FileStart, displayPath, "Headings=\"" + headingsName + "\" is not RunIn, Emphasized or Plain, so the headings were read from the filing's shape", "Auto"));
        }

        var options = new FilingOptions(displayPath, @namespace, className, company.Length > 0 ? company : null)
        {
            FilePath = file.Path,
            Currency = currency.Length > 0 ? currency : null,
            Format = format,
            Visibility = EmitSettings.Visibility(Get(fileOptions, "Visibility"), global.Visibility, displayPath, problems),
            IncludeText = EmitSettings.IncludeText(Get(fileOptions, "IncludeText"), global.IncludeText, displayPath, problems),
            ReadFacts = !string.Equals(facts, "false", StringComparison.OrdinalIgnoreCase),
            Headings = headings,
        };
        return new FilingRequest(file.Path, text, options, EquatableArray.From(problems), blocked, marked.Length > 0);
    }

    /// <summary>A name a C# declaration can have: an identifier that is not a reserved keyword.</summary>
    internal static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    internal static bool IsNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return false;
            }
        }

        return true;
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
