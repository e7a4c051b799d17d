using System.Collections.Generic;
using System.Globalization;
using Spectre.Console;
using TypedFiling.Cli.Loading;

namespace TypedFiling.Cli.Output;

/// <summary>Writes <c>inspect</c>'s tables: the risk factors of a filing and, with <c>--figures</c>, every figure.</summary>
internal static class InspectRenderer
{
    /// <summary>The figure kinds, in the order of the table's count columns, with their headers.</summary>
    private static readonly (FigureKind Kind, string Header)[] Kinds =
    {
        (FigureKind.Money, "Money"),
        (FigureKind.Percentage, "%"),
        (FigureKind.Quantity, "Qty"),
        (FigureKind.Date, "Date"),
        (FigureKind.FiscalPeriod, "Period"),
        (FigureKind.Ratio, "Ratio"),
    };

    public static void Render(IAnsiConsole console, LoadedFiling loaded, bool figures)
    {
        var filing = loaded.Filing;
        console.Write(new Markup("[bold]" + Markup.Escape(loaded.Path) + "[/]"));
        console.WriteLine(": " + Summary(filing));
        if (filing.Outline is { } outline)
        {
            console.WriteLine("Outline: " + outline);
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("Name").NoWrap());
        table.AddColumn(new TableColumn("Title"));
        foreach (var (_, header) in Kinds)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var riskFactor in filing.RiskFactors)
        {
            var cells = new List<Spectre.Console.Rendering.IRenderable>
            {
                new Text(Number(riskFactor.Number)),
                new Markup("[cyan]" + Markup.Escape(riskFactor.Name) + "[/]"),
                new Text(riskFactor.Title),
            };
            foreach (var (kind, _) in Kinds)
            {
                var count = 0;
                foreach (var figure in riskFactor.Figures)
                {
                    count += figure.Kind == kind ? 1 : 0;
                }

                cells.Add(new Text(count == 0 ? "." : Number(count)));
            }

            table.AddRow(cells);
        }

        console.Write(table);
        if (figures)
        {
            RenderFigures(console, filing);
        }
    }

    /// <summary>"Iij20F2010, Form 20-F, fiscal year ended 2010-03-31, 18 risk factors, 57 figures".</summary>
    public static string Summary(Filing filing)
    {
        var figureCount = 0;
        foreach (var riskFactor in filing.RiskFactors)
        {
            figureCount += riskFactor.Figures.Count;
        }

        return filing.Name +
            (filing.Company is null ? string.Empty : ", " + filing.Company) +
            (filing.Form is null ? string.Empty : ", Form " + filing.Form) +
            (filing.FiscalYearEnd is null ? string.Empty : ", fiscal year ended " + filing.FiscalYearEnd) +
            ", " + Number(filing.RiskFactors.Count) + (filing.RiskFactors.Count == 1 ? " risk factor" : " risk factors") +
            ", " + Number(figureCount) + (figureCount == 1 ? " figure" : " figures");
    }

    private static void RenderFigures(IAnsiConsole console, Filing filing)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
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
                    new Text(Number(riskFactor.Number)),
                    new Markup("[cyan]" + Markup.Escape(figure.Name) + "[/]"),
                    new Text(FigureText.Kind(figure)),
                    new Text(FigureText.Value(figure)),
                    new Text(FigureText.Unit(figure)),
                    new Text(FigureText.AsOf(figure)),
                    new Text(figure.Text));
            }
        }

        console.Write(table);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
