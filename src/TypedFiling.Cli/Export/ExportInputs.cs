using System;
using System.Collections.Generic;
using System.IO;

namespace TypedFiling.Cli.Export;

/// <summary>The files an export reads: each FILE given, and the filings under each folder given, keyed by relative path.</summary>
internal static class ExportInputs
{
    /// <summary>
    /// The inputs, in ordinal order of their relative paths; a path that does not exist is a command-line error
    /// (<see cref="ExportArgumentException"/>); a second file with a relative path already taken is left out and
    /// reported in <paramref name="duplicates"/>.
    /// </summary>
    public static List<ExportInput> Expand(IReadOnlyList<string> paths, List<string> duplicates)
    {
        var byKey = new Dictionary<string, ExportInput>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (IsFiling(file))
                    {
                        Add(byKey, file, Path.GetRelativePath(path, file), duplicates);
                    }
                }
            }
            else if (File.Exists(path))
            {
                Add(byKey, path, Path.GetFileName(path), duplicates);
            }
            else
            {
                throw new ExportArgumentException(path + ": no such file or folder");
            }
        }

        var inputs = new List<ExportInput>(byKey.Values);
        inputs.Sort((left, right) => string.CompareOrdinal(left.RelativePath, right.RelativePath));
        return inputs;
    }

    /// <summary>A filing's extension, or one of them followed by ".gz".</summary>
    internal static bool IsFiling(string path) =>
        Loading.FilingPaths.IsFiling(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path.Substring(0, path.Length - 3) : path);

    private static void Add(Dictionary<string, ExportInput> byKey, string path, string relative, List<string> duplicates)
    {
        var key = Parsing.Configuration.ShownPaths.Of(relative);
        if (byKey.ContainsKey(key))
        {
            duplicates.Add(path + ": has the relative path '" + key + "' of an earlier input; left out");
            return;
        }

        var info = new FileInfo(path);
        byKey.Add(key, new ExportInput(path, key, info.Length, info.LastWriteTimeUtc.Ticks));
    }
}

/// <summary>A command line that cannot be run: exit code 2 before anything is written.</summary>
internal sealed class ExportArgumentException : Exception
{
    public ExportArgumentException(string message)
        : base(message)
    {
    }

    public ExportArgumentException()
    {
    }

    public ExportArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
