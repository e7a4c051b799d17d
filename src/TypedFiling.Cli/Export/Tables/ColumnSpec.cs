namespace TypedFiling.Cli.Export.Tables;

/// <summary>The value types a column of an exported table holds, as Parquet and JSON Lines write them.</summary>
internal enum ColumnType
{
    /// <summary>A 32-bit integer (Parquet INT32).</summary>
    Int32,

    /// <summary>A 64-bit integer (Parquet INT64).</summary>
    Int64,

    /// <summary>An exact decimal of the column's precision and scale (Parquet DECIMAL).</summary>
    Decimal,

    /// <summary>UTF-8 text (Parquet BYTE_ARRAY, STRING).</summary>
    String,

    /// <summary>A calendar date (Parquet INT32, DATE; JSON "yyyy-MM-dd").</summary>
    Date,

    /// <summary>True or false (Parquet BOOLEAN).</summary>
    Boolean,
}

/// <summary>One column of an exported table: its name, type, whether it may be null, and what it means (for docs/corpus.md).</summary>
/// <param name="Precision">Decimal columns: the number of digits.</param>
/// <param name="Scale">Decimal columns: the digits after the point; values are rounded to it.</param>
internal sealed record ColumnSpec(string Name, ColumnType Type, bool Nullable, int Precision = 0, int Scale = 0)
{
    public static ColumnSpec Int(string name, bool nullable = false) => new(name, ColumnType.Int32, nullable);

    public static ColumnSpec Long(string name, bool nullable = false) => new(name, ColumnType.Int64, nullable);

    public static ColumnSpec Text(string name, bool nullable = false) => new(name, ColumnType.String, nullable);

    public static ColumnSpec Date(string name) => new(name, ColumnType.Date, Nullable: true);

    public static ColumnSpec Bool(string name) => new(name, ColumnType.Boolean, Nullable: false);

    public static ColumnSpec Number(string name, int precision, int scale) => new(name, ColumnType.Decimal, Nullable: true, precision, scale);
}
