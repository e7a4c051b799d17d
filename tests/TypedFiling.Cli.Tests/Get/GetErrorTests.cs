using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests.Get;

/// <summary>Each way <c>get</c> can fail: one line on standard error saying why, exit code 2, and no file left behind.</summary>
public sealed class GetErrorTests : EdgarTest
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("curl/8.5.0")]
    [InlineData("Jane Doe")]
    [InlineData("Jane Doe jane@localhost")]
    public void Without_a_user_agent_holding_a_contact_email_nothing_is_asked_and_the_message_says_why(string? userAgent)
    {
        var run = GetRun.RunWith(Server, name => name == "TYPEDFILING_USER_AGENT" ? userAgent : null, "NVDA", "-o", Folder, "--edgar-url", Server.Address);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "typedfiling: get needs a User-Agent naming you and a contact email, as --user-agent \"Jane Doe jane@example.com\" or TYPEDFILING_USER_AGENT: " +
            "the SEC's fair access policy requires automated requests to EDGAR to declare who makes them, and blocks those that do not\n",
            run.Error);
        Assert.Equal(string.Empty, run.Out);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public void An_unknown_ticker()
    {
        var run = Get("ZZZZ", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: unknown ticker 'ZZZZ': EDGAR's company_tickers.json (40 tickers) does not list it; give the company's CIK instead\n", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(Folder));
    }

    [Fact]
    public void An_unknown_CIK()
    {
        var run = Get("999", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: no company with CIK 999 on EDGAR (" + Server.Address + "submissions/CIK0000000999.json: 404 Not Found)\n", run.Error);
    }

    [Fact]
    public void A_form_the_company_never_filed_is_said_after_reading_every_page_with_the_forms_it_did_file()
    {
        var run = Get("NVDA", "--form", "20-F", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: NVIDIA CORP (CIK 1045810) has filed no 20-F on EDGAR; its filings include 10-Q, 10-K, 4, 8-K, 10-K/A\n", run.Error);
        Assert.Contains("/submissions/CIK0001045810-submissions-001.json", Asked());
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void A_year_with_no_such_filing_says_which_years_there_are()
    {
        var run = Get("NVDA", "--form", "10-K", "--year", "1999", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: NVIDIA CORP (CIK 1045810) has no 10-K whose report date falls in 1999; its 10-K filings report on 2011-01-30 to 2025-01-26\n", run.Error);
    }

    [Fact]
    public void A_document_EDGAR_does_not_have_is_its_404_and_is_not_asked_again()
    {
        Server.Script(Nvda2025, new Reply(404, "<html><body>Not Found</body></html>"));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: 10-K 0001045810-25-000023: " + Server.Address + Nvda2025[1..] + ": 404 Not Found\n", run.Error);
        Assert.Equal("NVIDIA CORP (CIK 1045810): 1 filing on Form 10-K\n", run.Out);
        Assert.Single(Server.Requests, request => request.Path == Nvda2025);
        Assert.Empty(Directory.GetFileSystemEntries(Folder));
    }

    [Fact]
    public void A_document_that_is_not_a_filing_is_not_saved()
    {
        Server.Script(Nvda2025, new Reply(200, File.ReadAllText(RepositoryPaths.Data("edgar-replies", "undeclared-automated-tool.htm"))));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "typedfiling: 10-K 0001045810-25-000023: " + Server.Address + Nvda2025[1..] +
            ": not a filing (no form on its cover and no item or risk-factor section in its text); nothing was written\n",
            run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(Folder));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"error\": \"rate limited\"}")]
    public void An_empty_or_JSON_body_is_not_a_filing(string body)
    {
        Server.Script(Nvda2025, new Reply(200, body));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(": not a filing (", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Folder));
    }

    [Fact]
    public void A_failed_filing_does_not_stop_the_others_and_only_the_saved_ones_are_items()
    {
        Server.Script(Nvda2025, new Reply(404));

        var run = Get("NVDA", "--latest", "2", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["nvda-10k-2024-01-28.htm"], Files());
        Assert.Contains("  <TypedFiling Include=\"" + Folder + "/nvda-10k-2024-01-28.htm\" />\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("nvda-10k-2025-01-26.htm", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_that_is_not_JSON_where_JSON_is_expected_names_the_address()
    {
        Server.Script("/files/company_tickers.json", new Reply(200, "<html><body>Maintenance</body></html>"));

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("typedfiling: " + Server.Address + "files/company_tickers.json: not JSON: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("ftp://mirror.example/")]
    [InlineData("not an address")]
    public void An_edgar_url_that_is_not_http_is_refused(string address)
    {
        var run = GetRun.RunWith(Server, _ => null, "NVDA", "--user-agent", GetRun.Agent, "--edgar-url", address);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("typedfiling: --edgar-url (or TYPEDFILING_EDGAR_URL) '" + address + "' is not an http or https address\n", run.Error);
    }

    [Theory]
    [InlineData("--latest", "0", "typedfiling: --latest must be at least 1.\n")]
    [InlineData("--year", "24", "typedfiling: --year must be a year such as 2024.\n")]
    [InlineData("--year", "20240", "typedfiling: --year must be a year such as 2024.\n")]
    public void A_bad_number_is_a_command_line_error(string option, string value, string message)
    {
        var run = Get("NVDA", option, value, "-o", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }
}
