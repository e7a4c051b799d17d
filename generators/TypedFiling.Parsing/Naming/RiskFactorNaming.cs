using System;
using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Parsing.Locking;
using TypedFiling.Parsing.Matching;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Naming;

/// <summary>What a lock made of one risk factor: kept by its title, reworded (kept by similarity) or added.</summary>
internal enum LockStatus
{
    /// <summary>No lock, or the same title as a locked entry.</summary>
    Kept,

    /// <summary>Matched to a locked entry whose title was different.</summary>
    Reworded,

    /// <summary>In no locked entry.</summary>
    Added,
}

/// <summary>The names, ids and lock status of a filing's risk factors, and the locked entries it no longer has.</summary>
internal sealed class NamingResult
{
    public NamingResult(int count)
    {
        Names = new string[count];
        Ids = new string[count];
        Status = new LockStatus[count];
        Locked = new LockEntry?[count];
    }

    public string[] Names { get; }

    public string[] Ids { get; }

    public LockStatus[] Status { get; }

    /// <summary>The locked entry each risk factor was matched to, or null.</summary>
    public LockEntry?[] Locked { get; }

    /// <summary>The locked entries with no risk factor, in locked order.</summary>
    public List<LockEntry> Removed { get; } = new();
}

/// <summary>
/// Gives each risk factor its class name and id. Without a lock, names come from the headings in filing order
/// (a clash takes the heading's next content word, else a number) and the id is the name as a slug, so ids are as
/// stable as names. With a lock, risk factors matched to a locked entry (same title first, then by title and text
/// similarity with the matcher <c>typedfiling diff</c> uses) keep its name and id; the others get fresh names that
/// never take a locked one, removed entries included, since their classes are still emitted.
/// </summary>
internal static class RiskFactorNaming
{
    public static NamingResult Assign(IReadOnlyList<string> titles, IReadOnlyList<string> texts, FilingLock? filingLock, NameScope scope, string? company, System.Threading.CancellationToken cancellationToken = default)
    {
        var result = new NamingResult(titles.Count);
        var lockedIds = new HashSet<string>(StringComparer.Ordinal);
        if (filingLock is not null)
        {
            KeepLocked(titles, texts, filingLock, scope, result, lockedIds);
        }

        for (var i = 0; i < titles.Count; i++)
        {
            ParsePolls.Check(cancellationToken, ParseStage.Naming, i);
            if (result.Names[i] is not null)
            {
                continue;
            }

            var name = FreshName(titles[i], i + 1, scope, company);
            result.Names[i] = name;
            result.Ids[i] = FreshId(name, lockedIds);
            result.Status[i] = filingLock is null ? LockStatus.Kept : LockStatus.Added;
        }

        return result;
    }

    private static void KeepLocked(IReadOnlyList<string> titles, IReadOnlyList<string> texts, FilingLock filingLock, NameScope scope, NamingResult result, HashSet<string> lockedIds)
    {
        var entries = new List<LockEntry>(filingLock.Entries);
        entries.Sort(static (left, right) => left.Number != right.Number ? left.Number.CompareTo(right.Number) : string.CompareOrdinal(left.Id, right.Id));

        var oldItems = new List<MatchItem>(entries.Count);
        var names = new string[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            oldItems.Add(new MatchItem(entries[e].Number, entries[e].Id, entries[e].Title, entries[e].Fingerprint));

            // Every locked name is taken before any fresh one is made; one the scope reserves (a member the
            // emitter writes, or the filing's class name now) is the only way it can change.
            names[e] = scope.Claim(entries[e].Name);
            lockedIds.Add(entries[e].Id);
        }

        var newItems = new List<MatchItem>(titles.Count);
        for (var i = 0; i < titles.Count; i++)
        {
            newItems.Add(new MatchItem(i + 1, string.Empty, titles[i], texts[i]));
        }

        var matches = RiskFactorMatcher.Match(oldItems, newItems, MatchKeys.Title);
        foreach (var pair in matches.Pairs)
        {
            result.Names[pair.New] = names[pair.Old];
            result.Ids[pair.New] = entries[pair.Old].Id;
            result.Locked[pair.New] = entries[pair.Old];
            result.Status[pair.New] = string.Equals(entries[pair.Old].Title, titles[pair.New], StringComparison.Ordinal) ? LockStatus.Kept : LockStatus.Reworded;
        }

        foreach (var index in matches.Removed)
        {
            result.Removed.Add(entries[index] with { Name = names[index] });
        }
    }

    private static string FreshName(string title, int number, NameScope scope, string? company)
    {
        var headingWords = RiskFactorNamer.HeadingWords(title, company);
        var words = RiskFactorNamer.NameWords(headingWords);
        var pascal = Identifiers.ToPascalCase(words);
        var candidate = pascal.Length == 0 ? "RiskFactor" + number.ToString(CultureInfo.InvariantCulture) : Identifiers.Valid(pascal, "Risk");
        return scope.Claim(candidate, RiskFactorNamer.RemainingWords(headingWords, words));
    }

    /// <summary>The name as a slug; one a locked entry holds takes a number, so a new risk factor never gets a locked id.</summary>
    private static string FreshId(string name, HashSet<string> lockedIds)
    {
        var slug = Identifiers.ToSlug(Identifiers.SplitPascal(name));
        if (!lockedIds.Contains(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var numbered = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (!lockedIds.Contains(numbered))
            {
                return numbered;
            }
        }
    }
}
