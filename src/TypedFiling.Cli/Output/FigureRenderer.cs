using System;
using Spectre.Console;

namespace TypedFiling.Cli.Output;

/// <summary>
/// Writes <c>inspect --figures</c>: each figure with the number of the risk factor it stands in, its generated
/// name, kind, value, unit, as-of date and words as written; a table where the width holds one, else a list.
/// </summary>
internal static class FigureRenderer
{
    /// <summary>The narrowest "As written" column worth a table: "approximately ¥9.2 billion" on two lines.</summary>
    private const int MinAsWrittenWidth = 16;

    public static void Render(IAnsiConsole console, Filing filing)
    {
        if (FitsTable(filing, console.Profile.Width))
        {
            console.Write(Table(filing));
        }
        else
        {
            RenderList(console, filing);
        }
    }

    /// <summary>Whether the table's columns that do not wrap leave room for the words as written.</summary>
    public static bool FitsTable(Filing filing, int width)
    {
        Span<int> widths = stackalloc int[6];
        widths[0] = "Risk".Length;
        widths[1] = "Figure".Length;
        widths[2] = "Kind".Length;
        widths[3] = "Value".Length;
        widths[4] = "Unit".Length;
        widths[5] = "As of".Length;
        foreach (var riskFactor in filing.RiskFactors)
        {
            foreach (var figure in riskFactor.Figures)
            {
                widths[0] = Math.Max(widths[0], InspectRenderer.Number(riskFactor.Number).Length);
                widths[1] = Math.Max(widths[1], figure.Name.Length);
                widths[2] = Math.Max(widths[2], FigureText.Kind(figure).Length);
                widths[3] = Math.Max(widths[3], FigureText.Value(figure).Length);
                widths[4] = Math.Max(widths[4], Longest(FigureText.Unit(figure)));
                widths[5] = Math.Max(widths[5], Longest(FigureText.AsOf(figure)));
            }
        }

        return width - InspectLayouts.TableWidth(widths) - 3 >= MinAsWrittenWidth;
    }

    private static Table Table(Filing filing)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Risk").RightAligned());
        table.AddColumn(new TableColumn("Figure").NoWrap());
        table.AddColumn(new TableColumn("Kind"));
        table.AddColumn(new TableColumn("Value").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Unit"));
        table.AddColumn(new TableColumn("As of"));
        table.AddColumn(new TableColumn("As written"));
        foreach (var riskFactor in filing.RiskFactors)
        {
            foreach (var figure in riskFactor.Figures)
            {
                table.AddRow(
                    new Text(InspectRenderer.Number(riskFactor.Number)),
                    new Markup("[cyan]" + Markup.Escape(figure.Name) + "[/]"),
                    new Text(FigureText.Kind(figure)),
                    new Text(FigureText.Value(figure)),
                    new Text(FigureText.Unit(figure)),
                    new Text(FigureText.AsOf(figure)),
                    new Text(figure.Text));
            }
        }

        return table;
    }

    /// <summary>"3. AcquisitionPriceOfIijGlobal", then "Money: JPY 9,200,000,000, as of 2010-03-31: ¥9.2 billion" under it.</summary>
    private static void RenderList(IAnsiConsole console, Filing filing)
    {
        var indent = InspectRenderer.Number(filing.RiskFactors.Count).Length + 2;
        console.WriteLine();
        console.Write(new Markup("[bold]Figures[/] (by the number of their risk factor)\n"));
        foreach (var riskFactor in filing.RiskFactors)
        {
            foreach (var figure in riskFactor.Figures)
            {
                console.Write(new Markup(Markup.Escape(InspectRenderer.Number(riskFactor.Number).PadLeft(indent - 2) + ". ") + "[cyan]" + Markup.Escape(figure.Name) + "[/]\n"));
                console.Write(new Padder(new Text(FigureText.Kind(figure) + ": " + FigureText.Describe(figure) + ": \u201C" + figure.Text + "\u201D"), new Padding(indent, 0, 0, 0)));
            }
        }
    }

    /// <summary>The longest word: what a wrapping column needs at least.</summary>
    private static int Longest(string text)
    {
        var longest = 0;
        foreach (var word in text.Split(' '))
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }
}
