namespace TypedFiling;

/// <summary>What a figure is.</summary>
public enum FigureKind
{
    /// <summary>An amount of money (<see cref="TypedFiling.Money"/>).</summary>
    Money,

    /// <summary>A percentage (<see cref="TypedFiling.Percentage"/>).</summary>
    Percentage,

    /// <summary>A count of things (<see cref="TypedFiling.Quantity"/>).</summary>
    Quantity,

    /// <summary>A date (<see cref="FilingDate"/>).</summary>
    Date,

    /// <summary>A fiscal or reporting period (<see cref="TypedFiling.FiscalPeriod"/>).</summary>
    FiscalPeriod,

    /// <summary>A ratio or split (<see cref="TypedFiling.Ratio"/>).</summary>
    Ratio,
}

/// <summary>The hedge a filing puts before a figure ("approximately ¥5.5 billion").</summary>
public enum Qualifier
{
    /// <summary>The figure is stated exactly.</summary>
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

    /// <summary>"an estimated", "estimated".</summary>
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

/// <summary>How much of a date the filing wrote.</summary>
public enum DatePrecision
{
    /// <summary>"in 2007".</summary>
    Year,

    /// <summary>"August 2011".</summary>
    Month,

    /// <summary>"September 17, 2010".</summary>
    Day,
}

/// <summary>The kind of a fiscal or reporting period.</summary>
public enum PeriodKind
{
    /// <summary>"fiscal year ended March 31, 2010", "fiscal 2009".</summary>
    FiscalYear,

    /// <summary>"the six months ended September 30, 2010".</summary>
    Months,

    /// <summary>"the quarter ended June 30, 2010".</summary>
    Quarter,

    /// <summary>"calendar 2010".</summary>
    CalendarYear,

    /// <summary>"the period ending March 31, 2011": a period whose length the text does not give.</summary>
    Period,
}

/// <summary>How the currency of an amount was known.</summary>
public enum CurrencySource
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
