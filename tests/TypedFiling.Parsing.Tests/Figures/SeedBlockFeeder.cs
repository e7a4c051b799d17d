using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>One block of a filing, stripped to plain text for the scanner, with the source position of every character.</summary>
public sealed class SeedBlock
{
    private readonly int[] lines;
    private readonly int[] columns;

    public SeedBlock(int line, string text, int[] lines, int[] columns)
    {
        Line = line;
        Text = text;
        this.lines = lines;
        this.columns = columns;
    }

    /// <summary>1-based line in the file where the block starts.</summary>
    public int Line { get; }

    /// <summary>The scanned text.</summary>
    public string Text { get; }

    /// <summary>1-based line of an offset in <see cref="Text"/>.</summary>
    public int LineOf(int offset) => lines[offset];

    /// <summary>1-based column (UTF-16 code units) in its line of an offset in <see cref="Text"/>.</summary>
    public int Column(int offset) => columns[offset] + 1;
}

/// <summary>
/// Stand-in for the real block readers (the markdown reader replaces it later).
/// Markdown: each non-blank line is one block; a leading "- " bullet marker, the '*' runs that wrap a paragraph and
/// inline '*' emphasis markers are removed, and every remaining character keeps its column in the line
/// (= offset in the scanned text + chars removed before it).
/// Plain text: blank-line separated paragraphs, each line trimmed and joined with one space.
/// </summary>
public static class SeedBlockFeeder
{
    public static IEnumerable<SeedBlock> Read(string path) =>
        path.EndsWith(".txt", System.StringComparison.OrdinalIgnoreCase) ? ReadPlainText(path) : ReadMarkdown(path);

    public static IEnumerable<SeedBlock> ReadMarkdown(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            yield return Strip(i + 1, line);
        }
    }

    public static SeedBlock Strip(int lineNumber, string line)
    {
        int start = line.StartsWith("- ", System.StringComparison.Ordinal) ? 2 : 0;
        var sb = new StringBuilder(line.Length);
        var columns = new List<int>(line.Length);
        for (int k = start; k < line.Length; k++)
        {
            if (line[k] == '*')
            {
                continue;
            }

            sb.Append(line[k]);
            columns.Add(k);
        }

        var lines = new int[columns.Count];
        for (int k = 0; k < lines.Length; k++)
        {
            lines[k] = lineNumber;
        }

        return new SeedBlock(lineNumber, sb.ToString(), lines, columns.ToArray());
    }

    public static IEnumerable<SeedBlock> ReadPlainText(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        int i = 0;
        while (i < lines.Length)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }

            int first = i;
            var sb = new StringBuilder();
            var lineOf = new List<int>();
            var columnOf = new List<int>();
            while (i < lines.Length && lines[i].Trim().Length > 0)
            {
                var raw = lines[i];
                int s = 0, e = raw.Length;
                while (s < e && char.IsWhiteSpace(raw[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(raw[e - 1]))
                {
                    e--;
                }

                if (sb.Length > 0)
                {
                    sb.Append(' ');
                    lineOf.Add(i);
                    columnOf.Add(lines[i - 1].Length);
                }

                for (int k = s; k < e; k++)
                {
                    sb.Append(raw[k]);
                    lineOf.Add(i + 1);
                    columnOf.Add(k);
                }

                i++;
            }

            yield return new SeedBlock(first + 1, sb.ToString(), lineOf.ToArray(), columnOf.ToArray());
        }
    }
}
