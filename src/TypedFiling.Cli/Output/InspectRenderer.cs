using System;
using System.Collections.Generic;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using TypedFiling.Cli.Loading;

namespace TypedFiling.Cli.Output;

/// <summary>
/// Writes <c>inspect</c>'s output: the risk factors of a filing and, with <c>--figures</c>, every figure with
/// the number of its risk factor, in a layout that fits the console's width (see <see cref="InspectLayouts"/>).
/// </summary>
internal static class InspectRenderer
{
    /// <summary>The figure kinds, in the order of the table's count columns, with their headers.</summary>
    private static readonly (FigureKind Kind, string Header, string Plural)[] Kinds =
    {
        (FigureKind.Money, "Money", "money"),
        (FigureKind.Percentage, "%", "%"),
        (FigureKind.Quantity, "Qty", "qty"),
        (FigureKind.Date, "Date", "date"),
        (FigureKind.FiscalPeriod, "Period", "period"),
        (FigureKind.Ratio, "Ratio", "ratio"),
    };

    public static void Render(IAnsiConsole console, LoadedFiling loaded, bool figures)
    {
        var filing = loaded.Filing;
        // The path and summary are one line that is not laid out, so that it can be searched for whole.
        console.Write(new Markup("[bold]" + Markup.Escape(loaded.Path) + "[/]"));
        console.WriteLine(": " + Summary(filing));
        if (filing.Outline is { } outline)
        {
            console.WriteLine("Outline: " + outline);
            console.WriteLine("Section: " + (outline.Section == SectionEvidence.None ? "none found, " + (filing.RiskFactors.Count == 0 ? "nothing read" : "the whole text read") : "\"" + outline.SectionHeading + "\", found by " + outline.Section));
        }

        var layout = Layout(filing, console.Profile.Width);
        if (layout == InspectLayout.List)
        {
            RenderList(console, filing);
        }
        else
        {
            console.Write(RiskFactorTable(filing, layout == InspectLayout.Stacked));
        }

        if (figures)
        {
            FigureRenderer.Render(console, filing);
        }
    }

    /// <summary>The layout the risk factors of <paramref name="filing"/> get at <paramref name="width"/> columns.</summary>
    public static InspectLayout Layout(Filing filing, int width)
    {
        var nameWidth = "Name".Length;
        var maxNumber = 0;
        Span<int> countWidths = stackalloc int[Kinds.Length];
        for (var k = 0; k < Kinds.Length; k++)
        {
            countWidths[k] = Kinds[k].Header.Length;
        }

        foreach (var riskFactor in filing.RiskFactors)
        {
            nameWidth = Math.Max(nameWidth, riskFactor.Name.Length);
            maxNumber = Math.Max(maxNumber, riskFactor.Number);
            for (var k = 0; k < Kinds.Length; k++)
            {
                countWidths[k] = Math.Max(countWidths[k], Number(Count(riskFactor, Kinds[k].Kind)).Length);
            }
        }

        return InspectLayouts.Choose(width, Number(maxNumber).Length, nameWidth, countWidths);
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

    private static Table RiskFactorTable(Filing filing, bool stacked)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        if (stacked)
        {
            table.AddColumn(new TableColumn("Name / Title"));
        }
        else
        {
            table.AddColumn(new TableColumn("Name").NoWrap());
            table.AddColumn(new TableColumn("Title"));
        }

        foreach (var (_, header, _) in Kinds)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var riskFactor in filing.RiskFactors)
        {
            var cells = new List<IRenderable> { new Text(Number(riskFactor.Number)) };
            if (stacked)
            {
                cells.Add(new Rows(Name(riskFactor.Name), new Text(riskFactor.Title)));
            }
            else
            {
                cells.Add(Name(riskFactor.Name));
                cells.Add(new Text(riskFactor.Title));
            }

            foreach (var (kind, _, _) in Kinds)
            {
                var count = Count(riskFactor, kind);
                cells.Add(new Text(count == 0 ? "." : Number(count)));
            }

            table.AddRow(cells);
        }

        return table;
    }

    /// <summary>Each risk factor as a few lines: "3. Name", the title wrapped under it, the figure counts.</summary>
    private static void RenderList(IAnsiConsole console, Filing filing)
    {
        var indent = Number(filing.RiskFactors.Count).Length + 2;
        foreach (var riskFactor in filing.RiskFactors)
        {
            console.WriteLine();
            console.Write(new Markup(Markup.Escape(Number(riskFactor.Number).PadLeft(indent - 2) + ". ") + "[cyan]" + Markup.Escape(riskFactor.Name) + "[/]" + "\n"));
            console.Write(new Padder(new Text(riskFactor.Title), new Padding(indent, 0, 0, 0)));
            console.Write(new Padder(new Text(Counts(riskFactor)), new Padding(indent, 0, 0, 0)));
        }
    }

    /// <summary>"Figures: 2 money, 1 %" or "Figures: none".</summary>
    private static string Counts(RiskFactor riskFactor)
    {
        var builder = new System.Text.StringBuilder("Figures: ");
        var any = false;
        foreach (var (kind, _, plural) in Kinds)
        {
            var count = Count(riskFactor, kind);
            if (count > 0)
            {
                builder.Append(any ? ", " : string.Empty).Append(Number(count)).Append(' ').Append(plural);
                any = true;
            }
        }

        return any ? builder.ToString() : "Figures: none";
    }

    private static Markup Name(string name) => new("[cyan]" + Markup.Escape(name) + "[/]");

    private static int Count(RiskFactor riskFactor, FigureKind kind)
    {
        var count = 0;
        foreach (var figure in riskFactor.Figures)
        {
            count += figure.Kind == kind ? 1 : 0;
        }

        return count;
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
