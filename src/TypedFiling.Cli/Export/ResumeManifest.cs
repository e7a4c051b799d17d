using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using TypedFiling.Cli.Export.Writers;

namespace TypedFiling.Cli.Export;

/// <summary>
/// What an export has written, so that a second run into the same folder skips it: <c>OUT/_manifest/SHARD.tsv</c>
/// (<c>all.tsv</c> unsharded, <c>1of3.tsv</c> for shard 1 of 3), appended at each commit with the inputs done
/// (relative path, size, write time) and a <c>commit</c> line naming each table's part file or length. Only inputs
/// followed by a commit line count: a run that stopped mid-way left rows whose inputs are done again, and its
/// uncommitted files are removed or cut back before anything is written (the writers do it from <see cref="Committed"/>).
/// Engines skip the folder: Spark ignores names starting with '_', and the tables are read by their own paths.
/// </summary>
internal sealed class ResumeManifest : IDisposable
{
    public const string Folder = "_manifest";
    private const string Magic = "typedfiling-export";
    private const int Version = 1;

    private readonly FileStream stream;

    private ResumeManifest(FileStream stream, Dictionary<string, (long Size, long Modified)> done, Dictionary<string, List<string>> committed, int commits)
    {
        this.stream = stream;
        Done = done;
        Committed = committed;
        Commits = commits;
    }

    /// <summary>Every input done in this output, by any shard's run: relative path → size and write time.</summary>
    public Dictionary<string, (long Size, long Modified)> Done { get; }

    /// <summary>This shard's committed state of each table: its part files' names, or (JSON Lines) its lengths, in order.</summary>
    public Dictionary<string, List<string>> Committed { get; }

    /// <summary>The number of this shard's commits so far: the next part file's number.</summary>
    public int Commits { get; private set; }

    /// <summary>Reads every manifest in <paramref name="output"/> and opens this shard's, cut back to its last commit.</summary>
    public static ResumeManifest Open(string output, ExportFormat format, Shard shard)
    {
        var folder = Path.Combine(output, Folder);
        Directory.CreateDirectory(folder);
        var own = Path.Combine(folder, (shard.Count == 1 ? "all" : shard.Label) + ".tsv");
        var done = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var committed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var commits = 0;
        long ownEnd = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.tsv"))
        {
            var isOwn = Path.GetFullPath(path) == Path.GetFullPath(own);
            var end = Read(path, format, done, isOwn ? committed : null, out var count);
            if (isOwn)
            {
                ownEnd = end;
                commits = count;
            }
        }

        var stream = new FileStream(own, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        stream.SetLength(ownEnd);
        stream.Position = ownEnd;
        var manifest = new ResumeManifest(stream, done, committed, commits);
        if (ownEnd == 0)
        {
            manifest.Append(Magic + "\t" + Version.ToString(CultureInfo.InvariantCulture) + "\t" + Name(format) + "\n");
        }

        return manifest;
    }

    /// <summary>Records <paramref name="inputs"/> as done with the tables' <paramref name="states"/>: the commit point.</summary>
    public void Commit(IReadOnlyList<ExportInput> inputs, IReadOnlyList<(string Table, string? State)> states)
    {
        var text = new StringBuilder();
        foreach (var input in inputs)
        {
            text.Append("done\t").Append(Escape(input.RelativePath)).Append('\t')
                .Append(input.Size.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(input.Modified.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append("commit");
        foreach (var (table, state) in states)
        {
            if (state is not null)
            {
                text.Append('\t').Append(table).Append('=').Append(Escape(state));
            }
        }

        Append(text.Append('\n').ToString());
        Commits++;
    }

    public void Dispose() => stream.Dispose();

    private void Append(string text)
    {
        stream.Write(Encoding.UTF8.GetBytes(text));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Reads one manifest; returns the length up to its last commit line.</summary>
    private static long Read(string path, ExportFormat format, Dictionary<string, (long, long)> done, Dictionary<string, List<string>>? committed, out int commits)
    {
        commits = 0;
        var bytes = File.ReadAllBytes(path);
        var pending = new List<(string, (long, long))>();
        long end = 0;
        var start = 0;
        for (var newline = Array.IndexOf(bytes, (byte)'\n'); newline >= 0; newline = Array.IndexOf(bytes, (byte)'\n', start))
        {
            var fields = Encoding.UTF8.GetString(bytes, start, newline - start).Split('\t');
            start = newline + 1;
            if (fields[0] == Magic)
            {
                CheckFormat(path, fields, format);
                end = Math.Max(end, start);
            }
            else if (fields[0] == "done" && fields.Length == 4)
            {
                pending.Add((Unescape(fields[1]), (long.Parse(fields[2], CultureInfo.InvariantCulture), long.Parse(fields[3], CultureInfo.InvariantCulture))));
            }
            else if (fields[0] == "commit")
            {
                foreach (var (key, value) in pending)
                {
                    done[key] = value;
                }

                pending.Clear();
                AddStates(committed, fields);
                commits++;
                end = start;
            }
        }

        return end;
    }

    private static void AddStates(Dictionary<string, List<string>>? committed, string[] fields)
    {
        for (var i = 1; committed is not null && i < fields.Length; i++)
        {
            var equals = fields[i].IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                var table = fields[i].Substring(0, equals);
                if (!committed.TryGetValue(table, out var states))
                {
                    committed[table] = states = new List<string>();
                }

                states.Add(Unescape(fields[i].Substring(equals + 1)));
            }
        }
    }

    private static void CheckFormat(string path, string[] fields, ExportFormat format)
    {
        if (fields.Length < 3 || fields[2] != Name(format))
        {
            throw new ExportArgumentException(Path.GetDirectoryName(Path.GetDirectoryName(path)) + " holds an export in " + (fields.Length < 3 ? "another format" : fields[2]) + "; export into another folder or with --format " + (fields.Length < 3 ? "of that one" : fields[2]));
        }
    }

    private static string Name(ExportFormat format) => format == ExportFormat.Parquet ? "parquet" : "jsonl";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => text[i] });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
