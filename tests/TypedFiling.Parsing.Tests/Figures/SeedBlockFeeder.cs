using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>One non-blank line of a Markdown filing, stripped to plain text for the scanner.</summary>
public sealed class SeedBlock
{
    private readonly int[] _columns;

    public SeedBlock(int line, string text, int[] columns)
    {
        Line = line;
        Text = text;
        _columns = columns;
    }

    /// <summary>1-based line in the file.</summary>
    public int Line { get; }

    /// <summary>The scanned text.</summary>
    public string Text { get; }

    /// <summary>1-based column (UTF-16 code units) in the original line of an offset in <see cref="Text"/>.</summary>
    public int Column(int offset) => _columns[offset] + 1;
}

/// <summary>
/// Stand-in for the real markdown block reader: feeds each non-blank line of a filing as one block. It strips a
/// leading "- " bullet marker, the '*' runs that wrap a paragraph, and inline '*' emphasis markers, and keeps
/// for every remaining character its column in the line (= offset in the scanned text + chars removed before it).
/// </summary>
public static class SeedBlockFeeder
{
    public static IEnumerable<SeedBlock> Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            yield return Strip(i + 1, line);
        }
    }

    public static SeedBlock Strip(int lineNumber, string line)
    {
        int start = 0, end = line.Length;
        if (line.StartsWith("- ", System.StringComparison.Ordinal)) start = 2;
        var sb = new StringBuilder(line.Length);
        var map = new List<int>(line.Length);
        for (int k = start; k < end; k++)
        {
            if (line[k] == '*') continue;
            sb.Append(line[k]);
            map.Add(k);
        }

        return new SeedBlock(lineNumber, sb.ToString(), map.ToArray());
    }
}
