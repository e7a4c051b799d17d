using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParquetSharp;
using TypedFiling.Cli.Export.Tables;

namespace TypedFiling.Cli.Export.Writers;

/// <summary>Measurement only: the same part files through ParquetSharp (Apache Arrow's C++ Parquet), to compare with Parquet.Net.</summary>
internal sealed class ParquetSharpTableWriter : ITableWriter
{
    private readonly PartFiles parts;
    private readonly Column[] columns;
    private readonly Compression compression;
    private readonly Dictionary<string, string> metadata;
    private ParquetFileWriter? writer;
    private int openCommit = -1;
    private bool hasPart;

    public ParquetSharpTableWriter(TableSchema table, PartFiles parts, ParquetCompression compression, bool hasPart)
    {
        this.parts = parts;
        this.hasPart = hasPart;
        columns = table.Columns.Select(ToColumn).ToArray();
        this.compression = compression == ParquetCompression.Zstd ? Compression.Zstd : Compression.Snappy;
        metadata = ExportMetadata.For(table);
    }

    public void Write(TableBatch rowGroup, int commit)
    {
        var open = Open(commit);
        using var group = open.AppendRowGroup();
        foreach (var column in rowGroup.Columns)
        {
            using var next = group.NextColumn();
            WriteColumn(next, column);
        }
    }

    public string? Commit(int commit, bool last)
    {
        if (writer is null && (!last || hasPart))
        {
            return null;
        }

        Open(commit);
        writer!.Close();
        writer.Dispose();
        writer = null;
        hasPart = true;
        return parts.Publish(openCommit);
    }

    public void Dispose()
    {
        if (writer is not null)
        {
            writer.Dispose();
            File.Delete(parts.TemporaryPath(openCommit));
        }
    }

    private ParquetFileWriter Open(int commit)
    {
        if (writer is null)
        {
            openCommit = commit;
            Directory.CreateDirectory(parts.Folder);
            writer = new ParquetFileWriter(parts.TemporaryPath(openCommit), columns, compression, metadata);
        }

        return writer;
    }

    private static Column ToColumn(ColumnSpec column) => (column.Type, column.Nullable) switch
    {
        (ColumnType.Int32, false) => new Column<int>(column.Name),
        (ColumnType.Int32, true) => new Column<int?>(column.Name),
        (ColumnType.Int64, false) => new Column<long>(column.Name),
        (ColumnType.Int64, true) => new Column<long?>(column.Name),
        (ColumnType.Decimal, _) => new Column<decimal?>(column.Name, LogicalType.Decimal(column.Precision, column.Scale)),
        (ColumnType.Date, _) => new Column<Date?>(column.Name),
        (ColumnType.Boolean, _) => new Column<bool>(column.Name),
        _ => new Column<string>(column.Name),
    };

    private static void WriteColumn(ColumnWriter writer, ColumnData column)
    {
        switch (column)
        {
            case ColumnData<int> values:
                writer.LogicalWriter<int>().WriteBatch(values.Values.Span);
                break;
            case ColumnData<int?> values:
                writer.LogicalWriter<int?>().WriteBatch(values.Values.Span);
                break;
            case ColumnData<long> values:
                writer.LogicalWriter<long>().WriteBatch(values.Values.Span);
                break;
            case ColumnData<long?> values:
                writer.LogicalWriter<long?>().WriteBatch(values.Values.Span);
                break;
            case ColumnData<decimal?> values:
                writer.LogicalWriter<decimal?>().WriteBatch(values.Values.Span);
                break;
            case ColumnData<bool> values:
                writer.LogicalWriter<bool>().WriteBatch(values.Values.Span);
                break;
            case ColumnData<DateOnly?> values:
                writer.LogicalWriter<Date?>().WriteBatch(values.Values.ToArray().Select(date => date is DateOnly day ? new Date(day.Year, day.Month, day.Day) : (Date?)null).ToArray());
                break;
            case ColumnData<string?> values:
                writer.LogicalWriter<string?>().WriteBatch(values.Values.Span);
                break;
            default:
                throw new InvalidOperationException("No Parquet form for column " + column.Spec.Name);
        }
    }
}
