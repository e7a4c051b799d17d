namespace TypedFiling.Cli.Export.Tables;

/// <summary><c>risk_factors</c>: one row per risk factor, in filing order.</summary>
internal static class RiskFactorsTable
{
    public static TableSchema Schema { get; } = new(
        "risk_factors",
        ColumnSpec.Text("filing"),
        ColumnSpec.Int("number"),
        ColumnSpec.Text("id"),
        ColumnSpec.Text("name"),
        ColumnSpec.Text("title"),
        ColumnSpec.Text("category", nullable: true),
        ColumnSpec.Text("text"),
        ColumnSpec.Int("line"),
        ColumnSpec.Int("column"),
        ColumnSpec.Int("offset"),
        ColumnSpec.Int("length"));

    public static void Fill(TableBatch batch, ExportedFiling filing)
    {
        foreach (var riskFactor in filing.Parsed.Model.RiskFactors)
        {
            var location = riskFactor.Location;
            batch.Text(filing.Key).Int(riskFactor.Number).Text(riskFactor.Id).Text(riskFactor.Name).Text(riskFactor.Title)
                .Text(riskFactor.Category).Text(riskFactor.Text)
                .Int(location.StartLine).Int(location.StartColumn).Int(location.Offset).Int(location.Length)
                .EndRow();
        }
    }
}
