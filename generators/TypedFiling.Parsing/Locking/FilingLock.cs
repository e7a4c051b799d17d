using TypedFiling.Parsing.Matching;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Locking;

/// <summary>
/// A filing's lock file (<c>FILE.lock.json</c>): the names and ids its risk factors were given when it was
/// locked, kept for them while the filer rewords them. Compared by value, so the generator caches on it.
/// </summary>
/// <param name="Entries">The locked risk factors, sorted by id.</param>
internal sealed record FilingLock(EquatableArray<LockEntry> Entries)
{
    /// <summary>The version of the lock file's layout this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>What lock files are called: the filing's file name and this.</summary>
    public const string Extension = ".lock.json";
}

/// <summary>One locked risk factor.</summary>
/// <param name="Id">Its locked id.</param>
/// <param name="Name">Its locked class name.</param>
/// <param name="Number">Its number in the filing when it was locked.</param>
/// <param name="Title">Its title when it was locked.</param>
/// <param name="Fingerprint">The fingerprint of its text when it was locked.</param>
internal sealed record LockEntry(string Id, string Name, int Number, string Title, TextFingerprint Fingerprint);
