using System.Globalization;

namespace TypedFiling.Cli.Output;

/// <summary>A figure's value, unit and as-of date as the tool shows them, and the key a changed value is found by.</summary>
internal static class FigureText
{
    /// <summary>The value alone: "9,200,000,000", "74.2", "2010-09-17", "1:5".</summary>
    public static string Value(Figure figure) => figure switch
    {
        Money money => Number(money.Amount),
        Percentage percentage => Number(percentage.Value),
        Quantity quantity => Number(quantity.Value),
        FilingDate date => date.Date.ToString(),
        FiscalPeriod period => period.End.ToString(),
        Ratio ratio => Number(ratio.Left) + ":" + Number(ratio.Right),
        _ => figure.Text,
    };

    /// <summary>The unit or currency: "JPY", "%", "consolidated subsidiaries", "fiscal year (12 months)", "split".</summary>
    public static string Unit(Figure figure) => figure switch
    {
        Money money => money.Currency,
        Percentage => "%",
        Quantity quantity => quantity.Unit,
        FilingDate date => date.Precision.ToString().ToLowerInvariant(),
        FiscalPeriod period => PeriodName(period.Period) + (period.Months is int months ? " (" + months.ToString(CultureInfo.InvariantCulture) + " months)" : string.Empty),
        Ratio ratio => ratio.Unit ?? string.Empty,
        _ => string.Empty,
    };

    /// <summary>The hedge as written ("approximately"), or empty.</summary>
    public static string Qualifier(Figure figure) => figure switch
    {
        Money money => money.QualifierText ?? string.Empty,
        Percentage percentage => percentage.QualifierText ?? string.Empty,
        Quantity quantity => quantity.QualifierText ?? string.Empty,
        _ => string.Empty,
    };

    /// <summary>"2010-03-31", "period ending 2010-03-31", or empty.</summary>
    public static string AsOf(Figure figure) =>
        figure.AsOf is not { } asOf ? string.Empty : (figure.AsOfIsPeriod ? "period ending " : string.Empty) + asOf;

    /// <summary>The kind as the table shows it.</summary>
    public static string Kind(Figure figure) => figure.Kind switch
    {
        FigureKind.FiscalPeriod => "Period",
        _ => figure.Kind.ToString(),
    };

    /// <summary>"JPY 9,200,000,000 (approximately), as of 2010-03-31": everything that makes the value what it is.</summary>
    public static string Describe(Figure figure)
    {
        var unit = Unit(figure);
        var value = figure switch
        {
            Money => unit + " " + Value(figure) + (figure is Money { IsNegative: true } ? " (negative)" : string.Empty),
            Percentage => Value(figure) + "%",
            _ => unit.Length == 0 ? Value(figure) : Value(figure) + " " + unit,
        };
        var qualifier = Qualifier(figure);
        var asOf = AsOf(figure);
        return value + (qualifier.Length == 0 ? string.Empty : " (" + qualifier + ")") + (asOf.Length == 0 ? string.Empty : ", as of " + asOf);
    }

    private static string PeriodName(PeriodKind period) => period switch
    {
        PeriodKind.FiscalYear => "fiscal year",
        PeriodKind.Months => "months",
        PeriodKind.Quarter => "quarter",
        PeriodKind.CalendarYear => "calendar year",
        _ => "period",
    };

    private static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
