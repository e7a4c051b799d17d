using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Cli.Export.Tables;

namespace TypedFiling.Cli.Export.Writers;

/// <summary>The key-value metadata every Parquet file of an export carries: which table, which schema version, which tool.</summary>
internal static class ExportMetadata
{
    public const string SchemaVersionKey = "typedfiling.schema_version";
    public const string TableKey = "typedfiling.table";
    public const string ToolVersionKey = "typedfiling.version";

    public static Dictionary<string, string> For(TableSchema table) => new()
    {
        [SchemaVersionKey] = ExportTables.SchemaVersion.ToString(CultureInfo.InvariantCulture),
        [TableKey] = table.Name,
        [ToolVersionKey] = FilingsTable.ToolVersion,
    };
}
