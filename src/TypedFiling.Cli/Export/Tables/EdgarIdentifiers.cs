using System;
using System.Text.RegularExpressions;

namespace TypedFiling.Cli.Export.Tables;

/// <summary>
/// The CIK and accession number of a filing where its relative path says them: EDGAR's own layout
/// (<c>edgar/data/1045810/000104581024000029/nvda-20240128.htm</c>) or a name holding the accession number
/// (<c>0001045810-24-000029.txt</c>).
/// </summary>
internal static partial class EdgarIdentifiers
{
    /// <summary>The accession number as the SEC writes <c>adsh</c> ("0001045810-24-000029"), or null.</summary>
    public static string? Accession(string relativePath)
    {
        var dashed = Dashed().Match(relativePath);
        if (dashed.Success)
        {
            return dashed.Value;
        }

        var folder = Folder().Match(relativePath);
        return folder.Success ? folder.Groups[1].Value.Insert(12, "-").Insert(10, "-") : null;
    }

    /// <summary>The CIK of <c>…/data/CIK/…</c> in the path, or null.</summary>
    public static long? Cik(string relativePath)
    {
        var match = CikFolder().Match(relativePath);
        return match.Success && long.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cik) ? cik : null;
    }

    /// <summary>A CIK as the cover page tags it ("0001045810"), or null.</summary>
    public static long? ParseCik(string? text) =>
        text is not null && long.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cik) && cik > 0 ? cik : null;

    [GeneratedRegex(@"(?<![0-9])[0-9]{10}-[0-9]{2}-[0-9]{6}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Dashed();

    [GeneratedRegex(@"(?:^|/)([0-9]{18})(?:/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Folder();

    [GeneratedRegex(@"(?:^|/)data/([0-9]{1,10})/", RegexOptions.CultureInvariant)]
    private static partial Regex CikFolder();
}
