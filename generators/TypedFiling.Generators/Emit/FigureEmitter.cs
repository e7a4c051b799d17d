using System.Globalization;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Generators.Emit;

/// <summary>Writes a risk factor's nested <c>Figures</c> class: one typed, documented, source-mapped member per figure.</summary>
internal static class FigureEmitter
{
    private const string Runtime = "global::TypedFiling.";

    public static void WriteFiguresClass(SourceWriter writer, RiskFactorModel riskFactor, LineDirectives lines, string generatedCode)
    {
        writer.Doc("summary", "The figures of this risk factor, one member each, in text order.")
            .Line(generatedCode)
            .Line("public static partial class " + GeneratedShape.FiguresClass)
            .OpenBrace();

        foreach (var figure in riskFactor.Figures)
        {
            WriteFigure(writer, figure, lines);
            writer.Line();
        }

        // After the fields: static initializers run in text order.
        writer.Doc("summary", "All figures of this risk factor, in text order.")
            .StartLine().Append("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Figure> " + GeneratedShape.AllProperty + " { get; } = ");
        if (riskFactor.Figures.Count == 0)
        {
            writer.Append("global::System.Array.AsReadOnly(global::System.Array.Empty<" + Runtime + "Figure>());").EndLine();
        }
        else
        {
            writer.Append("global::System.Array.AsReadOnly(new " + Runtime + "Figure[]").EndLine()
                .Line("{");
            foreach (var figure in riskFactor.Figures)
            {
                writer.Line("    ", figure.Name, ",");
            }

            writer.Line("});");
        }

        writer.CloseBrace();
    }

    private static void WriteFigure(SourceWriter writer, FigureModel figure, LineDirectives lines)
    {
        var match = figure.Match;
        writer.Doc("summary", match.Text, ": \u201C", match.Sentence, "\u201D");
        writer.Doc("remarks", Describe(match));
        var type = TypeName(match.Kind);
        lines.Mapped(writer, figure.Location, "public static readonly " + Runtime + type + " ", figure.Name + " = new " + Runtime + type + "(");
        writer.StartLine().Append("    new " + Runtime + "FigureSource(").Literal(figure.Name).Append(", ").Literal(match.Text).Append(", ").Literal(match.Sentence).Append(", ");
        Spans.Write(writer, figure.Location);
        writer.Append(", label: ").Literal(match.Label)
            .Append(", asOf: ").Append(Date(match.AsOf))
            .Append(", asOfText: ").Literal(match.AsOfText)
            .Append(", asOfIsPeriod: ").Append(Bool(match.AsOfIsPeriod))
            .Append("),").EndLine();

        writer.StartLine().Append("    ");
        switch (match.Kind)
        {
            case FigureKind.Money:
                writer.Append("amount: ").Append(Decimal(match.Value))
                    .Append(", currency: ").Literal(match.Currency ?? string.Empty)
                    .Append(", scale: ").Literal(match.Scale);
                Qualifier(writer, match);
                writer.Append(", isNegative: ").Append(Bool(match.IsNegative));
                if (match.CurrencySource != CurrencySource.Symbol) writer.Append(", currencySource: " + Runtime + "CurrencySource.").Append(match.CurrencySource.ToString());
                if (figure.TranslationOf is not null) writer.Append(", translationOf: ").Append(figure.TranslationOf);
                break;
            case FigureKind.Percentage:
                writer.Append("value: ").Append(Decimal(match.Value));
                Qualifier(writer, match);
                if (match.IsPoints) writer.Append(", isPoints: true");
                break;
            case FigureKind.Quantity:
                writer.Append("value: ").Append(Decimal(match.Value)).Append(", unit: ").Literal(match.Unit ?? string.Empty);
                Qualifier(writer, match);
                break;
            case FigureKind.Date:
                writer.Append("date: ").Append(Date(match.Date));
                break;
            case FigureKind.FiscalPeriod:
                writer.Append("period: " + Runtime + "PeriodKind.").Append((match.Period ?? PeriodKind.Period).ToString())
                    .Append(", months: ").Append(match.PeriodMonths is int months ? months.ToString(CultureInfo.InvariantCulture) : "null")
                    .Append(", end: ").Append(Date(match.Date));
                break;
            default:
                writer.Append("left: ").Append(Decimal(match.Value)).Append(", right: ").Append(Decimal(match.Value2 ?? 0m)).Append(", unit: ").Literal(match.Unit);
                break;
        }

        writer.Append(");").EndLine();
    }

    private static void Qualifier(SourceWriter writer, FigureMatch match) =>
        writer.Append(", qualifier: " + Runtime + "Qualifier.").Append(match.Qualifier.ToString())
            .Append(", qualifierText: ").Literal(match.QualifierText);

    private static string TypeName(FigureKind kind) => kind switch
    {
        FigureKind.Money => "Money",
        FigureKind.Percentage => "Percentage",
        FigureKind.Quantity => "Quantity",
        FigureKind.Date => "FilingDate",
        FigureKind.FiscalPeriod => "FiscalPeriod",
        _ => "Ratio",
    };

    /// <summary>The value in words for the tooltip: "Money: JPY 9200000000 (approximately), as of 2010-03-31."</summary>
    private static string Describe(FigureMatch match)
    {
        var value = match.Kind switch
        {
            FigureKind.Money => (match.Currency ?? string.Empty) + " " + match.Value.ToString(CultureInfo.InvariantCulture),
            FigureKind.Percentage => match.Value.ToString(CultureInfo.InvariantCulture) + "%",
            FigureKind.Quantity => match.Value.ToString(CultureInfo.InvariantCulture) + " " + match.Unit,
            FigureKind.Date => match.Date?.ToString() ?? string.Empty,
            FigureKind.FiscalPeriod => (match.Period ?? PeriodKind.Period) + (match.PeriodMonths is int months ? " of " + months.ToString(CultureInfo.InvariantCulture) + " months" : string.Empty) + " ending " + match.Date,
            _ => match.Value.ToString(CultureInfo.InvariantCulture) + ":" + (match.Value2 ?? 0m).ToString(CultureInfo.InvariantCulture),
        };
        var qualifier = match.QualifierText is null ? string.Empty : " (" + match.QualifierText + ")";
        var asOf = match.AsOf is null ? string.Empty : (match.AsOfIsPeriod ? ", for the period ending " : ", as of ") + match.AsOf;
        return match.Kind + ": " + value + qualifier + asOf + ".";
    }

    private static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A <c>CalendarDate</c> constructor call, or <c>null</c>.</summary>
    internal static string Date(FigureDate? date)
    {
        if (date is null)
        {
            return "null";
        }

        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return "new " + Runtime + "CalendarDate(" + year +
            (date.Month is int month ? ", " + month.ToString(CultureInfo.InvariantCulture) : string.Empty) +
            (date.Day is int day ? ", " + day.ToString(CultureInfo.InvariantCulture) : string.Empty) + ")";
    }
}
