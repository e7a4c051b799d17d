using System;

namespace TypedFiling;

/// <summary>The period of a fact: an instant (a balance), a duration from its first to its last day (a year's revenue), or forever.</summary>
public readonly struct FactPeriod : IEquatable<FactPeriod>
{
    /// <summary>Creates a period: an instant, or a start and an end, or neither (forever).</summary>
    public FactPeriod(CalendarDate? instant, CalendarDate? start, CalendarDate? end)
    {
        Instant = instant;
        Start = instant is null ? start : null;
        End = instant is null ? end : null;
    }

    /// <summary>The instant, for a point in time; else null.</summary>
    public CalendarDate? Instant { get; }

    /// <summary>The first day, for a duration; else null.</summary>
    public CalendarDate? Start { get; }

    /// <summary>The last day, for a duration; else null.</summary>
    public CalendarDate? End { get; }

    /// <summary>Whether it is a point in time.</summary>
    public bool IsInstant => Instant is not null;

    /// <summary>Whether it has neither an instant nor a start and end (XBRL's "forever").</summary>
    public bool IsForever => Instant is null && (Start is null || End is null);

    /// <summary>An instant.</summary>
    public static FactPeriod At(CalendarDate instant) => new(instant, null, null);

    /// <summary>A duration from <paramref name="start"/> to <paramref name="end"/>, both days included.</summary>
    public static FactPeriod Between(CalendarDate start, CalendarDate end) => new(null, start, end);

    /// <inheritdoc/>
    public bool Equals(FactPeriod other) => Nullable.Equals(Instant, other.Instant) && Nullable.Equals(Start, other.Start) && Nullable.Equals(End, other.End);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Instant?.GetHashCode() ?? 0) ^ ((Start?.GetHashCode() ?? 0) * 31) ^ ((End?.GetHashCode() ?? 0) * 977);

    /// <summary>Value equality.</summary>
    public static bool operator ==(FactPeriod left, FactPeriod right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(FactPeriod left, FactPeriod right) => !left.Equals(right);

    /// <summary>"2024-01-28", "2023-01-30 to 2024-01-28" or "forever".</summary>
    public override string ToString() =>
        Instant is { } instant ? instant.ToString() : Start is { } start && End is { } end ? start + " to " + end : "forever";
}

/// <summary>Which of the document's own periods a fact's period is, as the parser decided from the filing's cover (dei:) facts.</summary>
public enum FactPeriodRole
{
    /// <summary>Another period, or a filing whose cover does not say which period it reports on.</summary>
    None = 0,

    /// <summary>
    /// The document's period, ending at dei:DocumentPeriodEndDate: the fiscal year of a 10-K or 20-F, the quarter of a 10-Q,
    /// or for a balance the instant at that date.
    /// </summary>
    Current = 1,

    /// <summary>The same period one year earlier.</summary>
    Prior = 2,
}
