using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// The name a downloaded filing is saved under: <c>TICKER-FORM-REPORTDATE.EXT</c> in lower case
/// (<c>nvda-10k-2024-01-28.htm</c>, an amendment <c>nvda-10ka-…</c>), the primary document's own extension kept.
/// The generator names the filing's class after it (<c>Nvda10K20240128</c>).
/// </summary>
internal static class FilingFileName
{
    public static string For(string ticker, FilingRow row) =>
        Ticker(ticker) + "-" + Form(row.Form) + "-" + row.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Extension(row.PrimaryDocument);

    /// <summary>
    /// The names of <paramref name="rows"/>, in their order, each distinct: of filings that would share a name (two
    /// amendments of one year), the first filed keeps it and the later ones take their accession number after the
    /// date, so that a name, once given, stays with its filing when more are filed.
    /// </summary>
    public static List<string> ForAll(string ticker, IReadOnlyList<FilingRow> rows)
    {
        var names = new List<string>(rows.Count);
        var firstFiled = new Dictionary<string, FilingRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var name = For(ticker, row);
            names.Add(name);
            if (!firstFiled.TryGetValue(name, out var first) || Compare(row, first) < 0)
            {
                firstFiled[name] = row;
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (!ReferenceEquals(firstFiled[names[i]], rows[i]))
            {
                var extension = Path.GetExtension(names[i]);
                names[i] = names[i][..^extension.Length] + "-" + rows[i].Accession + extension;
            }
        }

        return names;
    }

    private static int Compare(FilingRow a, FilingRow b)
    {
        var byDate = a.FilingDate.CompareTo(b.FilingDate);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Accession, b.Accession);
    }

    /// <summary>Letters and digits, lower case, anything else a '-': "BRK.B" and "BRK-B" are both "brk-b".</summary>
    private static string Ticker(string ticker)
    {
        var text = new StringBuilder(ticker.Length);
        foreach (var c in ticker.Trim())
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return text.ToString();
    }

    /// <summary>Letters and digits only, lower case: "10-K" is "10k", "10-K/A" "10ka", "S-1" "s1".</summary>
    private static string Form(string form)
    {
        var text = new StringBuilder(form.Length);
        foreach (var c in form)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }

    /// <summary>The document's extension in lower case (".htm", ".txt"); none when it has none a file system would keep.</summary>
    private static string Extension(string document)
    {
        var extension = Path.GetExtension(document.Replace('\\', '/').Split('/')[^1]);
        foreach (var c in extension.AsSpan(extension.Length > 0 ? 1 : 0))
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return string.Empty;
            }
        }

        return extension.ToLowerInvariant();
    }
}
