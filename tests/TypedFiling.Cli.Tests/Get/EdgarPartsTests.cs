using System.Collections.Generic;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TypedFiling.Cli.Edgar;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests.Get;

/// <summary>The pieces of <c>get</c> one at a time: names, addresses, the user agent, retries' waits, the proxy, the readers.</summary>
public sealed class EdgarPartsTests
{
    [Theory]
    [InlineData("NVDA", "10-K", "2024-01-28", "2024-02-21", "nvda-20240128.htm", "nvda-10k-2024-01-28.htm")]
    [InlineData("NVDA", "10-K/A", "2024-01-28", "2024-03-15", "nvda-20240128x10ka.htm", "nvda-10ka-2024-01-28.htm")]
    [InlineData("TSM", "20-F", "2024-12-31", "2025-04-17", "tsm-20241231.htm", "tsm-20f-2024-12-31.htm")]
    [InlineData("BRK.B", "10-Q", "2024-06-30", "2024-08-05", "brka-20240630.HTM", "brk-b-10q-2024-06-30.htm")]
    [InlineData("ARM", "S-1", "", "2023-08-21", "d393004ds1.htm", "arm-s1-2023-08-21.htm")]
    [InlineData("AEG", "20-F", "2000-12-31", "2001-04-02", "0000950123-01-500123.txt", "aeg-20f-2000-12-31.txt")]
    [InlineData("NVDA", "4", "2025-06-18", "2025-06-20", "xslF345X05/wk-form4_1750458662.xml", "nvda-4-2025-06-18.xml")]
    [InlineData("X", "10-K", "2024-12-31", "2025-02-01", "report", "x-10k-2024-12-31")]
    public void A_file_is_named_ticker_form_report_date_in_lower_case_with_the_document_s_extension(string ticker, string form, string report, string filed, string document, string expected)
    {
        var row = Row("0000000000-25-000001", filed, report, form, document);

        Assert.Equal(expected, FilingFileName.For(ticker, row));
    }

    [Fact]
    public void Of_filings_that_share_a_name_the_first_filed_keeps_it_and_the_later_ones_take_their_accession()
    {
        var later = Row("0001045810-24-000070", "2024-04-02", "2024-01-28", "10-K/A", "nvda-20240128x10ka2.htm");
        var first = Row("0001045810-24-000062", "2024-03-15", "2024-01-28", "10-K/A", "nvda-20240128x10ka.htm");
        var other = Row("0001045810-23-000030", "2023-03-10", "2023-01-29", "10-K/A", "nvda-20230129x10ka.htm");

        Assert.Equal(
            ["nvda-10ka-2024-01-28-0001045810-24-000070.htm", "nvda-10ka-2024-01-28.htm", "nvda-10ka-2023-01-29.htm"],
            FilingFileName.ForAll("NVDA", [later, first, other]));
    }

