using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Facts;
using TypedFiling.Parsing.Text;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Parsing.Tests.Html;

/// <summary>
/// The HTML stage reads every HTML file of the repository (filings/, tests/Data/**) exactly as the
/// reader before the shared tokenizer did (main at 14f4a96: HtmlBlockReader's own tokenizer and the inline XBRL reader's
/// own tag scanner): the blocks (kind, emphasis, text, start, end, list id, lead, and every character's source map) and
/// the facts (every field, and the diagnostics) hash to what that code produced, listed in tests/Data/html-differential/html-differential.txt.
/// That list was written by the old code (<see cref="Write"/>), which was then deleted. Each file is read both ways the
/// new code offers: each reader over a tokenizer of its own, and the parser's one pass (the XBRL reader listening).
/// </summary>
[Collection(LargeInputCollection.Name)]
public sealed class HtmlDifferentialTests
{
    private static string ListPath => RepositoryPaths.Data("html-differential", "html-differential.txt");

    /// <summary>Every HTML file of the repository, relative to its root with '/' separators, in ordinal order.</summary>
    public static IEnumerable<string> HtmlFiles() =>
        new[] { RepositoryPaths.Filings, RepositoryPaths.Data() }
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .Select(RepositoryPaths.Relative)
            .OrderBy(f => f, StringComparer.Ordinal);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in HtmlFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Blocks_and_facts_are_what_the_reader_before_the_shared_tokenizer_read(string file)
    {
        var expected = Expected();
        Assert.True(expected.TryGetValue(file, out var line), $"{file} is not in {ListPath}");
        Assert.Equal(line, Line(file));
        Assert.Equal(line, OnePassLine(file));
    }

    [Fact]
    public void Every_listed_file_is_still_there()
    {
        var files = new HashSet<string>(HtmlFiles(), StringComparer.Ordinal);
        Assert.All(Expected().Keys, file => Assert.Contains(file, files));
    }

    /// <summary>Writes the list: run once, with the old readers, by TYPEDFILING_WRITE_DIFFERENTIAL=1.</summary>
    [Fact]
    public void Write()
    {
        if (Environment.GetEnvironmentVariable("TYPEDFILING_WRITE_DIFFERENTIAL") != "1")
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(ListPath)!);
        File.WriteAllLines(ListPath, HtmlFiles().Select(Line));
    }

    private static Dictionary<string, string> Expected() =>
        File.ReadAllLines(ListPath).Where(l => l.Length > 0).ToDictionary(l => l.Substring(0, l.IndexOf(' ')), l => l, StringComparer.Ordinal);

    /// <summary>"path blocks=N B=hash facts=N diagnostics=N F=hash".</summary>
    internal static string Line(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));
        return Line(file, HtmlBlockReader.Read(text), InlineXbrlReader.Read(text, new LineMap(text)));
    }

    /// <summary><see cref="Line"/> as the parser reads the file: one pass, the inline XBRL reader listening to the block reader's tokens.</summary>
    internal static string OnePassLine(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));
        var reader = new InlineXbrlReader(text);
        var blocks = HtmlBlockReader.Read(text, reader);
        return Line(file, blocks, reader.Resolve(new LineMap(text)));
    }

    private static string Line(string file, IReadOnlyList<Block> blocks, InlineXbrlResult facts) =>
        string.Create(CultureInfo.InvariantCulture, $"{file} blocks={blocks.Count} B={Hash(DescribeBlocks(blocks))} facts={facts.Facts.Count} diagnostics={facts.Diagnostics.Count} F={Hash(DescribeFacts(facts))}");

    internal static string DescribeBlocks(IReadOnlyList<Block> blocks)
    {
        var s = new StringBuilder();
        foreach (var block in blocks)
        {
            s.Append(CultureInfo.InvariantCulture, $"{block.Kind}|{block.Emphasis}|{block.Start}|{block.End}|{block.ListId}|{block.LeadLength}|{block.Text}|");
            for (var i = 0; i < block.Text.Length; i++)
            {
                s.Append(block.Content.SourceOffset(i)).Append(',').Append(block.Content.SourceEnd(i)).Append(';');
            }

            s.Append('\n');
        }

        return s.ToString();
    }

    /// <summary>Every field of every fact (as FactModel has them at 14f4a96), and the diagnostics.</summary>
    internal static string DescribeFacts(InlineXbrlResult facts)
    {
        var s = new StringBuilder();
        foreach (var f in facts.Facts)
        {
            s.Append(CultureInfo.InvariantCulture, $"{f.Concept}|{f.Text}|{f.Value}|{f.Date}|{f.Unit}|{f.Decimals}|{f.Scale}|{f.IsNegative}|{f.IsNil}|{f.Instant}|{f.Start}|{f.End}|{f.ContextId}|{f.FactId}|{f.Location}|");
            foreach (var d in f.Dimensions)
            {
                s.Append(CultureInfo.InvariantCulture, $"{d.Axis}={d.Member}/{d.IsTyped};");
            }

            s.Append('\n');
        }

        foreach (var d in facts.Diagnostics)
        {
            s.Append(CultureInfo.InvariantCulture, $"{d.Id}|{d.Location}|{string.Join("|", d.Arguments)}\n");
        }

        return s.ToString();
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 12);
}
