using System;
using System.Globalization;
using System.Text.Json;

namespace TypedFiling.Cli.Export.Tables;

/// <summary>The values of one column of a batch of rows, in a growing array the writers read without copying.</summary>
internal abstract class ColumnData
{
    protected ColumnData(ColumnSpec spec)
    {
        Spec = spec;
    }

    public ColumnSpec Spec { get; }

    /// <summary>The storage a column of <paramref name="spec"/> needs: nullable value types only where the column may be null.</summary>
    public static ColumnData For(ColumnSpec spec) => (spec.Type, spec.Nullable) switch
    {
        (ColumnType.Int32, false) => new ColumnData<int>(spec),
        (ColumnType.Int32, true) => new ColumnData<int?>(spec),
        (ColumnType.Int64, false) => new ColumnData<long>(spec),
        (ColumnType.Int64, true) => new ColumnData<long?>(spec),
        (ColumnType.Decimal, _) => new ColumnData<decimal?>(spec),
        (ColumnType.Date, _) => new ColumnData<DateOnly?>(spec),
        (ColumnType.Boolean, _) => new ColumnData<bool>(spec),
        _ => new ColumnData<string?>(spec),
    };

    /// <summary>Appends every value of <paramref name="other"/>, a column of the same table.</summary>
    public abstract void AppendFrom(ColumnData other);

    public abstract void Clear();

    /// <summary>Writes the value of row <paramref name="row"/> as a JSON value.</summary>
    public abstract void WriteJson(Utf8JsonWriter writer, int row);
}

/// <summary>A column's values of type <typeparamref name="T"/>.</summary>
internal sealed class ColumnData<T> : ColumnData
{
    private T[] values = new T[16];

    public ColumnData(ColumnSpec spec)
        : base(spec)
    {
    }

    public int Count { get; private set; }

    /// <summary>The values written so far.</summary>
    public ReadOnlyMemory<T> Values => values.AsMemory(0, Count);

    /// <summary>The values written so far, as a collection.</summary>
    public ArraySegment<T> Segment => new(values, 0, Count);

    public void Add(T value)
    {
        if (Count == values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
        }

        values[Count++] = value;
    }

    public override void AppendFrom(ColumnData other)
    {
        var source = (ColumnData<T>)other;
        if (Count + source.Count > values.Length)
        {
            Array.Resize(ref values, Math.Max(values.Length * 2, Count + source.Count));
        }

        Array.Copy(source.values, 0, values, Count, source.Count);
        Count += source.Count;
    }

    public override void Clear()
    {
        // Keep the array for the next batch, but let go of the strings it holds.
        if (!typeof(T).IsValueType)
        {
            Array.Clear(values, 0, Count);
        }

        Count = 0;
    }

    public override void WriteJson(Utf8JsonWriter writer, int row)
    {
        switch (values[row])
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException("No JSON form for " + typeof(T).Name);
        }
    }
}
