using System.Globalization;
using Spectre.Console;

namespace TypedFiling.Cli.Output;

/// <summary>Writes <c>inspect --facts</c>'s table: a filing's inline XBRL facts in document order.</summary>
internal static class FactsRenderer
{
    /// <summary>How much of a text fact the table shows.</summary>
    private const int TextLimit = 24;

    public static void Render(IAnsiConsole console, Filing filing)
    {
        console.WriteLine();
        if (filing.Facts.Count == 0)
        {
            console.WriteLine("No inline XBRL facts.");
            return;
        }

        console.WriteLine("Facts (" + filing.Facts.Count.ToString(CultureInfo.InvariantCulture) + "):");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Concept"));
        table.AddColumn(new TableColumn("Period").NoWrap());
        table.AddColumn(new TableColumn("Value").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Unit").NoWrap());
        table.AddColumn(new TableColumn("Shown").RightAligned().NoWrap());
        foreach (var fact in filing.Facts)
        {
            table.AddRow(
                new Markup("[cyan]" + Markup.Escape(fact.Concept) + "[/]" + Markup.Escape(Dimensions(fact))),
                new Text(fact.Instant is { } instant ? instant.ToString() : fact.Start is { } start && fact.End is { } end ? start + " to " + end : "forever"),
                new Text(fact.IsNil ? "nil" : fact.Value?.ToString(CultureInfo.InvariantCulture) ?? Shorten(fact.Text)),
                new Text(fact.Unit ?? string.Empty),
                new Text(fact.IsNumeric ? fact.Text : string.Empty));
        }

        console.Write(table);
    }

    /// <summary>One line per dimension under the concept: "  ProductOrServiceAxis = DataCenterMember".</summary>
    private static string Dimensions(Fact fact)
    {
        var text = new System.Text.StringBuilder();
        foreach (var dimension in fact.Dimensions)
        {
            text.Append("\n  ").Append(LocalName(dimension.Key)).Append(" = ").Append(LocalName(dimension.Value));
        }

        return text.ToString();
    }

    private static string LocalName(string qualified) => qualified.Substring(qualified.IndexOf(':') + 1);

    private static string Shorten(string text) => text.Length <= TextLimit ? text : text.Substring(0, TextLimit) + "\u2026";
}
