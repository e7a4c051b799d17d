using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using TypedFiling.Cli.Export.Tables;
using TypedFiling.Cli.Export.Writers;

namespace TypedFiling.Cli.Export;

/// <summary>
/// The output folder of one shard's run: a sink per table and the resume manifest. Opening it removes what a run
/// that stopped left uncommitted (part files and temporary files of this shard that no commit names; JSON Lines
/// past their committed length); <see cref="Commit"/> is the only way rows become part of the output.
/// </summary>
internal sealed class ExportOutput : IDisposable
{
    private readonly ResumeManifest manifest;
    private readonly TableSink[] sinks;

    private ExportOutput(ResumeManifest manifest, TableSink[] sinks)
    {
        this.manifest = manifest;
        this.sinks = sinks;
    }

    /// <summary>Every input already exported into this folder, by any shard.</summary>
    public IReadOnlyDictionary<string, (long Size, long Modified)> Done => manifest.Done;

    public static ExportOutput Open(ExportOptions options)
    {
        Directory.CreateDirectory(options.Output);
        var manifest = ResumeManifest.Open(options.Output, options.Format, options.Shard);
        var sinks = new TableSink[ExportTables.All.Count];
        try
        {
            for (var i = 0; i < sinks.Length; i++)
            {
                var table = ExportTables.All[i];
                manifest.Committed.TryGetValue(table.Name, out var states);
                sinks[i] = new TableSink(table, Writer(options, table, states ?? new List<string>()), manifest.Commits);
            }
        }
        catch
        {
            Array.ForEach(sinks, sink => sink?.Dispose());
            manifest.Dispose();
            throw;
        }

        return new ExportOutput(manifest, sinks);
    }

    /// <summary>Queues a filing's rows to each table's writer.</summary>
    public void Post(FilingRows rows)
    {
        for (var i = 0; i < sinks.Length; i++)
        {
            ThrowOnFailure(sinks[i]);
            if (rows.Batches[i].Count > 0)
            {
                sinks[i].Post(rows.Batches[i]);
            }
        }
    }

    /// <summary>Commits every table, then records <paramref name="inputs"/> as done: after this, a crash loses nothing of them.</summary>
    public void Commit(IReadOnlyList<ExportInput> inputs, bool last)
    {
        var commits = new Task<string?>[sinks.Length];
        for (var i = 0; i < sinks.Length; i++)
        {
            commits[i] = sinks[i].Commit(last);
        }

        var states = new (string, string?)[sinks.Length];
        for (var i = 0; i < sinks.Length; i++)
        {
            try
            {
                states[i] = (ExportTables.All[i].Name, commits[i].GetAwaiter().GetResult());
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new ExportOutputException(exception);
            }
        }

        manifest.Commit(inputs, states);
    }

    public void Dispose()
    {
        foreach (var sink in sinks)
        {
            sink.Dispose();
        }

        manifest.Dispose();
    }

    private static void ThrowOnFailure(TableSink sink)
    {
        if (sink.Failure is Exception failure)
        {
            throw new ExportOutputException(failure);
        }
    }

    private static ITableWriter Writer(ExportOptions options, TableSchema table, List<string> states)
    {
        if (options.Format == ExportFormat.JsonLines)
        {
            var name = table.Name + (options.Shard.Count == 1 ? string.Empty : "-" + options.Shard.Label) + ".jsonl";
            var length = states.Count == 0 ? 0 : long.Parse(states[^1], System.Globalization.CultureInfo.InvariantCulture);
            return new JsonLinesTableWriter(table, Path.Combine(options.Output, name), length);
        }

        var parts = new PartFiles(Path.Combine(options.Output, table.Name), options.Shard, ".parquet");
        RemoveUncommitted(parts, states);
        return new ParquetTableWriter(table, parts, options.Compression, hasPart: states.Count > 0);
    }

    /// <summary>This shard's part and temporary files that no commit names: left by a run that stopped before its commit.</summary>
    private static void RemoveUncommitted(PartFiles parts, List<string> committed)
    {
        if (!Directory.Exists(parts.Folder))
        {
            return;
        }

        var keep = new HashSet<string>(committed, StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(parts.Folder))
        {
            var name = Path.GetFileName(path);
            if (parts.IsOwn(name) && !keep.Contains(name))
            {
                File.Delete(path);
            }
        }
    }
}

/// <summary>The output cannot be written (a full disk, no permission): the run ends with exit code 2.</summary>
internal sealed class ExportOutputException : Exception
{
    public ExportOutputException(Exception innerException)
        : base(innerException.Message, innerException)
    {
    }

    public ExportOutputException()
    {
    }

    public ExportOutputException(string message)
        : base(message)
    {
    }

    public ExportOutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
