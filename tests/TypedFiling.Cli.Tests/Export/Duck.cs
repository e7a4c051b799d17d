using System.Collections.Generic;
using DuckDB.NET.Data;

namespace TypedFiling.Cli.Tests.Export;

/// <summary>DuckDB in the test process, over an in-memory database: the engine the docs' queries are written for.</summary>
public sealed class Duck : IDisposable
{
    private readonly DuckDBConnection connection = new("Data Source=:memory:");

    public Duck()
    {
        connection.Open();
    }

    /// <summary>The rows of <paramref name="sql"/>, each its columns' values (DBNull as null).</summary>
    public List<object?[]> Rows(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The one value <paramref name="sql"/> gives.</summary>
    public object? Scalar(string sql) => Assert.Single(Assert.Single(Rows(sql)));

    /// <summary>Runs a statement (a view, a setting).</summary>
    public void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The tables an export writes.</summary>
    public static IReadOnlyList<string> Tables { get; } = new[] { "filings", "risk_factors", "figures", "facts", "text_facts", "errors" };

    /// <summary>Views <c>PREFIXtable</c> over an export's Parquet part files (<c>OUT/TABLE/*.parquet</c>).</summary>
    public void ParquetViews(string output, string prefix = "")
    {
        foreach (var table in Tables)
        {
            Execute("CREATE OR REPLACE VIEW " + prefix + table + " AS SELECT * FROM read_parquet('" + Path.Combine(output, table, "*.parquet") + "')");
        }
    }

    /// <summary>
    /// Views <c>PREFIXtable</c> over an export's JSON Lines (<c>OUT/TABLE*.jsonl</c>), read with the column types of
    /// the views <c>TYPESPREFIXtable</c> (JSON carries none), so that they compare with Parquet row for row.
    /// </summary>
    public void JsonViews(string output, string prefix, string typesPrefix)
    {
        foreach (var table in Tables)
        {
            var columns = Rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + typesPrefix + table + ")");
            var types = "{" + string.Join(", ", columns.Select(column => "'" + column[0] + "': '" + column[1] + "'")) + "}";
            Execute("CREATE OR REPLACE VIEW " + prefix + table + " AS SELECT * FROM read_json('" + Path.Combine(output, table + "*.jsonl") +
                "', format = 'newline_delimited', columns = " + types + ")");
        }
    }

    /// <summary>The rows of <paramref name="left"/> not in <paramref name="right"/> and the other way, counted with duplicates.</summary>
    public long Difference(string left, string right) =>
        Convert.ToInt64(Scalar("SELECT count(*) FROM ((SELECT * FROM " + left + " EXCEPT ALL SELECT * FROM " + right + ") UNION ALL (SELECT * FROM " + right + " EXCEPT ALL SELECT * FROM " + left + "))"), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => connection.Dispose();
}
