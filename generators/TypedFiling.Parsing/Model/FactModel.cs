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
/// <param name="Names">Its generated names; null for a duplicate of an earlier fact (same concept, context and unit).</param>
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
    FactNames? Names = null)
{
    /// <summary>Whether it is a numeric fact (ix:nonFraction).</summary>
    public bool IsNumeric => Unit is not null;
}

/// <summary>One dimension of a fact's context: the axis and its member (an explicit member's QName or a typed member's value).</summary>
internal sealed record FactDimension(string Axis, string Member, bool IsTyped = false);

/// <summary>Where a fact's member is generated: <c>Facts.{Group}.{Concept}.{Member}</c>.</summary>
internal sealed record FactNames(string Group, string Concept, string Member);
