using System;
using System.Collections.Generic;

namespace TypedFiling.Cli.Export.Tables;

/// <summary>
/// Rows of one table, held by column. Rows are written a value at a time in the schema's order
/// (<c>batch.Text(path).Int(number)…EndRow()</c>), so each table's code reads as its column list.
/// </summary>
internal sealed class TableBatch
{
    private readonly ColumnData[] columns;
    private int next;

    public TableBatch(TableSchema schema)
    {
        Schema = schema;
        columns = new ColumnData[schema.Columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = ColumnData.For(schema.Columns[i]);
        }
    }

    public TableSchema Schema { get; }

    public IReadOnlyList<ColumnData> Columns => columns;

    /// <summary>The number of complete rows.</summary>
    public int Count { get; private set; }

    /// <summary>About how many characters the batch's text holds: what makes a row group large.</summary>
    public long TextLength { get; private set; }

    public TableBatch Text(string? value)
    {
        if (value is null && !columns[next].Spec.Nullable)
        {
            throw new InvalidOperationException(Schema.Name + "." + columns[next].Spec.Name + " cannot be null");
        }

        TextLength += value?.Length ?? 0;
        return Add<string?>(value);
    }

    public TableBatch Int(int value) => columns[next].Spec.Nullable ? Add<int?>(value) : Add(value);

    public TableBatch Int(int? value) => Add(value);

    public TableBatch Long(long value) => columns[next].Spec.Nullable ? Add<long?>(value) : Add(value);

    public TableBatch Long(long? value) => Add(value);

    public TableBatch Bool(bool value) => Add(value);

    public TableBatch Date(DateOnly? value) => Add(value);

    /// <summary>
    /// A decimal rounded to the column's scale; null when it is null or has more digits before the point than the
    /// column holds (<paramref name="fits"/> says which).
    /// </summary>
    public TableBatch Decimal(decimal? value, out bool fits)
    {
        var spec = columns[next].Spec;
        fits = true;
        if (value is decimal number)
        {
            var rounded = Math.Round(number, spec.Scale, MidpointRounding.AwayFromZero);
            fits = Math.Abs(rounded) < Pow10(spec.Precision - spec.Scale);
            value = fits ? rounded : null;
        }

        return Add(value);
    }

    /// <summary>Ends the row; every column must have had its value.</summary>
    public void EndRow()
    {
        if (next != columns.Length)
        {
            throw new InvalidOperationException(Schema.Name + ": a row ended after " + next + " of " + columns.Length + " columns");
        }

        next = 0;
        Count++;
    }

    /// <summary>Appends every row of <paramref name="other"/>, a batch of the same table.</summary>
    public void AppendFrom(TableBatch other)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i].AppendFrom(other.columns[i]);
        }

        Count += other.Count;
        TextLength += other.TextLength;
    }

    public void Clear()
    {
        foreach (var column in columns)
        {
            column.Clear();
        }

        Count = 0;
        TextLength = 0;
    }

    private TableBatch Add<T>(T value)
    {
        if (columns[next] is not ColumnData<T> column)
        {
            throw new InvalidOperationException(Schema.Name + "." + columns[next].Spec.Name + " does not hold " + typeof(T).Name);
        }

        column.Add(value);
        next++;
        return this;
    }

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10;
        }

        return result;
    }
}
