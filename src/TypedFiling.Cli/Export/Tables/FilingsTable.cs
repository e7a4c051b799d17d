using System.Reflection;

namespace TypedFiling.Cli.Export.Tables;

/// <summary><c>filings</c>: one row per input read, with what the other tables hold of it.</summary>
internal static class FilingsTable
{
    public static TableSchema Schema { get; } = new(
        "filings",
        ColumnSpec.Text("filing"),
        ColumnSpec.Long("bytes"),
        ColumnSpec.Text("sha256"),
        ColumnSpec.Text("format"),
        ColumnSpec.Text("form", nullable: true),
        ColumnSpec.Text("company", nullable: true),
        ColumnSpec.Long("cik", nullable: true),
        ColumnSpec.Text("accession", nullable: true),
        ColumnSpec.Date("fiscal_year_end"),
        ColumnSpec.Date("document_period_end"),
        ColumnSpec.Int("risk_factors"),
        ColumnSpec.Int("figures"),
        ColumnSpec.Int("facts"),
        ColumnSpec.Int("text_facts"),
        ColumnSpec.Text("outline_headings"),
        ColumnSpec.Text("outline_verdict"),
        ColumnSpec.Text("outline_finding", nullable: true),
        ColumnSpec.Text("typedfiling_version"),
        ColumnSpec.Int("schema_version"));

    /// <summary>The tool's version, without the source revision a build may add ("0.1.0").</summary>
    public static string ToolVersion { get; } = Version();

    public static void Fill(TableBatch batch, ExportedFiling filing, (int Numeric, int Text) facts)
    {
        var model = filing.Parsed.Model;
        var figures = 0;
        foreach (var riskFactor in model.RiskFactors)
        {
            figures += riskFactor.Figures.Count;
        }

        batch.Text(filing.Key).Long(filing.Bytes).Text(filing.Sha256).Text(filing.Parsed.Format.ToString().ToLowerInvariant())
            .Text(model.Form).Text(model.Company).Long(filing.Cik).Text(filing.Accession)
            .Date(SecNumbers.Day(model.FiscalYearEnd)).Date(filing.DocumentPeriodEnd)
            .Int(model.RiskFactors.Count).Int(figures).Int(facts.Numeric).Int(facts.Text)
            .Text((model.Outline?.Headings ?? Parsing.Model.HeadingMode.None).ToString())
            .Text((model.Outline?.Verdict ?? Parsing.Model.OutlineVerdict.NoRiskFactors).ToString())
            .Text(model.Outline?.Finding)
            .Text(ToolVersion).Int(ExportTables.SchemaVersion)
            .EndRow();
    }

    private static string Version()
    {
        var version = typeof(FilingsTable).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', System.StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
