using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Matching;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Locking;

/// <summary>
/// Writes a filing's lock file: its risk factors sorted by id, one member a line in a fixed order, indented with
/// two spaces and ending with a line break, so the same filing always gives the same bytes and a pull request's
/// diff of the lock shows one line per change.
/// </summary>
internal static class LockWriter
{
    /// <summary>The lock of <paramref name="model"/>'s risk factors as they are named now.</summary>
    public static FilingLock Lock(FilingModel model)
    {
        var entries = new List<LockEntry>(model.RiskFactors.Count);
        foreach (var riskFactor in model.RiskFactors)
        {
            entries.Add(new LockEntry(riskFactor.Id, riskFactor.Name, riskFactor.Number, riskFactor.Title, TextFingerprint.Of(riskFactor.Text)));
        }

        entries.Sort(static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        return new FilingLock(EquatableArray.From(entries));
    }

    /// <summary>The text of <paramref name="filingLock"/>'s file, for the filing <paramref name="fileName"/>.</summary>
    public static string Write(FilingLock filingLock, string fileName)
    {
        var text = new StringBuilder(256 + (filingLock.Entries.Count * 512));
        text.Append("{\n");
        text.Append("  \"schemaVersion\": ").Append(FilingLock.SchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        text.Append("  \"filing\": ");
        AppendString(text, fileName);
        text.Append(",\n  \"riskFactors\": [");
        for (var i = 0; i < filingLock.Entries.Count; i++)
        {
            var entry = filingLock.Entries[i];
            text.Append(i == 0 ? "\n" : ",\n");
            text.Append("    {\n      \"id\": ");
            AppendString(text, entry.Id);
            text.Append(",\n      \"name\": ");
            AppendString(text, entry.Name);
            text.Append(",\n      \"number\": ").Append(entry.Number.ToString(CultureInfo.InvariantCulture));
            text.Append(",\n      \"title\": ");
            AppendString(text, entry.Title);
            text.Append(",\n      \"textHash\": ");
            AppendString(text, entry.Fingerprint.Hash);
            text.Append(",\n      \"textSketch\": ");
            AppendString(text, entry.Fingerprint.SketchText());
            text.Append("\n    }");
        }

        text.Append(filingLock.Entries.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return text.ToString();
    }

    /// <summary>A JSON string: quotes, backslashes and control characters escaped, everything else as written.</summary>
    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
