using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFiling.Parsing.Locking;

namespace TypedFiling.Generators.Configuration;

/// <summary>
/// A filing's lock file as the build hands it over: an additional file that the package's targets link to its
/// filing (<c>TypedFilingLockFor</c> metadata, the filing's full path), or any additional file named
/// <c>FILE.lock.json</c>, linked to <c>FILE</c>. Compared by value: its text is what the filing's names depend on.
/// </summary>
/// <param name="FilingPath">The full path of the filing it locks.</param>
/// <param name="LockPath">Its own path, where a problem with it is reported.</param>
/// <param name="Text">Its text, or null when it could not be read.</param>
internal sealed record LockFile(string FilingPath, string LockPath, string? Text)
{
    private const string LinkMetadata = "build_metadata.AdditionalFiles.TypedFilingLockFor";

    public static LockFile? Create(AdditionalText file, AnalyzerConfigOptions fileOptions, CancellationToken cancellationToken)
    {
        string filingPath;
        if (fileOptions.TryGetValue(LinkMetadata, out var linked) && !string.IsNullOrWhiteSpace(linked))
        {
            filingPath = linked.Trim();
        }
        else if (file.Path.EndsWith(FilingLock.Extension, StringComparison.OrdinalIgnoreCase))
        {
            filingPath = file.Path.Substring(0, file.Path.Length - FilingLock.Extension.Length);
        }
        else
        {
            return null;
        }

        string? text;
        try
        {
            text = file.GetText(cancellationToken)?.ToString();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            text = null;
        }

        return new LockFile(filingPath, file.Path, text);
    }

    /// <summary>Whether this lock is the one of the filing at <paramref name="filingPath"/> (separators and case aside).</summary>
    public bool Locks(string filingPath) => TypedFiling.Parsing.Configuration.ShownPaths.Same(FilingPath, filingPath);
}
