using TypedFiling.Parsing.Figures;

namespace TypedFiling.Parsing.Model;

/// <summary>One inline XBRL fact of the filing, with its context and unit resolved.</summary>
/// <param name="Concept">The qualified concept name ("us-gaap:Revenues").</param>
/// <param name="Text">The text as displayed, entities decoded and whitespace collapsed.</param>
/// <param name="Value">The numeric value, sign and scale applied; null for text facts and nil facts.</param>
/// <param name="Date">The date a date-formatted text fact stands for ("September 28, 2024"), else null.</param>
/// <param name="Unit">The unit's measures ("iso4217:USD", "iso4217:USD/xbrli:shares"); null for text facts.</param>
/// <param name="Decimals">The decimals attribute as written ("-6", "INF"), or null.</param>
/// <param name="Scale">The power of ten the displayed number is multiplied by.</param>
/// <param name="IsNegative">Whether the tag says sign="-".</param>
/// <param name="IsNil">Whether the tag says xsi:nil="true".</param>
/// <param name="Instant">The context's instant, for a point-in-time fact.</param>
/// <param name="Start">The context's start date, for a fact over a period.</param>
/// <param name="End">The context's end date, for a fact over a period.</param>
/// <param name="Dimensions">The context's segment dimensions, in the order written.</param>
/// <param name="ContextId">The contextRef.</param>
/// <param name="FactId">The tag's id, where it has one.</param>
/// <param name="Location">Where the fact's displayed text stands in the filing.</param>
/// <param name="FiscalYear">
/// The filer's fiscal year the fact's period is (a period of about twelve months, or the instant that ends one), numbered as
/// dei:DocumentFiscalYearFocus numbers them; null for other periods (<see cref="Facts.FactPeriods"/> decides).
/// </param>
/// <param name="Role">Whether the period is the document's own (current) or the same one a year earlier (prior).</param>
/// <param name="IsDuplicate">
/// Whether another fact of the filing reports the same concept, period, unit and dimensions more precisely (or as
/// precisely, earlier): a concept holds that one (<see cref="Facts.FactDuplicates"/> decides).
/// </param>
internal sealed record FactModel(
    string Concept,
    string Text,
    decimal? Value,
    FigureDate? Date,
    string? Unit,
    string? Decimals,
    int Scale,
    bool IsNegative,
    bool IsNil,
    FigureDate? Instant,
    FigureDate? Start,
    FigureDate? End,
    EquatableArray<FactDimension> Dimensions,
    string ContextId,
    string? FactId,
    SourceRange Location,
    int? FiscalYear = null,
    FactPeriodRole Role = FactPeriodRole.None,
    bool IsDuplicate = false)
{
    /// <summary>Whether it is a numeric fact (ix:nonFraction).</summary>
    public bool IsNumeric => Unit is not null;
}

/// <summary>One dimension of a fact's context: the axis and its member (an explicit member's QName or a typed member's value).</summary>
internal sealed record FactDimension(string Axis, string Member, bool IsTyped = false);

/// <summary>Which of the document's own periods a fact's period is: the runtime's <c>FactPeriodRole</c>, by name.</summary>
internal enum FactPeriodRole
{
    /// <summary>Another period.</summary>
    None,

    /// <summary>The document's period: the fiscal year of a 10-K or 20-F, the quarter of a 10-Q, or the instant that ends it.</summary>
    Current,

    /// <summary>The same period one year earlier.</summary>
    Prior,
}

/// <summary>One concept of the filing's facts and its generated member, <c>Facts.{Group}.{Name}</c>.</summary>
/// <param name="Concept">The qualified concept name ("us-gaap:Revenues").</param>
/// <param name="Group">The class of its namespace prefix ("UsGaap").</param>
/// <param name="Name">Its member's name, the local name made an identifier ("Revenues").</param>
/// <param name="Current">The index in <see cref="FilingModel.Facts"/> of its fact without dimensions for the current period, or -1.</param>
internal sealed record ConceptModel(string Concept, string Group, string Name, int Current);
