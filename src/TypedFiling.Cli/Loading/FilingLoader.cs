using System.Collections.Generic;
using System.IO;
using System.Threading;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Locking;
using TypedFiling.Parsing.Model;
using TypedFiling.Reading;

namespace TypedFiling.Cli.Loading;

/// <summary>Reads and parses one filing with the same parser the generator uses: there is no second parser.</summary>
internal static class FilingLoader
{
    /// <summary>The namespace the tool names filings in when the user gives none (the generator's default is the project's).</summary>
    public const string DefaultNamespace = "Filings";

    /// <summary>Reads and parses <paramref name="path"/>; throws <see cref="FilingInputException"/> when it cannot be read.</summary>
    public static LoadedFiling Load(string path, LoadOptions options, CancellationToken cancellationToken = default)
    {
        var parsed = Parse(path, FilingFile.ReadText(path), options, cancellationToken);
        return new LoadedFiling(path, parsed.Format, parsed.Model, parsed.Diagnostics, ModelMapping.ToFiling(parsed.Model), parsed.LockDiagnostics, parsed.Blocked);
    }

    /// <summary>
    /// Parses <paramref name="text"/>, read from <paramref name="path"/> (whose name says its format and class, and
    /// beside which its lock is), into the parser's model alone: what <c>export</c> needs, without the runtime copy.
    /// </summary>
    public static ParsedText Parse(string path, string text, LoadOptions options, CancellationToken cancellationToken = default)
    {
        var format = InputFormats.Resolve(path, options.Format, text);

        // The build's checks of the item metadata, with its messages: the options are metadata by another name.
        var validated = FilingOptionsValidator.Validate(Path.GetFullPath(path), DisplayPath(path), DefaultNamespace, name => name == "Format" ? format.ToString() : options.Metadata(name));
        var lockDiagnostics = new List<FilingDiagnostic>();
        var filingLock = options.UseLock ? ReadLock(path, lockDiagnostics) : null;
        var result = FilingParser.Parse(text, validated.Options with { Lock = filingLock }, cancellationToken);
        var diagnostics = validated.Problems.Count == 0 ? result.Diagnostics : Concat(validated.Problems, result.Diagnostics);
        return new ParsedText(format, result.Model, diagnostics, EquatableArray.From(lockDiagnostics), validated.Blocked);
    }

    private static EquatableArray<FilingDiagnostic> Concat(EquatableArray<FilingDiagnostic> first, EquatableArray<FilingDiagnostic> second)
    {
        var all = new List<FilingDiagnostic>(first.Count + second.Count);
        all.AddRange(first);
        all.AddRange(second);
        return EquatableArray.From(all);
    }

    /// <summary>Where the lock of the filing at <paramref name="path"/> is: <c>FILE.lock.json</c> beside it.</summary>
    public static string LockPath(string path) => path + FilingLock.Extension;

    /// <summary>The lock beside the filing, as the build reads it; null when there is none or it cannot be read (TF0013).</summary>
    private static FilingLock? ReadLock(string path, List<FilingDiagnostic> diagnostics)
    {
        var lockPath = LockPath(path);
        if (!File.Exists(lockPath))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(lockPath);
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
        {
            diagnostics.Add(FilingDiagnostic.Create(DiagnosticIds.InvalidLock, SourceRange.FileStart, DisplayPath(lockPath), exception.Message));
            return null;
        }

        var filingLock = LockReader.Read(text, DisplayPath(lockPath), out var problem);
        if (problem is not null)
        {
            diagnostics.Add(problem);
        }

        return filingLock;
    }

    /// <summary>The path as given, with '/' separators, as generated code shows paths.</summary>
    private static string DisplayPath(string path) => path.Replace('\\', '/');
}

/// <summary>A filing's text parsed: its format, the parser's model and diagnostics (the options' first), and its lock's problems.</summary>
internal sealed record ParsedText(FilingFormat Format, FilingModel Model, EquatableArray<FilingDiagnostic> Diagnostics, EquatableArray<FilingDiagnostic> LockDiagnostics, bool Blocked);

/// <summary>How to read and name filings: the tool's shared options.</summary>
/// <param name="Format">The value of <c>--format</c>, or null to go by the extension.</param>
/// <param name="Namespace">The generated namespace, or null for <see cref="FilingLoader.DefaultNamespace"/>.</param>
/// <param name="ClassName">The generated class name, or null to name it after the file.</param>
/// <param name="Company">The company, or null.</param>
/// <param name="Currency">What a bare currency sign means (ISO 4217), or null.</param>
/// <param name="UseLock">Whether the lock beside the filing (<c>FILE.lock.json</c>) keeps its names, as in a build.</param>
internal sealed record LoadOptions(string? Format = null, string? Namespace = null, string? ClassName = null, string? Company = null, string? Currency = null, bool UseLock = true)
{
    public static LoadOptions Default { get; } = new();

    /// <summary>The option standing for the item metadata <paramref name="name"/> (see FilingMetadata.All), or null.</summary>
    public string? Metadata(string name) => name switch
    {
        "Namespace" => Namespace,
        "ClassName" => ClassName,
        "Company" => Company,
        "Currency" => Currency,
        "Format" => Format,
        _ => null,
    };
}
