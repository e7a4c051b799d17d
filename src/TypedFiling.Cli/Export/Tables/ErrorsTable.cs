namespace TypedFiling.Cli.Export.Tables;

/// <summary>
/// <c>errors</c>: one row per problem. A file that cannot be read or parsed is one row (stage <c>read</c> or
/// <c>parse</c>) and has no row in the other tables; a value that does not fit its column is one row (stage
/// <c>figures</c> or <c>facts</c>) and is written as null.
/// </summary>
internal static class ErrorsTable
{
    public static TableSchema Schema { get; } = new(
        "errors",
        ColumnSpec.Text("filing"),
        ColumnSpec.Text("stage"),
        ColumnSpec.Text("message"));

    public static void Add(TableBatch batch, string filing, string stage, string message) =>
        batch.Text(filing).Text(stage).Text(message).EndRow();
}
