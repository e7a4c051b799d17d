using System;
using System.Collections.Generic;

namespace TypedFiling.Cli.Export.Tables;

/// <summary>
/// The <c>version</c> of the SEC's <c>num</c> table for a concept's prefix: a standard taxonomy's name and year
/// ("us-gaap/2024", "dei/2024", "srt/2024", "ifrs/2023") read from the namespace the filing's root element binds
/// the prefix to, or, for the company's own concepts, the accession number, as the SEC writes them.
/// </summary>
internal sealed class TaxonomyVersions
{
    /// <summary>The root element is read, not the whole text: inline XBRL declares its namespaces there.</summary>
    private const int RootSearchLength = 64 * 1024;

    private readonly Dictionary<string, string> byPrefix;
    private readonly string? accession;

    private TaxonomyVersions(Dictionary<string, string> byPrefix, string? accession)
    {
        this.byPrefix = byPrefix;
        this.accession = accession;
    }

    /// <summary>The versions of the prefixes the root <c>&lt;html&gt;</c> element of <paramref name="text"/> declares.</summary>
    public static TaxonomyVersions Read(string text, string? accession)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = text.IndexOf("<html", 0, Math.Min(text.Length, RootSearchLength), StringComparison.OrdinalIgnoreCase);
        var end = root < 0 ? -1 : text.IndexOf('>', root);
        var at = root;
        while (end > 0 && (at = text.IndexOf("xmlns:", at, end - at, StringComparison.Ordinal)) >= 0)
        {
            at += "xmlns:".Length;
            var equals = text.IndexOf('=', at, end - at);
            if (equals < 0 || equals + 1 >= end || text[equals + 1] is not ('"' or '\''))
            {
                break;
            }

            var close = text.IndexOf(text[equals + 1], equals + 2, end - equals - 2);
            if (close < 0)
            {
                break;
            }

            if (Standard(text.Substring(equals + 2, close - equals - 2)) is string version)
            {
                versions[text.Substring(at, equals - at).Trim()] = version;
            }

            at = close + 1;
        }

        return new TaxonomyVersions(versions, accession);
    }

    /// <summary>The version of a concept with <paramref name="prefix"/>: a standard taxonomy's, else the accession number, else the prefix.</summary>
    public string Of(string prefix) => byPrefix.TryGetValue(prefix, out var version) ? version : accession ?? prefix;

    /// <summary>
    /// "http://fasb.org/us-gaap/2024" → "us-gaap/2024", "http://xbrl.sec.gov/dei/2024" → "dei/2024",
    /// "https://xbrl.ifrs.org/taxonomy/2023-03-23/ifrs-full" → "ifrs/2023"; null for any other namespace.
    /// </summary>
    internal static string? Standard(string uri)
    {
        var path = uri.Replace("https://", "http://", StringComparison.Ordinal);
        foreach (var host in new[] { "http://fasb.org/", "http://xbrl.sec.gov/", "http://xbrl.us/" })
        {
            if (path.StartsWith(host, StringComparison.Ordinal))
            {
                var parts = path.Substring(host.Length).Split('/');
                return parts.Length >= 2 && IsYear(parts[1]) ? parts[0] + "/" + parts[1].Substring(0, 4) : null;
            }
        }

        const string ifrs = "http://xbrl.ifrs.org/taxonomy/";
        if (path.StartsWith(ifrs, StringComparison.Ordinal) && path.Length >= ifrs.Length + 4 && IsYear(path.Substring(ifrs.Length, 4)))
        {
            return "ifrs/" + path.Substring(ifrs.Length, 4);
        }

        return null;
    }

    private static bool IsYear(string text) =>
        text.Length >= 4 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);
}
