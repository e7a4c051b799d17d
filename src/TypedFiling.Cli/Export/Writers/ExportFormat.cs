namespace TypedFiling.Cli.Export.Writers;

/// <summary><c>--format</c>: how the tables are written.</summary>
internal enum ExportFormat
{
    /// <summary><c>OUT/TABLE/part-NNNNN.parquet</c>.</summary>
    Parquet,

    /// <summary><c>OUT/TABLE.jsonl</c>, one row per line.</summary>
    JsonLines,
}

/// <summary><c>--compression</c>: the Parquet codec.</summary>
internal enum ParquetCompression
{
    Zstd,
    Snappy,
}
