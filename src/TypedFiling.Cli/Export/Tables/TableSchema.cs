using System.Collections.Generic;

namespace TypedFiling.Cli.Export.Tables;

/// <summary>An exported table's name and columns, in the order every writer writes them.</summary>
internal sealed class TableSchema
{
    public TableSchema(string name, params ColumnSpec[] columns)
    {
        Name = name;
        Columns = columns;
    }

    /// <summary>The table's name: its file or folder in the output (<c>facts</c> → <c>OUT/facts/…</c>).</summary>
    public string Name { get; }

    public IReadOnlyList<ColumnSpec> Columns { get; }
}
