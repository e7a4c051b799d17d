using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Tests.RealData;

/// <summary>
/// The whole EDGAR documents of tests/Data/edgar (gzip-compressed, or named by their path from there) and their
/// hand-checked rows: read as <see cref="EdgarCorpusTests"/> and the layout tests read them.
/// </summary>
internal static class EdgarData
{
    public static readonly string Folder = TypedFiling.Tests.Shared.RepositoryPaths.Data("edgar");

    private static readonly Lazy<ILookup<string, string[]>> ExpectedRows = new(() => Rows("expected.tsv", 4).ToLookup(r => r[0], StringComparer.Ordinal));

    /// <summary>The document's text: a .gz file decompressed, any other read as it is.</summary>
    public static string Read(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!file.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllText(path);
        }

        using var stream = File.OpenRead(path);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The name the document is parsed under: its file name without .gz, whose extension gives the format.</summary>
    public static string ParseName(string file)
    {
        var name = Path.GetFileName(file);
        return name.EndsWith(".gz", StringComparison.Ordinal) ? name[..^3] : name;
    }

    /// <summary>Parses the document as a user would (<see cref="FilingParser.Parse"/>, the format from its extension).</summary>
    public static FilingParseResult Parse(string file) => FilingParser.Parse(Read(file), FilingOptions.ForPath(ParseName(file)));

    /// <summary>
    /// A cut of the document's HTML: from the block element (<c>div</c>, <c>p</c>, <c>tr</c>) that holds
    /// <paramref name="from"/> (the first place it stands) to the one that holds <paramref name="to"/> after it, for a
    /// layout whose section the parser does not find on its own.
    /// </summary>
    public static string Cut(string file, string from, string to)
    {
        var text = Read(file);
        var start = BlockStart(text, text.IndexOf(from, StringComparison.Ordinal));
        var end = BlockStart(text, text.IndexOf(to, start + from.Length, StringComparison.Ordinal));
        return text[start..end];
    }

    private static int BlockStart(string text, int index) =>
        new[] { "<div", "<p", "<tr" }.Max(tag => text.LastIndexOf(tag, index, StringComparison.OrdinalIgnoreCase));

    /// <summary>The hand-checked rows of expected.tsv for <paramref name="file"/>: index, category, title.</summary>
    public static IReadOnlyList<string[]> Expected(string file) => ExpectedRows.Value[file].ToList();

    /// <summary>The rows of a tab-separated file of the folder, its header skipped.</summary>
    public static List<string[]> Rows(string name, int columns)
    {
        var rows = File.ReadLines(Path.Combine(Folder, name), Encoding.UTF8).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        Xunit.Assert.All(rows, r => Xunit.Assert.True(r.Length == columns, name + ": a row has " + r.Length + " columns, not " + columns + ": " + string.Join(" | ", r)));
        return rows;
    }
}
