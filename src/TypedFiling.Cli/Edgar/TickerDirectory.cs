using System;
using System.Collections.Generic;
using System.Text.Json;

namespace TypedFiling.Cli.Edgar;

/// <summary>A company as EDGAR's ticker list gives it.</summary>
/// <param name="Cik">Its Central Index Key.</param>
/// <param name="Ticker">The ticker as EDGAR writes it ("BRK-B").</param>
/// <param name="Title">Its name as EDGAR writes it ("NVIDIA CORP").</param>
internal sealed record CompanyTicker(long Cik, string Ticker, string Title);

/// <summary>
/// EDGAR's <c>company_tickers.json</c>: an object of numbered entries, each
/// <c>{"cik_str": 1045810, "ticker": "NVDA", "title": "NVIDIA CORP"}</c>.
/// </summary>
internal sealed class TickerDirectory
{
    private readonly Dictionary<string, CompanyTicker> byTicker;

    private TickerDirectory(Dictionary<string, CompanyTicker> byTicker)
    {
        this.byTicker = byTicker;
    }

    /// <summary>How many tickers it holds.</summary>
    public int Count => byTicker.Count;

    /// <summary>Reads the list; <see cref="EdgarException"/> naming <paramref name="source"/> when it is not of that shape.</summary>
    public static TickerDirectory Read(JsonElement root, Uri source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(source, "it is not a JSON object");
        }

        var byTicker = new Dictionary<string, CompanyTicker>(StringComparer.Ordinal);
        foreach (var entry in root.EnumerateObject())
        {
            var value = entry.Value;
            if (value.ValueKind != JsonValueKind.Object ||
                !value.TryGetProperty("cik_str", out var cik) || !cik.TryGetInt64(out var number) ||
                !value.TryGetProperty("ticker", out var ticker) || ticker.ValueKind != JsonValueKind.String)
            {
                throw Malformed(source, "entry \"" + entry.Name + "\" has no cik_str number and ticker");
            }

            var title = value.TryGetProperty("title", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : string.Empty;

            // The list is in EDGAR's order (largest companies first); a ticker listed twice keeps its first company.
            byTicker.TryAdd(Normalize(ticker.GetString()!), new CompanyTicker(number, ticker.GetString()!, title));
        }

        return new TickerDirectory(byTicker);
    }

    /// <summary>The company with <paramref name="ticker"/>, whatever its case; "BRK.B" finds EDGAR's "BRK-B".</summary>
    public CompanyTicker? Find(string ticker) => byTicker.TryGetValue(Normalize(ticker), out var company) ? company : null;

    private static string Normalize(string ticker) => ticker.Trim().ToUpperInvariant().Replace('.', '-');

    private static EdgarException Malformed(Uri source, string why) =>
        new(source + ": not EDGAR's ticker list (" + why + ")");
}
