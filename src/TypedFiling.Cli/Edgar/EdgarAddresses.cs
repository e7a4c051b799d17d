using System;
using System.Globalization;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// Where EDGAR serves what <c>get</c> reads. The SEC serves them from two hosts (www.sec.gov: tickers and archives;
/// data.sec.gov: the submissions API); a mirror, or a test's server, serves both hosts' paths from one address.
/// </summary>
internal sealed class EdgarAddresses
{
    private readonly Uri www;
    private readonly Uri data;

    private EdgarAddresses(Uri www, Uri data)
    {
        this.www = www;
        this.data = data;
    }

    /// <summary>The SEC's own hosts.</summary>
    public static EdgarAddresses Sec { get; } = new(new Uri("https://www.sec.gov/"), new Uri("https://data.sec.gov/"));

    /// <summary>
    /// One address serving the paths of both hosts (<c>--edgar-url</c>); null when <paramref name="address"/> is not
    /// an absolute http or https address.
    /// </summary>
    public static EdgarAddresses? Mirror(string address)
    {
        // Relative paths resolve under the base only when it ends with '/': "http://mirror/edgar" would drop "edgar".
        var text = address.EndsWith('/') ? address : address + "/";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return new EdgarAddresses(uri, uri);
    }

    /// <summary>Every ticker EDGAR knows, with its company's CIK: <c>files/company_tickers.json</c>.</summary>
    public Uri Tickers => new(www, "files/company_tickers.json");

    /// <summary>A company's submissions: <c>submissions/CIK##########.json</c>, the CIK zero padded to 10 digits.</summary>
    public Uri Submissions(long cik) => new(data, "submissions/CIK" + cik.ToString("D10", CultureInfo.InvariantCulture) + ".json");

    /// <summary>One of the older pages a submissions file lists in <c>filings.files</c>, by its name.</summary>
    public Uri SubmissionsPage(string name) => new(data, "submissions/" + Uri.EscapeDataString(name));

    /// <summary>A file of a filing: <c>Archives/edgar/data/{cik}/{accession without dashes}/{file}</c>.</summary>
    public Uri Archive(long cik, string accession, string file) =>
        new(www, "Archives/edgar/data/" + cik.ToString(CultureInfo.InvariantCulture) + "/" + accession.Replace("-", string.Empty, StringComparison.Ordinal) + "/" + EscapePath(file));

    /// <summary>A filing's directory listing, which gives each of its files' size.</summary>
    public Uri Index(long cik, string accession) => Archive(cik, accession, "index.json");

    /// <summary>Each segment escaped, the slashes kept: a few primary documents sit in a folder of the filing.</summary>
    private static string EscapePath(string path) => string.Join('/', Array.ConvertAll(path.Split('/'), Uri.EscapeDataString));
}
