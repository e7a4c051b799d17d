using System;
using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Export.Tables;

/// <summary>
/// <c>facts</c>: the numeric inline XBRL facts, laid out as the SEC's <c>num</c> table (<see cref="SecNumbers"/>), one
/// row per tag, version, ddate, qtrs, uom, segments and coreg: where the filing repeats a fact, the most precise by
/// <c>decimals</c> (INF first; a valued fact before a nil one; then the first in the document).
/// <c>text_facts</c>: the other facts (cover data, dates, text blocks) with the same keys, the first of each.
/// </summary>
internal static class FactsTable
{
    /// <summary>The SEC's <c>num.value</c> keeps four digits after the point; 28 digits is what a .NET decimal holds whole.</summary>
    private const int Precision = 28;
    private const int Scale = 4;

    public static TableSchema Schema { get; } = new(
        "facts",
        Columns(Keys, new[] { ColumnSpec.Text("uom") }, Dimensions, new[] { ColumnSpec.Number("value", Precision, Scale), ColumnSpec.Int("decimals", nullable: true) }, Context));

    public static TableSchema TextSchema { get; } = new(
        "text_facts",
        Columns(Keys, Dimensions, new[] { ColumnSpec.Text("value", nullable: true), ColumnSpec.Date("date") }, Context));

    /// <summary>The <c>num</c> table's keys before its unit, which both tables start with.</summary>
    private static ColumnSpec[] Keys =>
        new[] { ColumnSpec.Text("filing"), ColumnSpec.Text("adsh", nullable: true), ColumnSpec.Text("tag"), ColumnSpec.Text("version"), ColumnSpec.Int("ddate"), ColumnSpec.Int("qtrs") };

    private static ColumnSpec[] Dimensions => new[] { ColumnSpec.Text("segments", nullable: true), ColumnSpec.Text("coreg", nullable: true) };

    /// <summary>The fact as the filing has it: its qualified concept and its context's dates, unrounded.</summary>
    private static ColumnSpec[] Context => new[] { ColumnSpec.Text("concept"), ColumnSpec.Date("period_start"), ColumnSpec.Date("period_end") };

    /// <summary>Fills both tables; returns the rows written to each.</summary>
    public static (int Numeric, int Text) Fill(TableBatch numeric, TableBatch text, TableBatch errors, ExportedFiling filing)
    {
        var kept = new Dictionary<(string Concept, int DDate, int Qtrs, string? Uom, string? Segments, string? Coreg), int>();
        var rows = new List<Row>();
        foreach (var fact in filing.Parsed.Model.Facts)
        {
            if (Row.Of(fact) is not Row row)
            {
                ErrorsTable.Add(errors, filing.Key, "facts", fact.Concept + " (context " + fact.ContextId + "): no period end date; left out");
                continue;
            }

            var key = (fact.Concept, row.DDate, row.Qtrs, row.Uom, row.Segments, row.Coreg);
            if (!kept.TryGetValue(key, out var index))
            {
                kept.Add(key, rows.Count);
                rows.Add(row);
            }
            else if (row.Uom is not null && row.Precision > rows[index].Precision)
            {
                rows[index] = row;
            }
        }

        var counts = (Numeric: 0, Text: 0);
        foreach (var row in rows)
        {
            if (row.Uom is not null)
            {
                WriteNumeric(numeric, errors, filing, row);
                counts.Numeric++;
            }
            else
            {
                WriteText(text, filing, row);
                counts.Text++;
            }
        }

        return counts;
    }

    private static void WriteNumeric(TableBatch batch, TableBatch errors, ExportedFiling filing, Row row)
    {
        var fact = row.Fact;
        WriteKeys(batch, filing, row).Text(row.Uom).Text(row.Segments).Text(row.Coreg)
            .Decimal(fact.Value, out var fits).Int(row.Decimals).Text(fact.Concept).Date(row.Start).Date(row.End)
            .EndRow();
        if (!fits)
        {
            ErrorsTable.Add(errors, filing.Key, "facts", fact.Concept + " (context " + fact.ContextId + "): " + fact.Value + " has more digits than facts.value holds (" + (Precision - Scale) + " before the point); written as null");
        }
    }

    private static void WriteText(TableBatch batch, ExportedFiling filing, Row row)
    {
        var fact = row.Fact;
        WriteKeys(batch, filing, row).Text(row.Segments).Text(row.Coreg)
            .Text(fact.IsNil ? null : fact.Text).Date(SecNumbers.Day(fact.Date)).Text(fact.Concept).Date(row.Start).Date(row.End)
            .EndRow();
    }

    private static TableBatch WriteKeys(TableBatch batch, ExportedFiling filing, Row row) =>
        batch.Text(filing.Key).Text(filing.Accession).Text(SecNumbers.Tag(row.Fact.Concept)).Text(filing.Versions.Of(SecNumbers.Prefix(row.Fact.Concept)))
            .Int(row.DDate).Int(row.Qtrs);

    private static ColumnSpec[] Columns(params ColumnSpec[][] parts)
    {
        var columns = new List<ColumnSpec>();
        foreach (var part in parts)
        {
            columns.AddRange(part);
        }

        return columns.ToArray();
    }

    /// <summary>A fact with its <c>num</c> keys worked out.</summary>
    private sealed record Row(FactModel Fact, int DDate, int Qtrs, string? Uom, string? Segments, string? Coreg, DateOnly? Start, DateOnly End, int? Decimals, long Precision)
    {
        public static Row? Of(FactModel fact)
        {
            var start = SecNumbers.Day(fact.Start);
            if ((SecNumbers.Day(fact.Instant) ?? SecNumbers.Day(fact.End)) is not DateOnly end)
            {
                return null;
            }

            var decimals = ParseDecimals(fact.Decimals, out var infinite);
            var precision = fact.IsNil || fact.Value is null ? long.MinValue : infinite ? long.MaxValue : decimals ?? int.MinValue;
            return new Row(
                fact,
                SecNumbers.DDate(end),
                fact.Instant is null ? SecNumbers.Quarters(start, end) : 0,
                SecNumbers.Uom(fact.Unit),
                SecNumbers.Segments(fact.Dimensions),
                SecNumbers.Coregistrant(fact.Dimensions),
                fact.Instant is null ? start : null,
                end,
                decimals,
                precision);
        }

        /// <summary>"-6" → -6; "INF" → null (exact) with <paramref name="infinite"/> set; absent → null.</summary>
        private static int? ParseDecimals(string? text, out bool infinite)
        {
            infinite = string.Equals(text?.Trim(), "INF", StringComparison.OrdinalIgnoreCase);
            return int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
    }
}
