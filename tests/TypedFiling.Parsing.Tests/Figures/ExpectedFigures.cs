using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using TypedFiling.Parsing.Figures;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>Reads the tab-separated expected-figure files in Data/ and renders scanner output in the same columns.</summary>
internal static class ExpectedFigures
{
    /// <summary>Non-comment, non-blank rows split on tabs.</summary>
    public static List<string[]> Read(string path)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    /// <summary>Seed columns: line, column, kind, text, value, currency-or-unit, scale, qualifier, date, period, asof, label.</summary>
    public static string SeedRow(int line, int column, FigureMatch f) => string.Join("\t",
        line.ToString(CultureInfo.InvariantCulture),
        column.ToString(CultureInfo.InvariantCulture),
        f.Kind.ToString(),
        f.Text,
        ValueText(f),
        CurrencyOrUnit(f),
        f.Scale ?? string.Empty,
        f.Qualifier == Qualifier.None ? string.Empty : f.Qualifier.ToString(),
        f.Date?.ToString() ?? string.Empty,
        f.Period is null ? string.Empty : f.Period + "/" + (f.PeriodMonths?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
        f.AsOf?.ToString() ?? string.Empty,
        f.Label ?? string.Empty);

    /// <summary>Corpus columns: file, line, column, kind, text, value, currency-or-unit, qualifier.</summary>
    public static string CorpusRow(string file, int line, int column, FigureMatch f) => string.Join("\t",
        file,
        line.ToString(CultureInfo.InvariantCulture),
        column.ToString(CultureInfo.InvariantCulture),
        f.Kind.ToString(),
        f.Text,
        ValueText(f),
        CurrencyOrUnit(f),
        f.Qualifier == Qualifier.None ? string.Empty : f.Qualifier.ToString());

    public static string ValueText(FigureMatch f) => f.Kind == FigureKind.Ratio
        ? FigureFormat.Value(f.Value) + ":" + (f.Value2.HasValue ? FigureFormat.Value(f.Value2.Value) : string.Empty)
        : FigureFormat.Value(f.Value);

    public static string CurrencyOrUnit(FigureMatch f) => f.Kind == FigureKind.Money ? f.Currency ?? string.Empty : f.Unit ?? string.Empty;

    /// <summary>Rows of <paramref name="expected"/> not in <paramref name="actual"/> ("-") and the reverse ("+"), for a readable failure.</summary>
    public static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var sb = new StringBuilder();
        var a = new HashSet<string>(actual, StringComparer.Ordinal);
        var e = new HashSet<string>(expected, StringComparer.Ordinal);
        foreach (var row in expected)
        {
            if (!a.Contains(row))
            {
                sb.Append("- expected, not found: ").Append(row).Append('\n');
            }
        }

        foreach (var row in actual)
        {
            if (!e.Contains(row))
            {
                sb.Append("+ found, not expected: ").Append(row).Append('\n');
            }
        }

        return sb.ToString();
    }
}
