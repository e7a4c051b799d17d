namespace TypedFiling;

/// <summary>A date in a filing's text: "September 17, 2010", "August 2011", "in 2007".</summary>
public sealed class FilingDate : Figure
{
    /// <summary>Creates a date figure.</summary>
    public FilingDate(FigureSource source, CalendarDate date)
        : base(FigureKind.Date, source) => Date = date;

    /// <summary>The date at the precision written.</summary>
    public CalendarDate Date { get; }

    /// <summary>How much of the date was written.</summary>
    public DatePrecision Precision => Date.Precision;

    private protected override bool ValueEquals(Figure other) => other is FilingDate date && Date.Equals(date.Date);

    private protected override string ValueText() => Date.ToString();
}
