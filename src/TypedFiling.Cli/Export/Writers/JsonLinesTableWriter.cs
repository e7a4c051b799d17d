using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using TypedFiling.Cli.Export.Tables;

namespace TypedFiling.Cli.Export.Writers;

/// <summary>
/// A table as JSON Lines: one object per row, its properties the columns, in one file per table (per shard) that
/// is appended to. A commit flushes it to disk and records its length; a later run cuts off what follows.
/// </summary>
internal sealed class JsonLinesTableWriter : ITableWriter
{
    /// <summary>Lines are gathered up to this many bytes before they are written to the file.</summary>
    private const int FlushBytes = 1 << 20;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Filings are full of ¥, € and curly quotes: written as they are, as inspect --json writes them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly JsonEncodedText[] names;
    private readonly ArrayBufferWriter<byte> buffer = new(FlushBytes * 2);
    private readonly Utf8JsonWriter json;
    private readonly FileStream stream;

    /// <param name="path">The table's file.</param>
    /// <param name="committedLength">Its length at the last commit: anything after it was written by a run that did not finish.</param>
    public JsonLinesTableWriter(TableSchema table, string path, long committedLength)
    {
        names = new JsonEncodedText[table.Columns.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = JsonEncodedText.Encode(table.Columns[i].Name);
        }

        stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1 << 16);
        if (stream.Length < committedLength)
        {
            stream.Dispose();
            throw new IOException(path + " is shorter than the resume manifest says it was written (" + committedLength + " bytes): it was changed since");
        }

        stream.SetLength(committedLength);
        stream.Position = committedLength;
        json = new Utf8JsonWriter(buffer, WriterOptions);
    }

    public void Write(TableBatch rowGroup, int commit)
    {
        var columns = rowGroup.Columns;
        for (var row = 0; row < rowGroup.Count; row++)
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                json.WritePropertyName(names[i]);
                columns[i].WriteJson(json, row);
            }

            json.WriteEndObject();
            json.Flush();
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            json.Reset(buffer);
            if (buffer.WrittenCount >= FlushBytes)
            {
                Drain();
            }
        }
    }

    public string? Commit(int commit, bool last)
    {
        Drain();
        stream.Flush(flushToDisk: true);
        return stream.Length.ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        json.Dispose();
        stream.Dispose();
    }

    private void Drain()
    {
        stream.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }
}
