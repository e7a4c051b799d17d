using System.Collections.Generic;

namespace TypedFiling.Cli.Export.Tables;

/// <summary>The tables an export writes, in this order everywhere (a filing's batches are indexed by it).</summary>
internal static class ExportTables
{
    /// <summary>
    /// The tables' schema version, in every Parquet file's key-value metadata and the <c>filings</c> table: it goes up
    /// when a column is removed or renamed or changes meaning (adding a column does not change it).
    /// </summary>
    public const int SchemaVersion = 1;

    public const int Filings = 0;
    public const int RiskFactors = 1;
    public const int Figures = 2;
    public const int Facts = 3;
    public const int TextFacts = 4;
    public const int Errors = 5;

    public static IReadOnlyList<TableSchema> All { get; } = new[]
    {
        FilingsTable.Schema,
        RiskFactorsTable.Schema,
        FiguresTable.Schema,
        FactsTable.Schema,
        FactsTable.TextSchema,
        ErrorsTable.Schema,
    };

    /// <summary>A new empty batch for each table.</summary>
    public static TableBatch[] NewBatches()
    {
        var batches = new TableBatch[All.Count];
        for (var i = 0; i < batches.Length; i++)
        {
            batches[i] = new TableBatch(All[i]);
        }

        return batches;
    }
}
