namespace TypedFiling.Parsing.Figures;

/// <summary>What a figure is.</summary>
internal enum FigureKind
{
    /// <summary>An amount of money.</summary>
    Money,
    /// <summary>A percentage.</summary>
    Percentage,
    /// <summary>A count of things.</summary>
    Quantity,
    /// <summary>A date.</summary>
    Date,
    /// <summary>A fiscal or reporting period.</summary>
    FiscalPeriod,
    /// <summary>A ratio or split.</summary>
    Ratio,
}

/// <summary>The hedge a filing puts before a figure ("approximately ¥5.5 billion").</summary>
internal enum Qualifier
{
    /// <summary>Stated exactly.</summary>
    None,
    /// <summary>"approximately".</summary>
    Approximately,
    /// <summary>"about".</summary>
    About,
    /// <summary>"around".</summary>
    Around,
    /// <summary>"over".</summary>
    Over,
    /// <summary>"more than".</summary>
    MoreThan,
    /// <summary>"less than".</summary>
    LessThan,
    /// <summary>"up to".</summary>
    UpTo,
    /// <summary>"at least".</summary>
    AtLeast,
    /// <summary>"an estimated".</summary>
    Estimated,
    /// <summary>"nearly".</summary>
    Nearly,
    /// <summary>"almost".</summary>
    Almost,
    /// <summary>"roughly".</summary>
    Roughly,
    /// <summary>"in excess of".</summary>
    InExcessOf,
    /// <summary>"at most".</summary>
    AtMost,
}

/// <summary>How the currency of an amount was known.</summary>
internal enum CurrencySource
{
    /// <summary>A sign said it ("€", "US$", "HK$", or "$" read with the default, USD).</summary>
    Symbol,
    /// <summary>An ISO 4217 or local code said it ("EUR", "RMB", "Rs.").</summary>
    Code,
    /// <summary>A name said it ("yen", "Swiss francs", "cents").</summary>
    Name,
    /// <summary>A bare sign or name took the filing's configured <c>Currency</c>.</summary>
    Metadata,
    /// <summary>A bare sign or name took the meaning the filing states ("all references to “$” are to Canadian dollars").</summary>
    FilingConvention,
}

/// <summary>How much of a date the filing wrote.</summary>
internal enum DatePrecision
{
    /// <summary>Only the year was written.</summary>
    Year,
    /// <summary>The month and year were written.</summary>
    Month,
    /// <summary>The full date was written.</summary>
    Day,
}

/// <summary>The kind of a fiscal period.</summary>
internal enum PeriodKind
{
    /// <summary>"fiscal year ended March 31, 2010", "the year ended December 31, 2015", "fiscal 2009", "FY2010".</summary>
    FiscalYear,
    /// <summary>"the six months ended September 30, 2010" (length in <see cref="FigureMatch.PeriodMonths"/>).</summary>
    Months,
    /// <summary>"the quarter ended June 30, 2010", "the fourth quarter of fiscal 2010".</summary>
    Quarter,
    /// <summary>"calendar 2010", "calendar year 2010".</summary>
    CalendarYear,
    /// <summary>"the period ending March 31, 2011": a period whose length the text does not give.</summary>
    Period,
}

