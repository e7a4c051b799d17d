using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// Reads the submissions API (<c>submissions/CIK##########.json</c>): the company's <c>cik</c>, <c>name</c>,
/// <c>tickers</c>, its <c>filings.recent</c> (one array per column: <c>accessionNumber</c>, <c>filingDate</c>,
/// <c>reportDate</c>, <c>form</c>, <c>primaryDocument</c>, ... one entry per filing) and <c>filings.files</c>,
/// whose pages hold the same columns at their top level.
/// </summary>
internal static class SubmissionsReader
{
    public static CompanySubmissions Read(JsonElement root, Uri source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("filings", out var filings) || filings.ValueKind != JsonValueKind.Object ||
            !filings.TryGetProperty("recent", out var recent))
        {
            throw Malformed(source, "no filings.recent");
        }

        var cik = root.TryGetProperty("cik", out var number) && long.TryParse(Text(number), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw Malformed(source, "no cik");
        var name = root.TryGetProperty("name", out var title) ? Text(title) : string.Empty;
        var tickers = new List<string>();
        if (root.TryGetProperty("tickers", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var ticker in list.EnumerateArray())
            {
                if (ticker.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(ticker.GetString()))
                {
                    tickers.Add(ticker.GetString()!);
                }
            }
        }

        return new CompanySubmissions(cik, name, tickers, ReadRows(recent, source), ReadPages(filings, source));
    }

    /// <summary>The filings of columnar arrays: <c>filings.recent</c>, or a page of <c>filings.files</c>.</summary>
    public static IReadOnlyList<FilingRow> ReadRows(JsonElement columns, Uri source)
    {
        var accessions = Column(columns, "accessionNumber", source);
        var filingDates = Column(columns, "filingDate", source);
        var reportDates = Column(columns, "reportDate", source);
        var forms = Column(columns, "form", source);
        var documents = Column(columns, "primaryDocument", source);
        var rows = new List<FilingRow>(accessions.Length);
        for (var i = 0; i < accessions.Length; i++)
        {
            var filed = Date(filingDates, i) ?? throw Malformed(source, "filingDate " + (i + 1) + " is not a date");
            rows.Add(new FilingRow(accessions[i], filed, Date(reportDates, i), forms[i], documents[i]));
        }

        return rows;
    }

    private static List<SubmissionsPage> ReadPages(JsonElement filings, Uri source)
    {
        var pages = new List<SubmissionsPage>();
        if (!filings.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            return pages;
        }

        foreach (var file in files.EnumerateArray())
        {
            var name = file.TryGetProperty("name", out var value) ? Text(value) : string.Empty;
            var from = file.TryGetProperty("filingFrom", out var first) ? Parse(Text(first)) : null;
            var to = file.TryGetProperty("filingTo", out var last) ? Parse(Text(last)) : null;
            if (name.Length == 0 || from is null || to is null)
            {
                throw Malformed(source, "an entry of filings.files has no name, filingFrom and filingTo");
            }

            pages.Add(new SubmissionsPage(name, from.Value, to.Value));
        }

        return pages;
    }

    /// <summary>A column as strings; every column holds one entry per accession number.</summary>
    private static string[] Column(JsonElement columns, string name, Uri source)
    {
        if (columns.ValueKind != JsonValueKind.Object || !columns.TryGetProperty(name, out var column) || column.ValueKind != JsonValueKind.Array)
        {
            throw Malformed(source, "no " + name + " column");
        }

        var values = new string[column.GetArrayLength()];
        var i = 0;
        foreach (var value in column.EnumerateArray())
        {
            values[i++] = Text(value);
        }

        if (name != "accessionNumber" && columns.GetProperty("accessionNumber").GetArrayLength() != values.Length)
        {
            throw Malformed(source, "the " + name + " column is not as long as accessionNumber");
        }

        return values;
    }

    private static DateOnly? Date(string[] column, int index) => Parse(column[index]);

    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A string as it is, a number as written (EDGAR writes <c>cik</c> as a string, a page's <c>size</c> as a number).</summary>
    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        _ => string.Empty,
    };

    private static EdgarException Malformed(Uri source, string why) =>
        new(source + ": not a submissions file of EDGAR's shape (" + why + ")");
}
