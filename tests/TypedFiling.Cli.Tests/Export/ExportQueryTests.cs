using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Export;

/// <summary>
/// The queries of docs/corpus.md, run by DuckDB on the Parquet of the repository's real filings, and the checks
/// that the facts follow the SEC's <c>num</c> table: its column types, month-end <c>ddate</c>, quarters, units.
/// </summary>
public sealed class ExportQueryTests : IClassFixture<CorpusExport>, IDisposable
{
    private readonly CorpusExport corpus;
    private readonly Duck duck = new();

    public ExportQueryTests(CorpusExport corpus)
    {
        this.corpus = corpus;
        duck.ParquetViews(corpus.Parquet);
    }

    public void Dispose() => duck.Dispose();

    [Fact]
    public void The_run_completes_with_exit_code_0_one_filings_row_per_input_and_nothing_on_standard_error()
    {
        Assert.Equal(0, corpus.ParquetRun.ExitCode);
        Assert.Equal(string.Empty, corpus.ParquetRun.Error);
        Assert.StartsWith("exported " + CorpusExport.Files + " files", corpus.ParquetRun.Out, StringComparison.Ordinal);
        Assert.Equal((long)CorpusExport.Files, duck.Scalar("SELECT count(*) FROM filings"));
        Assert.Equal(0L, duck.Scalar("SELECT count(*) FROM errors"));
    }

    [Fact]
    public void Risk_factors_per_year_count_each_filings_risk_factors_under_the_year_its_period_ends()
    {
        var rows = duck.Rows("""
            SELECT year(coalesce(f.document_period_end, f.fiscal_year_end)) AS year, count(*) AS risk_factors, count(DISTINCT f.filing) AS filings
            FROM risk_factors r JOIN filings f USING (filing)
            GROUP BY year ORDER BY year
            """);

        var nvidia = FilingLoader.Load(Path.Combine(ExportFolder.Whole, "nvidia-10k-2024-full.htm"), LoadOptions.Default).Model;
        var year2024 = Assert.Single(rows, row => Equals(row[0], 2024L));
        Assert.True((long)year2024[1]! >= nvidia.RiskFactors.Count);
        Assert.Equal(Convert.ToInt64(duck.Scalar("SELECT sum(risk_factors)::BIGINT FROM filings"), System.Globalization.CultureInfo.InvariantCulture), rows.Sum(row => (long)row[1]!));
        Assert.Equal((long)nvidia.RiskFactors.Count, duck.Scalar("SELECT count(*) FROM risk_factors WHERE filing = 'nvidia-10k-2024-full.htm'"));
        Assert.Equal(
            nvidia.RiskFactors.Select(riskFactor => riskFactor.Title),
            duck.Rows("SELECT title FROM risk_factors WHERE filing = 'nvidia-10k-2024-full.htm' ORDER BY number").Select(row => (string)row[0]!));
    }

