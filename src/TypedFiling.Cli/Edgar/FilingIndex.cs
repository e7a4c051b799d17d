using System;
using System.Globalization;
using System.Text.Json;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// A filing's directory listing (<c>Archives/edgar/data/{cik}/{accession}/index.json</c>):
/// <c>{"directory": {"item": [{"name": "nvda-20240128.htm", "size": "2085566", ...}, ...]}}</c>, sizes as strings,
/// empty for the index pages EDGAR makes on the fly.
/// </summary>
internal static class FilingIndex
{
    /// <summary>The size in bytes the listing gives <paramref name="file"/>; null where it gives none.</summary>
    public static long? Size(JsonElement root, string file)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("directory", out var directory) ||
            directory.ValueKind != JsonValueKind.Object || !directory.TryGetProperty("item", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String &&
                string.Equals(name.GetString(), file, StringComparison.Ordinal) && item.TryGetProperty("size", out var size))
            {
                return size.ValueKind switch
                {
                    JsonValueKind.Number when size.TryGetInt64(out var number) => number,
                    JsonValueKind.String when long.TryParse(size.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
                    _ => null,
                };
            }
        }

        return null;
    }
}
