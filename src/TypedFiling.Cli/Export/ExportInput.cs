using System;

namespace TypedFiling.Cli.Export;

/// <summary>One file to export.</summary>
/// <param name="Path">Where it is, as the file system names it.</param>
/// <param name="RelativePath">
/// Its key in every table and in the shard hash: its path under the folder given on the command line, with '/'
/// separators, or for a file given by itself its name; the same on every machine.
/// </param>
/// <param name="Size">Its size on disk, in bytes (compressed, for a .gz).</param>
/// <param name="Modified">Its last write time (UTC ticks): with the size, how a second run knows it is the file it exported.</param>
internal sealed record ExportInput(string Path, string RelativePath, long Size, long Modified)
{
    /// <summary>Whether the file is gzip-compressed (.gz): it is read through a decompressor.</summary>
    public bool IsCompressed => Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name the filing is read under: its path without ".gz", whose extension says its format.</summary>
    public string DocumentPath => IsCompressed ? Path.Substring(0, Path.Length - 3) : Path;
}
