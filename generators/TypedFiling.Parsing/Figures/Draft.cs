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

    /// <summary>Money: how the currency was known (sign, code, name, metadata, the filing's stated convention).</summary>
    public CurrencySource CurrencySource;

    /// <summary>Money: the amount this one restates in parentheses ("RMB8.7 billion (US$1.2 billion)").</summary>
    public Draft? TranslationOf;

    /// <summary>Money: "$(12.5) million", negative inside the parentheses.</summary>
    public bool InnerParen;

    /// <summary>Percentage: "5 percentage points", a difference of percentages, not a share of a whole.</summary>
    public bool IsPoints;
}
