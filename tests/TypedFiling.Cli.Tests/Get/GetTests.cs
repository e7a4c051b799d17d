using System.Collections.Generic;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests.Get;

/// <summary><c>typedfiling get</c> against recorded EDGAR answers: what it saves, under which names, and what it prints.</summary>
public sealed class GetTests : EdgarTest
{
    [Fact]
    public void The_latest_three_10_Ks_are_saved_byte_for_byte_under_ticker_form_report_date_and_their_items_printed()
    {
        var run = Get("NVDA", "--form", "10-K", "--latest", "3", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(
            "NVIDIA CORP (CIK 1045810): 3 filings on Form 10-K\n" +
            "wrote " + Folder + "/nvda-10k-2025-01-26.htm (10-K 0001045810-25-000023, filed 2025-02-26, 758 bytes)\n" +
            "wrote " + Folder + "/nvda-10k-2024-01-28.htm (10-K 0001045810-24-000029, filed 2024-02-21, 758 bytes)\n" +
            "wrote " + Folder + "/nvda-10k-2023-01-29.htm (10-K 0001045810-23-000017, filed 2023-02-24, 758 bytes)\n" +
            "\n" +
            "<ItemGroup>\n" +
            "  <TypedFiling Include=\"" + Folder + "/nvda-10k-2025-01-26.htm\" />\n" +
            "  <TypedFiling Include=\"" + Folder + "/nvda-10k-2024-01-28.htm\" />\n" +
            "  <TypedFiling Include=\"" + Folder + "/nvda-10k-2023-01-29.htm\" />\n" +
            "</ItemGroup>\n",
            run.Out);
        AssertSaved(Nvda2025, "nvda-10k-2025-01-26.htm");
        AssertSaved("Archives/edgar/data/1045810/000104581023000017/nvda-20230129.htm", "nvda-10k-2023-01-29.htm");
        Assert.Equal(["nvda-10k-2023-01-29.htm", "nvda-10k-2024-01-28.htm", "nvda-10k-2025-01-26.htm"], Files());
    }

    [Fact]
    public void Every_request_declares_the_user_agent_and_asks_the_documented_paths()
    {
        Get("NVDA", "--latest", "2", "-o", Folder);

        Assert.All(Server.Requests, request => Assert.Equal(GetRun.Agent, request.UserAgent));
        Assert.Equal(
            ["/files/company_tickers.json", "/submissions/CIK0001045810.json", Nvda2025, "/Archives/edgar/data/1045810/000104581024000029/nvda-20240128.htm"],
            Asked());
    }

    [Fact]
    public void The_default_is_the_latest_10_K()
    {
        var run = Get("nvda", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["nvda-10k-2025-01-26.htm"], Files());
    }

    [Theory]
    [InlineData("1045810")]
    [InlineData("0001045810")]
    public void A_CIK_needs_no_ticker_list_and_names_files_after_the_company_s_first_ticker(string cik)
    {
        var run = Get(cik, "--form", "10-Q", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["nvda-10q-2025-07-27.htm"], Files());
        Assert.DoesNotContain(Server.Requests, request => request.Path == "/files/company_tickers.json");
    }

    [Fact]
    public void A_20_F_is_named_20f_and_a_ticker_is_found_whatever_its_case()
    {
        var run = Get("tsm", "--form", "20-f", "--latest", "2", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("TAIWAN SEMICONDUCTOR MANUFACTURING CO LTD (CIK 1046179): 2 filings on Form 20-F\n", run.Out, StringComparison.Ordinal);
        Assert.Equal(["tsm-20f-2023-12-31.htm", "tsm-20f-2024-12-31.htm"], Files());
    }

    [Fact]
    public void An_amendment_is_asked_for_by_its_form_and_named_with_its_a()
    {
        var run = Get("NVDA", "--form", "10-K/A", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["nvda-10ka-2024-01-28.htm"], Files());
        AssertSaved("Archives/edgar/data/1045810/000104581024000062/nvda-20240128x10ka.htm", "nvda-10ka-2024-01-28.htm");
    }

    [Fact]
    public void A_year_of_the_recent_filings_takes_every_filing_of_it_and_reads_no_older_page()
    {
        var run = Get("NVDA", "--form", "10-Q", "--year", "2024", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["nvda-10q-2024-04-28.htm", "nvda-10q-2024-07-28.htm", "nvda-10q-2024-10-27.htm"], Files());
        Assert.DoesNotContain(Server.Requests, request => request.Path.Contains("submissions-001", StringComparison.Ordinal));
    }

    [Fact]
    public void An_older_year_comes_from_the_page_filings_files_lists()
    {
        var run = Get("NVDA", "--form", "10-K", "--year", "2012", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/submissions/CIK0001045810-submissions-001.json", Asked());
        Assert.Equal(["nvda-10k-2012-01-29.htm"], Files());
        AssertSaved("Archives/edgar/data/1045810/000104581012000008/nvda-2012129x10k.htm", "nvda-10k-2012-01-29.htm");
    }

    [Fact]
    public void More_filings_than_the_recent_ones_hold_are_read_from_the_older_page()
    {
        var run = Get("NVDA", "--form", "10-K", "--latest", "5", "-o", Folder);

        // Four 10-Ks are recent; the fifth, of fiscal 2021, is on the page.
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/submissions/CIK0001045810-submissions-001.json", Asked());
        Assert.Equal(["nvda-10k-2021-01-31.htm", "nvda-10k-2022-01-30.htm", "nvda-10k-2023-01-29.htm", "nvda-10k-2024-01-28.htm", "nvda-10k-2025-01-26.htm"], Files());
    }

    [Fact]
    public void A_file_of_the_same_name_and_the_size_the_filing_index_lists_is_skipped_without_downloading_it()
    {
        var path = Path.Combine(Folder, "nvda-10k-2025-01-26.htm");
        var kept = new byte[EdgarServer.Recorded(Nvda2025).Length];
        File.WriteAllBytes(path, kept);

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("skipped " + Folder + "/nvda-10k-2025-01-26.htm: already there, same size (758 bytes)\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  <TypedFiling Include=\"" + Folder + "/nvda-10k-2025-01-26.htm\" />\n", run.Out, StringComparison.Ordinal);
        Assert.Equal(kept, File.ReadAllBytes(path));
        Assert.Contains("/Archives/edgar/data/1045810/000104581025000023/index.json", Asked());
        Assert.DoesNotContain(Nvda2025, Asked());
    }

    [Fact]
    public void A_file_of_the_same_name_is_downloaded_again_when_the_filing_has_no_listing_to_compare_with()
    {
        // The recording has no index.json for the 10-K/A: its size cannot be known without the document.
        const string Amendment = "/Archives/edgar/data/1045810/000104581024000062/nvda-20240128x10ka.htm";
        File.WriteAllBytes(Path.Combine(Folder, "nvda-10ka-2024-01-28.htm"), new byte[EdgarServer.Recorded(Amendment).Length]);

        var run = Get("NVDA", "--form", "10-K/A", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wrote " + Folder + "/nvda-10ka-2024-01-28.htm", run.Out, StringComparison.Ordinal);
        Assert.Contains("/Archives/edgar/data/1045810/000104581024000062/index.json", Asked());
        AssertSaved(Amendment, "nvda-10ka-2024-01-28.htm");
    }

    [Fact]
    public void A_file_of_the_same_name_and_another_size_is_replaced()
    {
        var path = Path.Combine(Folder, "nvda-10k-2025-01-26.htm");
        File.WriteAllText(path, "an older download, cut short");

        var run = Get("NVDA", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wrote " + Folder + "/nvda-10k-2025-01-26.htm", run.Out, StringComparison.Ordinal);
        AssertSaved(Nvda2025, "nvda-10k-2025-01-26.htm");
    }

    [Fact]
    public void The_output_folder_is_made_and_the_items_name_it_as_given()
    {
        var output = Path.Combine(Folder, "filings", "nvidia") + "/";

        var run = Get("NVDA", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(Folder, "filings", "nvidia", "nvda-10k-2025-01-26.htm")));
        Assert.Contains("  <TypedFiling Include=\"" + Folder + "/filings/nvidia/nvda-10k-2025-01-26.htm\" />\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_user_agent_and_the_address_may_come_from_the_environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["TYPEDFILING_USER_AGENT"] = "Jane Doe jane@example.com",
            ["TYPEDFILING_EDGAR_URL"] = Server.Address,
        };

        var run = GetRun.RunWith(Server, name => environment.GetValueOrDefault(name), "NVDA", "-o", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["nvda-10k-2025-01-26.htm"], Files());
        Assert.All(Server.Requests, request => Assert.Equal("Jane Doe jane@example.com", request.UserAgent));
    }

    [Fact]
    public void The_option_wins_over_the_environment()
    {
        var run = GetRun.RunWith(
            Server,
            name => name == "TYPEDFILING_USER_AGENT" ? "Env User env@example.com" : null,
            "NVDA", "-o", Folder, "--edgar-url", Server.Address, "--user-agent", "Option User option@example.com");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Server.Requests, request => Assert.Equal("Option User option@example.com", request.UserAgent));
    }
}
