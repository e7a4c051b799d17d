using System;
using System.Globalization;
using System.Text;

namespace TypedFiling.Cli.Export;

/// <summary>
/// <c>--shard I/N</c>: the inputs whose relative path hashes to I modulo N. The hash is 64-bit FNV-1a of the path's
/// UTF-8 bytes (with '/' separators), fixed by its definition, so every machine and every run puts a file in the
/// same shard and the N shards' union is the whole input.
/// </summary>
internal readonly record struct Shard(int Index, int Count)
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>One shard holding every input.</summary>
    public static Shard All => new(0, 1);

    /// <summary>How part files and manifests of this shard are named: "0of3"; empty for an unsharded run.</summary>
    public string Label => Count == 1 ? string.Empty : Index.ToString(CultureInfo.InvariantCulture) + "of" + Count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads "I/N" (0 ≤ I &lt; N); null, with the reason, when it is not one.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        problem = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 &&
            int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index) &&
            int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
            count >= 1 && index < count)
        {
            return new Shard(index, count);
        }

        problem = "--shard takes I/N with 0 <= I < N (0/4, 1/4, 2/4, 3/4), not '" + text + "'";
        return null;
    }

    /// <summary>Whether the input at <paramref name="relativePath"/> belongs to this shard.</summary>
    public bool Holds(string relativePath) => Count == 1 || Hash(relativePath) % (ulong)Count == (ulong)Index;

    /// <summary>64-bit FNV-1a of the UTF-8 bytes of <paramref name="relativePath"/>.</summary>
    public static ulong Hash(string relativePath)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(relativePath))
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }
}