/// <summary>A date at the precision the filing wrote it.</summary>
internal sealed record FigureDate(int Year, int? Month, int? Day)
{
    /// <summary>How much of the date was written.</summary>
    public DatePrecision Precision => Day.HasValue ? DatePrecision.Day : Month.HasValue ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public override string ToString()
    {
        var y = Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
        if (!Month.HasValue)
        {
            return y;
        }

        var m = Month.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        if (!Day.HasValue)
        {
            return y + "-" + m;
        }

        return y + "-" + m + "-" + Day.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Options of <see cref="FigureScanner"/>.</summary>
internal sealed class FigureScanOptions
{
    /// <summary>ISO 4217 code for "¥" (JPY by default; "¥" is also the sign of CNY).</summary>
    public string YenCurrency { get; init; } = "JPY";

    /// <summary>ISO 4217 code for a bare "$" and "dollars" (USD by default). "US$" and "U.S. dollars" are always USD.</summary>
    public string DollarCurrency { get; init; } = "USD";

    /// <summary>Where <see cref="YenCurrency"/> comes from: the sign itself (the default), metadata or the filing's convention.</summary>
    public CurrencySource YenSource { get; init; }

    /// <summary>Where <see cref="DollarCurrency"/> comes from.</summary>
    public CurrencySource DollarSource { get; init; }

    /// <summary>For tests and debugging: let an internal error escape instead of returning no figures.
    /// The scanner is meant never to fail; the generator keeps this false so that a bug cannot break a build.</summary>
    public bool ThrowOnInternalError { get; init; }

    /// <summary>JPY for "¥", USD for "$".</summary>
    public static FigureScanOptions Default { get; } = new FigureScanOptions();
}

/// <summary>
/// One figure found in a block of text.
/// </summary>
/// <param name="Kind">What the figure is.</param>
/// <param name="Start">Offset of the figure's first character in the scanned text. The span covers, as written,
/// the qualifier ("approximately"), the opening parenthesis of a negative amount, the currency, the number, the scale,
/// a suffix currency ("yen"), the percent sign or word, and for a quantity its unit noun phrase
/// ("approximately 1,600 domestic corporate customers"). A date is "September 17, 2010"; a fiscal period starts at its
/// first word without the article ("fiscal year ended March 31, 2010"); a ratio covers both sides and a trailing
/// "split" phrase ("1 to 5 split").</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Text">The span's text exactly as written.</param>
/// <param name="Sentence">The sentence the figure stands in, whitespace normalized.</param>
/// <param name="Value">Money: the amount in units (¥9.2 billion = 9200000000); Percentage: 74.2 for 74.2%;
/// Quantity: the count (times its scale); Ratio: the left side; Date and FiscalPeriod: 0.</param>
/// <param name="Value2">Ratio: the right side; otherwise null.</param>
/// <param name="Currency">Money: ISO 4217 code.</param>
/// <param name="Scale">"thousand", "million", "billion", "bn", ... as written (for the first amount of a range
/// such as "$1 to $2 billion", the scale borrowed from the second); otherwise null.</param>
/// <param name="Unit">Quantity: the counted noun phrase as written ("consolidated subsidiaries");
/// Ratio: the split phrase ("split", "reverse split") if any.</param>
/// <param name="Qualifier">The qualifier as a value.</param>
/// <param name="QualifierText">The qualifier as written, or null.</param>
/// <param name="IsNegative">True for "(¥1.2 billion)", "$(12.5) million", "-$2.0 million", "negative $1.1 million", "minus 5%".</param>
/// <param name="Date">Date: the date; FiscalPeriod: its end date (the year alone for "fiscal 2009").</param>
/// <param name="Period">FiscalPeriod: the kind of period.</param>
/// <param name="PeriodMonths">FiscalPeriod: length in months where known.</param>
/// <param name="AsOfText">Money, Percentage, Quantity: the as-of phrase of the sentence as written
/// ("As of March 31, 2010", "for the fiscal year ended March 31, 2010"), or null.</param>
/// <param name="AsOf">The as-of date (a period's end date).</param>
/// <param name="AsOfIsPeriod">True when the as-of context is a period rather than a point in time.</param>
/// <param name="Label">The filing's own words for what the figure measures, or null.</param>
/// <param name="CurrencySource">Money: how the currency was known.</param>
/// <param name="TranslationOfStart">Money: the <see cref="Start"/> of the amount this one restates in parentheses
/// ("RMB8.7 billion (US$1.2 billion)", "ten million dollars ($10,000,000)"), or null.</param>
/// <param name="IsPoints">Percentage: "5 percentage points", a difference of two percentages.</param>
internal sealed record FigureMatch(
    FigureKind Kind,
    int Start,
    int Length,
    string Text,
    string Sentence,
    decimal Value,
    decimal? Value2,
    string? Currency,
    string? Scale,
    string? Unit,
    Qualifier Qualifier,
    string? QualifierText,
    bool IsNegative,
    FigureDate? Date,
    PeriodKind? Period,
    int? PeriodMonths,
    string? AsOfText,
    FigureDate? AsOf,
    bool AsOfIsPeriod,
    string? Label,
    CurrencySource CurrencySource = CurrencySource.Symbol,
    int? TranslationOfStart = null,
    bool IsPoints = false)
{
    /// <summary>Offset just past the figure.</summary>
    public int End => Start + Length;
}
