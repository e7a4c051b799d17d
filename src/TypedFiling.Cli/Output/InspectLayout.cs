using System;

namespace TypedFiling.Cli.Output;

/// <summary>How <c>inspect</c> lays out the risk factors for the width it has.</summary>
internal enum InspectLayout
{
    /// <summary>One row per risk factor: number, name, title and figure counts in columns.</summary>
    Table,

    /// <summary>The same table with the name stacked above the title in one cell, for the width a name column would take.</summary>
    Stacked,

    /// <summary>No table: the number and name on a line, the title wrapped below it, then the figure counts.</summary>
    List,
}

/// <summary>
/// Chooses the layout from the widths of the columns: a table only while its title column can hold a title
/// in a few lines, since a title wrapped one word a line cannot be read.
/// </summary>
internal static class InspectLayouts
{
    /// <summary>A title column narrower than this wraps a typical 15-word title into more than four lines.</summary>
    public const int MinTitleWidth = 40;

    /// <summary>What a rounded Spectre table adds around its cells: one space each side of a cell, a border between and around columns.</summary>
    public static int TableWidth(ReadOnlySpan<int> contentWidths)
    {
        var total = contentWidths.Length + 1;
        foreach (var width in contentWidths)
        {
            total += width + 2;
        }

        return total;
    }

    /// <summary>
    /// The layout for <paramref name="width"/> columns, given the widths of the number column, of the longest
    /// name and of each figure-count column.
    /// </summary>
    public static InspectLayout Choose(int width, int numberWidth, int nameWidth, ReadOnlySpan<int> countWidths)
    {
        Span<int> fixedColumns = stackalloc int[countWidths.Length + 2];
        fixedColumns[0] = numberWidth;
        countWidths.CopyTo(fixedColumns[1..]);

        // Table: the name column beside the title; the title column is what is left of the width.
        fixedColumns[^1] = nameWidth;
        var titleColumn = width - TableWidth(fixedColumns) - 3;
        if (titleColumn >= MinTitleWidth)
        {
            return InspectLayout.Table;
        }

        // Stacked: the name above the title in one cell, which must hold the whole name on one line.
        var cell = width - TableWidth(fixedColumns[..^1]) - 3;
        return cell >= Math.Max(nameWidth, MinTitleWidth) ? InspectLayout.Stacked : InspectLayout.List;
    }
}
