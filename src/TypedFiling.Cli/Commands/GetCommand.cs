using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TypedFiling.Cli.Edgar;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Commands;

/// <summary>
/// <c>typedfiling get TICKER|CIK [--form F] [--year Y] [--latest N] [-o DIR]</c>: downloads filings' primary documents
/// from EDGAR as <c>ticker-form-reportdate.ext</c> and prints the <c>&lt;TypedFiling&gt;</c> items to paste.
/// </summary>
internal static class GetCommand
{
    /// <summary>The environment variable that sets <c>--edgar-url</c>.</summary>
    public const string EdgarUrlVariable = "TYPEDFILING_EDGAR_URL";

    public static Command Create(Terminal terminal, EdgarHost host)
    {
        var company = new Argument<string>("company") { Description = "The company: its ticker (NVDA) or its CIK (1045810).", HelpName = "TICKER|CIK" };
        var form = new Option<string>("--form") { Description = "The form, as EDGAR writes it: 10-K, 10-Q, 20-F, S-1, or an amendment such as 10-K/A.", HelpName = "FORM", DefaultValueFactory = _ => "10-K" };
        var year = new Option<int?>("--year") { Description = "Only the filings whose report date (a registration statement's filing date) falls in this year; all of them unless --latest says how many.", HelpName = "YYYY" };
        var latest = new Option<int?>("--latest") { Description = "The N most recently filed (default: 1, or with --year every one of that year).", HelpName = "N" };
        var output = new Option<string>("--output", "-o") { Description = "The folder to save into (made if missing).", HelpName = "DIR", DefaultValueFactory = _ => "." };
        var userAgent = new Option<string?>("--user-agent") { Description = "Who you are for the SEC: a name and a contact email, \"Jane Doe jane@example.com\" (default: " + UserAgent.EnvironmentVariable + ").", HelpName = "\"NAME EMAIL\"" };
        var edgarUrl = new Option<string?>("--edgar-url") { Description = "One address serving the paths of www.sec.gov and data.sec.gov, a mirror (default: " + EdgarUrlVariable + ", else the SEC).", HelpName = "URL" };
        latest.Validators.Add(static result => InRange(result, 1, int.MaxValue, "--latest must be at least 1."));
        year.Validators.Add(static result => InRange(result, 1000, 9999, "--year must be a year such as 2024."));

        var command = new Command(
            "get",
            "Download filings' primary documents from EDGAR, byte for byte, as ticker-form-reportdate.htm, and print the <TypedFiling> items to paste into a project. Exit code 0 when done, 2 on an error.")
        {
            company, form, year, latest, output, userAgent, edgarUrl,
        };
        command.SetAction((result, cancellationToken) => Inputs.GuardAsync(terminal, () => RunAsync(
            terminal,
            host,
            new GetRequest(
                result.GetValue(company)!,
                new FilingQuery(result.GetValue(form)!.Trim().ToUpperInvariant(), result.GetValue(year), result.GetValue(latest)),
                result.GetValue(output)!,
                result.GetValue(userAgent) ?? host.Environment(UserAgent.EnvironmentVariable),
                result.GetValue(edgarUrl) ?? host.Environment(EdgarUrlVariable)),
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(Terminal terminal, EdgarHost host, GetRequest request, CancellationToken cancellationToken)
    {
        if (!UserAgent.HasContact(request.UserAgent))
        {
            Inputs.ReportError(terminal, UserAgent.Requirement);
            return ExitCodes.Error;
        }

        var addresses = string.IsNullOrWhiteSpace(request.EdgarUrl) ? EdgarAddresses.Sec : EdgarAddresses.Mirror(request.EdgarUrl.Trim());
        if (addresses is null)
        {
            Inputs.ReportError(terminal, "--edgar-url (or " + EdgarUrlVariable + ") '" + request.EdgarUrl + "' is not an http or https address");
            return ExitCodes.Error;
        }

        using var client = new EdgarClient(request.UserAgent!, host.Clock, RetryPolicy.Sec, EdgarClient.CreateHandler());
        try
        {
            var (company, ticker) = await FindCompanyAsync(client, addresses, request.Company, cancellationToken);
            var rows = await FilingSelection.SelectAsync(company, request.Query, (page, token) => ReadPageAsync(client, addresses, page, token), cancellationToken);
            terminal.Out.WriteLine(company.Name + " (CIK " + Cik(company.Cik) + "): " + Count(rows.Count, "filing") + " on Form " + request.Query.Form);
            return await DownloadAsync(terminal, new DocumentDownloader(client, addresses), company.Cik, ticker, rows, request.Output, cancellationToken);
        }
        catch (EdgarException exception)
        {
            Inputs.ReportError(terminal, exception.Message);
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// The company's submissions, and the ticker its files are named after: the one given, else (for a CIK) its first
    /// ticker on EDGAR, else the CIK itself.
    /// </summary>
    private static async Task<(CompanySubmissions Company, string Ticker)> FindCompanyAsync(EdgarClient client, EdgarAddresses addresses, string given, CancellationToken cancellationToken)
    {
        var text = given.Trim();

        // A CIK is digits, as EDGAR writes it padded to 10 or not; anything else is a ticker.
        var (cik, ticker) = text.Length is > 0 and <= 10 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : await LookUpAsync(client, addresses, text, cancellationToken);
        var uri = addresses.Submissions(cik);
        System.Text.Json.JsonElement submissions;
        try
        {
            submissions = await client.GetJsonAsync(uri, cancellationToken);
        }
        catch (EdgarException exception) when (exception.Status == System.Net.HttpStatusCode.NotFound)
        {
            throw new EdgarException("no company with CIK " + Cik(cik) + " on EDGAR (" + uri + ": 404 Not Found)", exception);
        }

        var company = SubmissionsReader.Read(submissions, uri);
        return (company, ticker ?? (company.Tickers.Count > 0 ? company.Tickers[0] : Cik(cik)));
    }

    private static async Task<(long Cik, string? Ticker)> LookUpAsync(EdgarClient client, EdgarAddresses addresses, string ticker, CancellationToken cancellationToken)
    {
        var directory = TickerDirectory.Read(await client.GetJsonAsync(addresses.Tickers, cancellationToken), addresses.Tickers);
        var found = directory.Find(ticker) ?? throw new EdgarException(
            "unknown ticker '" + ticker + "': EDGAR's company_tickers.json (" + Count(directory.Count, "ticker") + ") does not list it; give the company's CIK instead");
        return (found.Cik, found.Ticker);
    }

    private static async Task<IReadOnlyList<FilingRow>> ReadPageAsync(EdgarClient client, EdgarAddresses addresses, SubmissionsPage page, CancellationToken cancellationToken)
    {
        var uri = addresses.SubmissionsPage(page.Name);
        return SubmissionsReader.ReadRows(await client.GetJsonAsync(uri, cancellationToken), uri);
    }

    /// <summary>Saves each filing, one line each; then the items to paste, of those now in the folder. A failed one does not stop the others.</summary>
    private static async Task<int> DownloadAsync(Terminal terminal, DocumentDownloader downloader, long cik, string ticker, IReadOnlyList<FilingRow> rows, string output, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(output);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new EdgarException(output + ": cannot be made: " + exception.Message, exception);
        }

        var saved = new List<string>(rows.Count);
        var names = FilingFileName.ForAll(ticker, rows);
        var failed = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var name = names[i];
            var shown = DisplayPath(output, name);
            try
            {
                var outcome = await downloader.DownloadAsync(cik, row, Path.Combine(output, name), cancellationToken);
                terminal.Out.WriteLine(outcome.Skipped
                    ? "skipped " + shown + ": already there, same size (" + Count(outcome.Length, "byte") + ")"
                    : "wrote " + shown + " (" + row.Form + " " + row.Accession + ", filed " + Date(row.FilingDate) + ", " + Count(outcome.Length, "byte") + ")");
                saved.Add(shown);
            }
            catch (EdgarException exception)
            {
                Inputs.ReportError(terminal, row.Form + " " + row.Accession + ": " + exception.Message);
                failed = true;
            }
        }

        PrintItems(terminal, saved);
        return failed ? ExitCodes.Error : ExitCodes.Success;
    }

    /// <summary>The <c>&lt;TypedFiling&gt;</c> items of the saved files, in an item group, paths as given to <c>-o</c>.</summary>
    private static void PrintItems(Terminal terminal, List<string> saved)
    {
        if (saved.Count == 0)
        {
            return;
        }

        terminal.Out.WriteLine();
        terminal.Out.WriteLine("<ItemGroup>");
        foreach (var path in saved)
        {
            terminal.Out.WriteLine("  <TypedFiling Include=\"" + System.Security.SecurityElement.Escape(path) + "\" />");
        }

        terminal.Out.WriteLine("</ItemGroup>");
    }

    /// <summary>The folder as given and the name, with '/' separators; the name alone in the current folder.</summary>
    private static string DisplayPath(string output, string name)
    {
        var folder = Parsing.Configuration.ShownPaths.Of(output).TrimEnd('/');
        return folder is "" or "." ? name : folder + "/" + name;
    }

    private static void InRange(System.CommandLine.Parsing.OptionResult result, int minimum, int maximum, string message)
    {
        // A value that is not a number is reported by the parser itself.
        if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && (value < minimum || value > maximum))
        {
            result.AddError(message);
        }
    }

    private static string Count(long count, string noun) => Number(count) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Cik(long cik) => cik.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What the command line asked for, the environment's defaults applied.</summary>
    private sealed record GetRequest(string Company, FilingQuery Query, string Output, string? UserAgent, string? EdgarUrl);
}
