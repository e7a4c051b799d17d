using System.Globalization;

namespace TypedFiling;

/// <summary>A reporting period: "fiscal year ended March 31, 2010", "the six months ended ...", "fiscal 2009".</summary>
public sealed class FiscalPeriod : Figure
{
    /// <summary>Creates a period.</summary>
    public FiscalPeriod(FigureSource source, PeriodKind period, int? months, CalendarDate end)
        : base(FigureKind.FiscalPeriod, source)
    {
        Period = period;
        Months = months;
        End = end;
    }

    /// <summary>The kind of period.</summary>
    public PeriodKind Period { get; }

    /// <summary>Its length in months, where known (12 for a fiscal year, 6 for "six months ended").</summary>
    public int? Months { get; }

    /// <summary>Its end date (only the year for "fiscal 2009").</summary>
    public CalendarDate End { get; }

    private protected override bool ValueEquals(Figure other) =>
        other is FiscalPeriod period && Period == period.Period && Months == period.Months && End.Equals(period.End);

    private protected override string ValueText() =>
        Period + (Months.HasValue ? " of " + Months.Value.ToString(CultureInfo.InvariantCulture) + " months" : string.Empty) + " ending " + End;
}
