using System;
using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Internal;

namespace TypedFiling;

/// <summary>
/// One inline XBRL fact of a filing: a value the filer tagged with a concept ("us-gaap:Revenues"), a period, the
/// dimensions of its context and, for a number, a unit and a precision.
/// </summary>
public sealed class Fact : IEquatable<Fact>
{
    private static readonly IReadOnlyDictionary<string, string> NoDimensions = new Dictionary<string, string>();

    /// <summary>Creates a fact whose period is none of the document's own and that is no duplicate.</summary>
    public Fact(
        string concept, string text, decimal? value, CalendarDate? date, string? unit, string? decimals, int scale, bool isNegative, bool isNil,
        CalendarDate? instant, CalendarDate? start, CalendarDate? end, IReadOnlyDictionary<string, string>? dimensions, string contextId, string? factId, SourceSpan location)
        : this(concept, text, value, date, unit, decimals, scale, isNegative, isNil, instant, start, end, dimensions, contextId, factId, location, null, FactPeriodRole.None, false)
    {
    }

    /// <summary>Creates a fact with what the parser decided of it: its fiscal year, its period's role and whether it is a duplicate.</summary>
    public Fact(
        string concept, string text, decimal? value, CalendarDate? date, string? unit, string? decimals, int scale, bool isNegative, bool isNil,
        CalendarDate? instant, CalendarDate? start, CalendarDate? end, IReadOnlyDictionary<string, string>? dimensions, string contextId, string? factId, SourceSpan location,
        int? fiscalYear, FactPeriodRole periodRole, bool isDuplicate)
    {
        FiscalYear = fiscalYear;
        PeriodRole = periodRole;
        IsDuplicate = isDuplicate;
        Concept = concept ?? throw new ArgumentNullException(nameof(concept));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        ContextId = contextId ?? throw new ArgumentNullException(nameof(contextId));
        Value = value;
        Date = date;
        Unit = unit;
        DecimalsText = decimals;
        Scale = scale;
        IsNegative = isNegative;
        IsNil = isNil;
        Instant = instant;
        Start = start;
        End = end;
        Dimensions = dimensions ?? NoDimensions;
        FactId = factId;
        Location = location;
    }

    /// <summary>The concept's qualified name ("us-gaap:Revenues").</summary>
    public string Concept { get; }

    /// <summary>The concept's namespace prefix ("us-gaap").</summary>
    public string Prefix => Concept.IndexOf(':') is var colon and > 0 ? Concept.Substring(0, colon) : string.Empty;

    /// <summary>The text as displayed in the filing ("60,922"), entities decoded and whitespace collapsed.</summary>
    public string Text { get; }

    /// <summary>The exact numeric value, scale and sign applied (60922000000); null for a text fact or a nil one.</summary>
    public decimal? Value { get; }

    /// <summary>The date a date-formatted text fact stands for (dei:DocumentPeriodEndDate), else null.</summary>
    public CalendarDate? Date { get; }

    /// <summary>The unit's measures ("iso4217:USD", "iso4217:USD/xbrli:shares"); null for a text fact.</summary>
    public string? Unit { get; }

    /// <summary>Whether it is a numeric fact (ix:nonFraction).</summary>
    public bool IsNumeric => Unit is not null;

    /// <summary>The decimals attribute as written ("-6", "INF"), or null.</summary>
    public string? DecimalsText { get; }

    /// <summary>How many decimal places the value is accurate to (-6: to the million); null when exact (INF) or not given.</summary>
    public int? Decimals => DecimalsText is not null && int.TryParse(DecimalsText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var decimals) ? decimals : null;

    /// <summary>Whether the value is exact (decimals="INF").</summary>
    public bool IsExact => DecimalsText == "INF";

    /// <summary>The power of ten the displayed number was multiplied by (6: shown in millions).</summary>
    public int Scale { get; }

    /// <summary>Whether the tag says sign="-": the value is negative though shown without a minus.</summary>
    public bool IsNegative { get; }

    /// <summary>Whether the fact is nil (xsi:nil="true"): tagged, with no value.</summary>
    public bool IsNil { get; }

    /// <summary>The instant, for a point-in-time fact (a balance); null for a fact over a period.</summary>
    public CalendarDate? Instant { get; }

    /// <summary>The first day of the period, for a fact over a period (revenue of a year).</summary>
    public CalendarDate? Start { get; }

    /// <summary>The last day of the period, for a fact over a period.</summary>
    public CalendarDate? End { get; }

    /// <summary>The context's dimensions: axis to member ("srt:ProductOrServiceAxis" to "nvda:DataCenterMember"); empty for the entity as a whole.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; }

    /// <summary>The context's id (contextRef).</summary>
    public string ContextId { get; }

    /// <summary>The tag's id, where it has one.</summary>
    public string? FactId { get; }

    /// <summary>Where the displayed text stands in the filing.</summary>
    public SourceSpan Location { get; }

    /// <summary>Its period: the instant, or the first and last day.</summary>
    public FactPeriod Period => new(Instant, Start, End);

    /// <summary>
    /// The filer's fiscal year the period is, numbered as its dei:DocumentFiscalYearFocus numbers them (a period of about
    /// twelve months, or the instant that ends one); null for other periods, or where the filing does not say.
    /// </summary>
    public int? FiscalYear { get; }

    /// <summary>Whether the period is the document's own (<see cref="FactPeriodRole.Current"/>), the same one a year earlier, or another.</summary>
    public FactPeriodRole PeriodRole { get; }

    /// <summary>
    /// Whether another fact of the filing reports the same concept, period, unit and dimensions more precisely (by
    /// <c>decimals</c>; the first in document order among equals): its <see cref="Concept"/> holds that one.
    /// </summary>
    public bool IsDuplicate { get; }

    /// <summary>Whether <paramref name="other"/> is the same concept for the same period and dimensions (and unit): the same fact, perhaps of another filing.</summary>
    public bool IsSameMeasurement(Fact other) =>
        other is not null && Concept == other.Concept && Unit == other.Unit && Nullable.Equals(Instant, other.Instant) && Nullable.Equals(Start, other.Start) &&
        Nullable.Equals(End, other.End) && SameDimensions(Dimensions, other.Dimensions);

    /// <inheritdoc/>
    public bool Equals(Fact? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (IsSameMeasurement(other) && Text == other.Text && Value == other.Value && Nullable.Equals(Date, other.Date) && DecimalsText == other.DecimalsText &&
             Scale == other.Scale && IsNegative == other.IsNegative && IsNil == other.IsNil && ContextId == other.ContextId && FactId == other.FactId && Location == other.Location &&
             FiscalYear == other.FiscalYear && PeriodRole == other.PeriodRole && IsDuplicate == other.IsDuplicate));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Fact);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.Combine(Equality.Combine(Equality.Combine(17, Concept), ContextId), Value);

    /// <summary>"us-gaap:Revenues = 60922000000 iso4217:USD (2023-01-30 to 2024-01-28)".</summary>
    public override string ToString()
    {
        var value = IsNil ? "nil" : Value?.ToString(CultureInfo.InvariantCulture) ?? Text;
        return Concept + " = " + value + (Unit is null ? string.Empty : " " + Unit) + " (" + Period + ")";
    }

    internal static bool SameDimensions(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var member) || member != pair.Value)
            {
                return false;
            }
        }

        return true;
    }
}
