using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TypedFiling.Cli.Edgar;

/// <summary>Which filings to get.</summary>
/// <param name="Form">The form, as EDGAR writes it ("10-K", "10-K/A", "20-F"); compared ignoring case.</param>
/// <param name="Year">Only filings whose report date (else filing date) falls in this year, or null.</param>
/// <param name="Latest">At most this many, newest first; null is one, or with <paramref name="Year"/> all of that year.</param>
internal sealed record FilingQuery(string Form, int? Year, int? Latest)
{
    /// <summary>How many filings at most: <see cref="Latest"/>, else 1, else with a year every one of it.</summary>
    public int? Limit => Latest ?? (Year is null ? 1 : null);
}

/// <summary>
/// Chooses a company's filings for a <see cref="FilingQuery"/>: from <c>filings.recent</c>, reading older pages of
/// <c>filings.files</c> (newest first) only while they can hold what is asked: a page filed wholly before the year
/// asked for cannot hold a report of it, and without a year the pages are read until enough filings are found.
/// Before saying a company never filed a form, or not in a year, every page is read.
/// </summary>
internal sealed class FilingSelection
{
    private readonly CompanySubmissions company;
    private readonly Func<SubmissionsPage, CancellationToken, Task<IReadOnlyList<FilingRow>>> readPage;
    private readonly List<FilingRow> rows;
    private readonly Queue<SubmissionsPage> unread;

    private FilingSelection(CompanySubmissions company, Func<SubmissionsPage, CancellationToken, Task<IReadOnlyList<FilingRow>>> readPage)
    {
        this.company = company;
        this.readPage = readPage;
        rows = new List<FilingRow>(company.Recent);
        unread = new Queue<SubmissionsPage>(company.Pages.OrderByDescending(page => page.FilingTo));
    }

    /// <summary>
    /// The filings asked for, newest first; <see cref="EdgarException"/> saying why when there is none.
    /// <paramref name="readPage"/> fetches a page of <c>filings.files</c>.
    /// </summary>
    public static async Task<IReadOnlyList<FilingRow>> SelectAsync(
        CompanySubmissions company, FilingQuery query, Func<SubmissionsPage, CancellationToken, Task<IReadOnlyList<FilingRow>>> readPage, CancellationToken cancellationToken)
    {
        var selection = new FilingSelection(company, readPage);
        while (selection.unread.Count > 0 && selection.MayHoldMore(query))
        {
            await selection.ReadNextAsync(cancellationToken);
        }

        var chosen = selection.Choose(query);
        if (chosen.Count > 0)
        {
            return chosen;
        }

        while (selection.unread.Count > 0)
        {
            await selection.ReadNextAsync(cancellationToken);
        }

        chosen = selection.Choose(query);
        return chosen.Count > 0 ? chosen : throw selection.NoneFound(query);
    }

    /// <summary>Whether the next unread page can change the answer.</summary>
    private bool MayHoldMore(FilingQuery query)
    {
        if (query.Year is int year)
        {
            return unread.Peek().FilingTo >= new DateOnly(year, 1, 1);
        }

        return rows.Count(row => IsForm(row, query)) < query.Limit;
    }

    private async Task ReadNextAsync(CancellationToken cancellationToken) => rows.AddRange(await readPage(unread.Dequeue(), cancellationToken));

    private List<FilingRow> Choose(FilingQuery query)
    {
        var matching = rows
            .Where(row => IsForm(row, query) && (query.Year is null || row.Period.Year == query.Year))
            .OrderByDescending(row => row.FilingDate)
            .ThenByDescending(row => row.Accession, StringComparer.Ordinal);
        return (query.Limit is int limit ? matching.Take(limit) : matching).ToList();
    }

    private static bool IsForm(FilingRow row, FilingQuery query) => string.Equals(row.Form, query.Form, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why nothing was chosen, with what the company did file: its commonest forms, or the years of the form.</summary>
    private EdgarException NoneFound(FilingQuery query)
    {
        var who = company.Name + " (CIK " + company.Cik.ToString(CultureInfo.InvariantCulture) + ")";
        var ofForm = rows.Where(row => IsForm(row, query)).Select(row => row.Period).ToList();
        if (ofForm.Count == 0)
        {
            var forms = rows.GroupBy(row => row.Form, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .Take(6)
                .Select(group => group.Key);
            return new EdgarException(who + " has filed no " + query.Form + " on EDGAR" + (rows.Count == 0 ? string.Empty : "; its filings include " + string.Join(", ", forms)));
        }

        return new EdgarException(
            who + " has no " + query.Form + " whose report date falls in " + query.Year!.Value.ToString(CultureInfo.InvariantCulture) +
            "; its " + query.Form + " filings report on " + Date(ofForm.Min()) + " to " + Date(ofForm.Max()));
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
