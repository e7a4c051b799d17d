namespace TypedFiling.Parsing.Figures;

/// <summary>A figure while the scan is building it (token bounds, then as-of and label).</summary>
internal sealed class Draft
{
    public FigureKind Kind;
    public int FirstTok;
    public int LastTok;

    /// <summary>The token where the figure proper starts (after qualifier and opening parenthesis).</summary>
    public int CoreTok;
    public decimal Value;
    public decimal? Value2;
    public string? Currency;
    public string? Scale;
    public string? Unit;
    public int UnitFirstTok = -1;
    public int UnitLastTok = -1;
    public Qualifier Qualifier;
    public string? QualifierText;
    public bool IsNegative;
    public FigureDate? Date;
    public PeriodKind? Period;
    public int? PeriodMonths;

    /// <summary>"fiscal years ended March 31, 2009 and 2010": more years may follow the date.</summary>
    public bool PluralPeriod;
    public string? AsOfText;
    public FigureDate? AsOf;
    public bool AsOfIsPeriod;
    public string? Label;
}