    [Fact]
    public void The_SEC_s_addresses_are_the_documented_ones()
    {
        var sec = EdgarAddresses.Sec;

        Assert.Equal("https://www.sec.gov/files/company_tickers.json", sec.Tickers.ToString());
        Assert.Equal("https://data.sec.gov/submissions/CIK0001045810.json", sec.Submissions(1045810).ToString());
        Assert.Equal("https://data.sec.gov/submissions/CIK0001045810-submissions-001.json", sec.SubmissionsPage("CIK0001045810-submissions-001.json").ToString());
        Assert.Equal("https://www.sec.gov/Archives/edgar/data/1045810/000104581024000029/nvda-20240128.htm", sec.Archive(1045810, "0001045810-24-000029", "nvda-20240128.htm").ToString());
        Assert.Equal("https://www.sec.gov/Archives/edgar/data/1045810/000104581024000029/index.json", sec.Index(1045810, "0001045810-24-000029").ToString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/")]
    [InlineData("https://mirror.example/edgar", "https://mirror.example/edgar/")]
    [InlineData("https://mirror.example/edgar/", "https://mirror.example/edgar/")]
    public void A_mirror_serves_both_hosts_paths_under_its_address(string address, string expectedBase)
    {
        var mirror = EdgarAddresses.Mirror(address)!;

        Assert.Equal(expectedBase + "files/company_tickers.json", mirror.Tickers.ToString());
        Assert.Equal(expectedBase + "submissions/CIK0000320193.json", mirror.Submissions(320193).ToString());
        Assert.Equal(expectedBase + "Archives/edgar/data/1045810/000104581012000008/nvda-2012129x10k.htm", mirror.Archive(1045810, "0001045810-12-000008", "nvda-2012129x10k.htm").ToString());
    }

    [Theory]
    [InlineData("Jane Doe jane@example.com", true)]
    [InlineData("Sample Company Name AdminContact@sample.com", true)]
    [InlineData("Acme Research <research@acme.co.uk>", true)]
    [InlineData("jane@example.com", true)]
    [InlineData("Jane Doe", false)]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64)", false)]
    [InlineData("Jane @example.com", false)]
    [InlineData("Jane jane@example", false)]
    [InlineData("Jane jane@example.com\r\nX-Injected: 1", false)]
    [InlineData("   ", false)]
    public void A_user_agent_needs_an_email_address_on_one_line(string value, bool valid)
    {
        Assert.Equal(valid, UserAgent.HasContact(value));
    }

    [Fact]
    public void Retry_After_in_seconds_or_as_a_date_else_a_doubling_wait()
    {
        var policy = RetryPolicy.Sec;
        var now = new DateTimeOffset(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(12), policy.Wait(1, new RetryConditionHeaderValue(TimeSpan.FromSeconds(12)), now));
        Assert.Equal(TimeSpan.FromSeconds(45), policy.Wait(3, new RetryConditionHeaderValue(now.AddSeconds(45)), now));
        Assert.Equal(TimeSpan.Zero, policy.Wait(1, new RetryConditionHeaderValue(now.AddSeconds(-5)), now));
        Assert.Equal(
            [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)],
            Enumerable.Range(1, 4).Select(attempt => policy.Wait(attempt, null, now)));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    public void Only_429_and_5xx_are_tried_again(HttpStatusCode status, bool transient)
    {
        Assert.Equal(transient, RetryPolicy.IsTransient(status));
    }

    [Fact]
    public void The_handler_keeps_the_default_proxy_and_reaches_this_machine_directly()
    {
        using var handler = EdgarClient.CreateHandler();
        var inner = new RecordingProxy();
        var proxy = new LoopbackBypassProxy(inner);

        Assert.True(handler.UseProxy);
        Assert.IsType<LoopbackBypassProxy>(handler.Proxy);
        Assert.Equal(DecompressionMethods.All, handler.AutomaticDecompression);
        Assert.True(proxy.IsBypassed(new Uri("http://127.0.0.1:5000/")));
        Assert.True(proxy.IsBypassed(new Uri("http://localhost:5000/")));
        Assert.Null(proxy.GetProxy(new Uri("http://[::1]:5000/")));
        Assert.False(proxy.IsBypassed(new Uri("https://www.sec.gov/")));
        Assert.Equal(RecordingProxy.Address, proxy.GetProxy(new Uri("https://www.sec.gov/")));
        Assert.Equal(["https://www.sec.gov/", "https://www.sec.gov/"], inner.Asked);
    }

    [Fact]
    public void The_ticker_list_is_read_whatever_the_ticker_s_case_and_dot()
    {
        var directory = TickerDirectory.Read(Json(File.ReadAllText(Path.Combine(EdgarServer.Root, "files", "company_tickers.json"))), new Uri("https://www.sec.gov/files/company_tickers.json"));

        Assert.Equal(40, directory.Count);
        Assert.Equal(new CompanyTicker(1045810, "NVDA", "NVIDIA CORP"), directory.Find("nvda"));
        Assert.Equal(1067983, directory.Find("BRK.B")!.Cik);
        Assert.Null(directory.Find("NVDAX"));
    }

    [Fact]
    public void A_submissions_file_is_read_into_its_rows_and_pages()
    {
        var company = SubmissionsReader.Read(Json(File.ReadAllText(Path.Combine(EdgarServer.Root, "submissions", "CIK0001045810.json"))), new Uri("https://data.sec.gov/submissions/CIK0001045810.json"));

        Assert.Equal(1045810, company.Cik);
        Assert.Equal("NVIDIA CORP", company.Name);
        Assert.Equal(["NVDA"], company.Tickers);
        Assert.Equal(20, company.Recent.Count);
        Assert.Equal(Row("0001045810-25-000209", "2025-08-27", "2025-07-27", "10-Q", "nvda-20250727.htm"), company.Recent[0]);
        Assert.Equal([new SubmissionsPage("CIK0001045810-submissions-001.json", new DateOnly(2011, 3, 16), new DateOnly(2021, 2, 26))], company.Pages);
    }

    [Theory]
    [InlineData("{\"cik\": \"1\", \"name\": \"X\"}", "no filings.recent")]
    [InlineData("{\"cik\": \"1\", \"filings\": {\"recent\": {\"accessionNumber\": [\"a\"], \"filingDate\": [\"2024-01-01\"], \"reportDate\": [\"\"], \"form\": [\"10-K\"]}}}", "no primaryDocument column")]
    [InlineData("{\"cik\": \"1\", \"filings\": {\"recent\": {\"accessionNumber\": [\"a\", \"b\"], \"filingDate\": [\"2024-01-01\"], \"reportDate\": [\"\"], \"form\": [\"10-K\"], \"primaryDocument\": [\"x.htm\"]}}}", "the filingDate column is not as long as accessionNumber")]
    [InlineData("{\"cik\": \"1\", \"filings\": {\"recent\": {\"accessionNumber\": [\"a\"], \"filingDate\": [\"01/02/2024\"], \"reportDate\": [\"\"], \"form\": [\"10-K\"], \"primaryDocument\": [\"x.htm\"]}}}", "filingDate 1 is not a date")]
    public void A_submissions_file_of_another_shape_is_an_error_naming_it(string json, string why)
    {
        var source = new Uri("https://data.sec.gov/submissions/CIK0000000001.json");

        var exception = Assert.Throws<EdgarException>(() => SubmissionsReader.Read(Json(json), source));

        Assert.Equal(source + ": not a submissions file of EDGAR's shape (" + why + ")", exception.Message);
    }

    [Fact]
    public void The_filing_index_gives_a_document_s_size_and_nothing_for_a_page_EDGAR_makes()
    {
        var index = Json(File.ReadAllText(Path.Combine(EdgarServer.Root, "Archives", "edgar", "data", "1045810", "000104581025000023", "index.json")));

        Assert.Equal(EdgarServer.Recorded("Archives/edgar/data/1045810/000104581025000023/nvda-20250126.htm").Length, FilingIndex.Size(index, "nvda-20250126.htm"));
        Assert.Null(FilingIndex.Size(index, "0001045810-25-000023-index.html"));
        Assert.Null(FilingIndex.Size(index, "missing.htm"));
        Assert.Null(FilingIndex.Size(Json("[]"), "nvda-20250126.htm"));
    }

    [Theory]
    [InlineData("filings/nvidia-10k-2024.htm")]
    [InlineData("filings/iij-20f-2010.md")]
    [InlineData("filings/aegon-20f-2000.txt")]
    [InlineData("tests/Data/whole/apple-10k-2024-full.htm")]
    public void The_repository_s_filings_are_filings(string path)
    {
        Assert.Null(FilingRecognizer.WhyNotAFiling(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, path)), Path.GetFileName(path)));
    }

    [Theory]
    [InlineData("docs/architecture.md")]
    [InlineData("tests/Data/edgar-replies/undeclared-automated-tool.htm")]
    public void A_manual_and_an_error_page_are_not_filings(string path)
    {
        Assert.Equal(
            "no form on its cover and no item or risk-factor section in its text",
            FilingRecognizer.WhyNotAFiling(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, path)), Path.GetFileName(path)));
    }

    [Fact]
    public void A_text_that_names_a_form_is_taken_for_a_filing_as_the_parser_reads_it()
    {
        // The rule is the parser's: the README speaks of "a Form 20-F", and that is the form a filing's cover names.
        Assert.Null(FilingRecognizer.WhyNotAFiling(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "README.md")), "README.md"));
    }

    [Fact]
    public void A_binary_body_is_not_a_filing()
    {
        Assert.Equal("it is a binary file", FilingRecognizer.WhyNotAFiling([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02], "x.htm"));
    }

    private static FilingRow Row(string accession, string filed, string report, string form, string document) =>
        new(accession, DateOnly.Parse(filed, System.Globalization.CultureInfo.InvariantCulture), report.Length == 0 ? null : DateOnly.Parse(report, System.Globalization.CultureInfo.InvariantCulture), form, document);

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>A proxy for every address, recording what it was asked about.</summary>
    private sealed class RecordingProxy : IWebProxy
    {
        public static readonly Uri Address = new("http://proxy.example:3128/");

        public List<string> Asked { get; } = new();

        public ICredentials? Credentials { get; set; }

        public Uri GetProxy(Uri destination)
        {
            Asked.Add(destination.ToString());
            return Address;
        }

        public bool IsBypassed(Uri host)
        {
            Asked.Add(host.ToString());
            return false;
        }
    }
}
