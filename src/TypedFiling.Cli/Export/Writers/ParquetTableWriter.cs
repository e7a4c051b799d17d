using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Parquet;
using Parquet.Schema;
using TypedFiling.Cli.Export.Tables;

namespace TypedFiling.Cli.Export.Writers;

/// <summary>
/// A table as Parquet part files (Parquet.Net): one file per commit, one row group per batch, typed columns, the
/// schema version in the file's key-value metadata.
/// </summary>
internal sealed class ParquetTableWriter : ITableWriter
{
    private readonly TableSchema table;
    private readonly PartFiles parts;
    private readonly ParquetSchema schema;
    private readonly ParquetOptions options;
    private readonly Dictionary<string, string> metadata;
    private FileStream? stream;
    private ParquetWriter? writer;
    private int openCommit = -1;
    private bool hasPart;

    public ParquetTableWriter(TableSchema table, PartFiles parts, ParquetCompression compression, bool hasPart)
    {
        this.table = table;
        this.parts = parts;
        this.hasPart = hasPart;
        schema = new ParquetSchema(table.Columns.Select(Field).ToArray());
        options = new ParquetOptions
        {
            CompressionMethod = compression == ParquetCompression.Zstd ? CompressionMethod.Zstd : CompressionMethod.Snappy,
            CompressionLevel = System.IO.Compression.CompressionLevel.Fastest,
        };
        metadata = ExportMetadata.For(table);
    }

    public void Write(TableBatch rowGroup, int commit)
    {
        var open = Open(commit);
        using var group = open.CreateRowGroup();
        var fields = schema.GetDataFields();
        for (var i = 0; i < fields.Length; i++)
        {
            WriteColumn(group, fields[i], rowGroup.Columns[i]);
        }

        group.CompleteValidate();
    }

    public string? Commit(int commit, bool last)
    {
        if (writer is null && (!last || hasPart))
        {
            return null;
        }

        // A table with no row in the whole output still gets a file, so that engines find its columns.
        Open(commit);
        writer!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        writer = null;
        stream!.Flush(flushToDisk: true);
        stream.Dispose();
        stream = null;
        hasPart = true;
        return parts.Publish(openCommit);
    }

    public void Dispose()
    {
        // Rows never committed are not part of the output: the temporary file goes.
        if (stream is not null)
        {
            writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            stream.Dispose();
            File.Delete(parts.TemporaryPath(openCommit));
        }
    }

    private ParquetWriter Open(int commit)
    {
        if (writer is null)
        {
            openCommit = commit;
            Directory.CreateDirectory(parts.Folder);
            stream = new FileStream(parts.TemporaryPath(openCommit), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            writer = ParquetWriter.CreateAsync(schema, stream, options).GetAwaiter().GetResult();
            writer.CustomMetadata = metadata;
        }

        return writer;
    }

    private static DataField Field(ColumnSpec column) => (column.Type, column.Nullable) switch
    {
        (ColumnType.Int32, false) => new DataField<int>(column.Name),
        (ColumnType.Int32, true) => new DataField<int?>(column.Name),
        (ColumnType.Int64, false) => new DataField<long>(column.Name),
        (ColumnType.Int64, true) => new DataField<long?>(column.Name),
        (ColumnType.Decimal, _) => new DecimalDataField(column.Name, column.Precision, column.Scale, isNullable: true),
        (ColumnType.Date, _) => new DataField<DateOnly?>(column.Name),
        (ColumnType.Boolean, _) => new DataField<bool>(column.Name),
        _ => new DataField<string>(column.Name, column.Nullable),
    };

    private static void WriteColumn(ParquetRowGroupWriter group, DataField field, ColumnData column)
    {
        var done = column switch
        {
            ColumnData<int> values => group.WriteAsync(field, values.Values),
            ColumnData<int?> values => group.WriteAsync(field, values.Values),
            ColumnData<long> values => group.WriteAsync(field, values.Values),
            ColumnData<long?> values => group.WriteAsync(field, values.Values),
            ColumnData<decimal?> values => group.WriteAsync(field, values.Values),
            ColumnData<DateOnly?> values => group.WriteAsync(field, values.Values),
            ColumnData<bool> values => group.WriteAsync(field, values.Values),
            ColumnData<string?> values => group.WriteAsync(field, values.Segment),
            _ => throw new InvalidOperationException("No Parquet form for column " + column.Spec.Name),
        };
        done.GetAwaiter().GetResult();
    }
}
