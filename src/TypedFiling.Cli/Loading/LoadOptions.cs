using System.Collections.Generic;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Locking;

namespace TypedFiling.Cli.Loading;

/// <summary>How the tool reads and names filings: its metadata options by name, and whether a filing's lock is read.</summary>
/// <param name="Metadata">The value of each metadata option given (<see cref="FilingMetadata.Name"/>: "ClassName" for <c>--class-name</c>).</param>
/// <param name="UseLock">Whether the filing's lock (<c>--lock</c>, else <c>FILE.lock.json</c> beside it) keeps its names, as in a build.</param>
internal sealed record LoadOptions(IReadOnlyDictionary<string, string> Metadata, bool UseLock = true)
{
    public LoadOptions()
        : this(new Dictionary<string, string>())
    {
    }

    public static LoadOptions Default { get; } = new();

    /// <summary>The value of the metadata <paramref name="name"/>, or null: the lookup the front door reads.</summary>
    public string? Value(string name) => Metadata.TryGetValue(name, out var value) ? value : null;

    /// <summary>The lock file of the filing at <paramref name="path"/>: the <c>--lock</c> option's, else <c>FILE.lock.json</c> beside it, as a build finds it.</summary>
    public string LockPath(string path) => Value(FilingMetadata.Lock.Name) ?? path + FilingLock.Extension;
}