    [Fact]
    public void A_figure_across_companies_comes_with_its_value_currency_and_the_sentence_it_stands_in()
    {
        var rows = duck.Rows("""
            SELECT f.filing, g.name, g.text, g.value, g.currency, g.scale, substr(r.text, g.sentence_offset + 1, g.sentence_length) AS sentence
            FROM figures g JOIN filings f USING (filing) JOIN risk_factors r ON r.filing = g.filing AND r.number = g.risk_factor
            WHERE g.kind = 'Money' AND g.label ILIKE '%acquisition price%'
            ORDER BY g.value DESC
            """);

        var iij = Assert.Single(rows, row => Equals(row[0], "iij-20f-2010.md"));
        Assert.Equal("AcquisitionPriceOfIijGlobal", iij[1]);
        Assert.Equal("¥9.2 billion", iij[2]);
        Assert.Equal(9_200_000_000m, iij[3]);
        Assert.Equal("JPY", iij[4]);
        Assert.Equal("billion", iij[5]);
        Assert.StartsWith("The acquisition price of IIJ-Global was ¥9.2 billion", (string)iij[6]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_joined_to_its_filing_is_NVIDIAs_revenue_of_fiscal_2024_as_the_SEC_num_table_writes_it()
    {
        var row = Assert.Single(duck.Rows("""
            SELECT f.company, f.cik, f.form, n.tag, n.version, n.ddate, n.qtrs, n.uom, n.value, n.decimals, n.period_start, n.period_end
            FROM facts n JOIN filings f USING (filing)
            WHERE f.cik = 1045810 AND f.form = '10-K' AND n.tag = 'Revenues' AND n.segments IS NULL AND n.coreg IS NULL AND n.ddate = 20240131 AND n.qtrs = 4
            """));

        Assert.Equal(new object?[] { "NVIDIA CORP", 1045810L, "10-K", "Revenues", "us-gaap/2023", 20240131, 4, "USD", 60_922_000_000m, -6, new DateOnly(2023, 1, 30), new DateOnly(2024, 1, 28) }, row);
    }

    [Fact]
    public void Facts_have_the_num_tables_column_types()
    {
        var types = duck.Rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM facts)").ToDictionary(row => (string)row[0]!, row => (string)row[1]!);

        Assert.Equal("VARCHAR", types["adsh"]);
        Assert.Equal("VARCHAR", types["tag"]);
        Assert.Equal("VARCHAR", types["version"]);
        Assert.Equal("INTEGER", types["ddate"]);
        Assert.Equal("INTEGER", types["qtrs"]);
        Assert.Equal("VARCHAR", types["uom"]);
        Assert.Equal("VARCHAR", types["segments"]);
        Assert.Equal("VARCHAR", types["coreg"]);
        Assert.Equal("DECIMAL(28,4)", types["value"]);
        Assert.Equal("INTEGER", types["decimals"]);
    }

    [Fact]
    public void Every_ddate_is_the_month_end_nearest_the_period_end_and_qtrs_the_periods_quarters_rounded()
    {
        Assert.Equal(0L, duck.Scalar("""
            SELECT count(*) FROM facts
            WHERE strptime(ddate::VARCHAR, '%Y%m%d')::DATE <> last_day(strptime(ddate::VARCHAR, '%Y%m%d')::DATE)
               OR abs(strptime(ddate::VARCHAR, '%Y%m%d')::DATE - period_end) > 15
               OR (period_start IS NULL AND qtrs <> 0)
               OR (period_start IS NOT NULL AND qtrs <> round((period_end - period_start + 1) / 91.3125))
            """));
        Assert.Equal(20240930, duck.Scalar("SELECT DISTINCT ddate FROM facts WHERE filing = 'apple-10k-2024-full.htm' AND period_end = DATE '2024-09-28'"));
        Assert.Equal(20240131, duck.Scalar("SELECT DISTINCT ddate FROM facts WHERE filing = 'nvidia-10k-2024-full.htm' AND period_end = DATE '2024-01-28'"));
    }

    [Fact]
    public void Units_dimensions_and_versions_are_written_as_the_SEC_writes_them()
    {
        Assert.Equal(0L, duck.Scalar("SELECT count(*) FROM facts WHERE uom LIKE '%:%' OR tag LIKE '%:%'"));
        Assert.Equal("USD/shares", duck.Scalar("SELECT DISTINCT uom FROM facts WHERE filing = 'nvidia-10k-2024-full.htm' AND tag = 'EarningsPerShareDiluted'"));
        Assert.Equal(0L, duck.Scalar("SELECT count(*) FROM facts WHERE segments IS NOT NULL AND NOT regexp_full_match(segments, '([A-Za-z0-9_-]+=[^;]+;)+')"));
        Assert.Equal(0L, duck.Scalar("SELECT count(*) FROM facts WHERE segments LIKE '%Axis=%' OR segments LIKE '%:%'"));
        Assert.Equal(
            47_525_000_000m,
            duck.Scalar("SELECT value FROM facts WHERE filing = 'nvidia-10k-2024-full.htm' AND tag = 'Revenues' AND ddate = 20240131 AND qtrs = 4 AND segments = 'ProductOrService=DataCenter;'"));
        Assert.Equal("dei/2023", duck.Scalar("SELECT version FROM text_facts WHERE filing = 'nvidia-10k-2024-full.htm' AND tag = 'EntityRegistrantName'"));
        Assert.Equal("nvda", duck.Scalar("SELECT DISTINCT version FROM facts WHERE filing = 'nvidia-10k-2024-full.htm' AND concept LIKE 'nvda:%'"));
    }

    [Fact]
    public void A_fact_the_filing_repeats_is_one_row()
    {
        Assert.Equal(0L, duck.Scalar("""
            SELECT count(*) FROM (
                SELECT filing, tag, version, ddate, qtrs, uom, segments, coreg FROM facts GROUP BY ALL HAVING count(*) > 1)
            """));
        var nvidia = FilingLoader.Load(Path.Combine(ExportFolder.Whole, "nvidia-10k-2024-full.htm"), LoadOptions.Default).Model;
        var revenues = nvidia.Facts.Count(fact => fact.Concept == "us-gaap:Revenues" && fact.Dimensions.Count == 0 && fact.End?.Year == 2024);
        Assert.True(revenues > 1, "the 10-K shows its revenue of fiscal 2024 more than once");
    }

    [Fact]
    public void Every_Parquet_file_carries_the_schema_version_and_its_table_in_its_metadata()
    {
        foreach (var table in Duck.Tables)
        {
            var metadata = duck.Rows("SELECT decode(key), decode(value) FROM parquet_kv_metadata('" + Path.Combine(corpus.Parquet, table, "*.parquet") + "')")
                .ToDictionary(row => (string)row[0]!, row => (string)row[1]!);
            Assert.Equal("1", metadata["typedfiling.schema_version"]);
            Assert.Equal(table, metadata["typedfiling.table"]);
        }

        Assert.Equal(1, duck.Scalar("SELECT DISTINCT schema_version FROM filings"));
    }

    [Fact]
    public void JSON_Lines_hold_the_same_rows_as_Parquet()
    {
        Assert.Equal(0, corpus.JsonLinesRun.ExitCode);
        duck.ParquetViews(corpus.Parquet, "parquet_");
        duck.JsonViews(corpus.JsonLines, "json_", "parquet_");

        foreach (var table in Duck.Tables)
        {
            Assert.Equal(0L, duck.Difference("parquet_" + table, "json_" + table));
        }

        Assert.Equal((long)CorpusExport.Files, duck.Scalar("SELECT count(*) FROM json_filings"));
        Assert.True(File.Exists(Path.Combine(corpus.JsonLines, "facts.jsonl")));
    }

    [Fact]
    public void Gzip_compressed_filings_are_read_as_their_documents()
    {
        var row = Assert.Single(duck.Rows("SELECT bytes, sha256, form, company FROM filings WHERE filing = 'nike-10k-2025.htm.gz'"));
        var document = GzipBytes(Path.Combine(ExportFolder.Edgar, "nike-10k-2025.htm.gz"));

        Assert.Equal((long)document.Length, row[0]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document)), row[1]);
        Assert.Equal("10-K", row[2]);
        Assert.Equal("NIKE, Inc.", row[3]);
    }

    private static byte[] GzipBytes(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
