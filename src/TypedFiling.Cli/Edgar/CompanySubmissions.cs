using System;
using System.Collections.Generic;

namespace TypedFiling.Cli.Edgar;

/// <summary>A company's filings as the submissions API lists them: <c>filings.recent</c>, and the older pages.</summary>
/// <param name="Cik">Its Central Index Key.</param>
/// <param name="Name">Its name ("NVIDIA CORP").</param>
/// <param name="Tickers">Its tickers, main one first; none for a company not listed.</param>
/// <param name="Recent">The filings of <c>filings.recent</c>, newest first.</param>
/// <param name="Pages">The files of <c>filings.files</c>: older filings, fetched when asked for.</param>
internal sealed record CompanySubmissions(long Cik, string Name, IReadOnlyList<string> Tickers, IReadOnlyList<FilingRow> Recent, IReadOnlyList<SubmissionsPage> Pages);

/// <summary>One filing: a row of the submissions API's columnar arrays.</summary>
/// <param name="Accession">Its accession number ("0001045810-24-000029").</param>
/// <param name="FilingDate">The day it was filed.</param>
/// <param name="ReportDate">The end of the period it reports on; none for a registration statement (S-1) and others.</param>
/// <param name="Form">Its form ("10-K", "10-K/A", "20-F").</param>
/// <param name="PrimaryDocument">Its main document's file name in the filing's folder ("nvda-20240128.htm").</param>
internal sealed record FilingRow(string Accession, DateOnly FilingDate, DateOnly? ReportDate, string Form, string PrimaryDocument)
{
    /// <summary>The date the filing is named and chosen by: its report date, else the day it was filed.</summary>
    public DateOnly Period => ReportDate ?? FilingDate;
}

/// <summary>An entry of <c>filings.files</c>: a file of older filings and the days they were filed between.</summary>
/// <param name="Name">The file's name ("CIK0001045810-submissions-001.json").</param>
/// <param name="FilingFrom">The day its oldest filing was filed.</param>
/// <param name="FilingTo">The day its newest filing was filed.</param>
internal sealed record SubmissionsPage(string Name, DateOnly FilingFrom, DateOnly FilingTo);
