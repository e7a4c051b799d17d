using System;
using System.Collections.Generic;
using System.IO;

namespace TypedFiling.Cli.Loading;

/// <summary>The files a command line names: a folder stands for the filings under it, in ordinal path order.</summary>
internal static class FilingPaths
{
    /// <summary>Each path as given, with every folder replaced by the filings under it (at any depth).</summary>
    public static List<string> Expand(IReadOnlyList<string> paths)
    {
        var expanded = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                expanded.Add(path);
                continue;
            }

            var files = new List<string>();
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                if (IsFiling(file))
                {
                    files.Add(file);
                }
            }

            // The same order on every machine and file system, so two runs' lines compare.
            files.Sort(StringComparer.Ordinal);
            expanded.AddRange(files);
        }

        return expanded;
    }

    /// <summary>Whether a folder's file is a filing: its extension names a format the parser reads (.md, .txt, .htm, ...).</summary>
    public static bool IsFiling(string path) => Parsing.FilingFormats.FromExtension(path) is not null;
}
