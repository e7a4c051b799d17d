using System;
using System.Globalization;
using System.IO;

namespace TypedFiling.Cli.Export.Writers;

/// <summary>
/// The names of a shard's part files in a table's folder: <c>part-00003.parquet</c>, or for shard 1 of 3
/// <c>part-1of3-00003.parquet</c>, so the shards of one output never collide; written first as a hidden
/// <c>.part-…​.tmp</c>, which no query engine reads, then renamed.
/// </summary>
internal sealed class PartFiles
{
    private readonly string prefix;

    public PartFiles(string folder, Shard shard, string extension)
    {
        Folder = folder;
        Extension = extension;
        prefix = "part-" + (shard.Count == 1 ? string.Empty : shard.Label + "-");
    }

    public string Folder { get; }

    public string Extension { get; }

    /// <summary>The part of commit <paramref name="commit"/>.</summary>
    public string Name(int commit) => prefix + commit.ToString("00000", CultureInfo.InvariantCulture) + Extension;

    public string TemporaryPath(int commit) => Path.Combine(Folder, "." + Name(commit) + ".tmp");

    /// <summary>Whether <paramref name="name"/> is a part or a temporary part of this shard.</summary>
    public bool IsOwn(string name)
    {
        var bare = name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal) ? name.Substring(1, name.Length - 5) : name;
        return bare.StartsWith(prefix, StringComparison.Ordinal) && bare.EndsWith(Extension, StringComparison.Ordinal) &&
            int.TryParse(bare.AsSpan(prefix.Length, bare.Length - prefix.Length - Extension.Length), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>Moves a finished temporary part to its name, after its bytes are on disk.</summary>
    public string Publish(int commit)
    {
        var name = Name(commit);
        File.Move(TemporaryPath(commit), Path.Combine(Folder, name), overwrite: true);
        return name;
    }
}
