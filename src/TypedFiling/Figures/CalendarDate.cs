using System;
using System.Globalization;

namespace TypedFiling;

/// <summary>A date at the precision a filing wrote it: a day, a month or a year.</summary>
public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
{
    /// <summary>Creates a date; <paramref name="day"/> needs <paramref name="month"/>.</summary>
    public CalendarDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        if (month is < 1 or > 12 || (day.HasValue && (!month.HasValue || day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
        {
            throw new ArgumentOutOfRangeException(day.HasValue ? nameof(day) : nameof(month));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), where written.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, where written.</summary>
    public int? Day { get; }

    /// <summary>How much of the date was written.</summary>
    public DatePrecision Precision => Day.HasValue ? DatePrecision.Day : Month.HasValue ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date covers (January 1 of a year, the 1st of a month).</summary>
    public DateTime Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date covers (December 31 of a year, the last day of a month).</summary>
    public DateTime End => Day.HasValue ? Start : Month.HasValue ? new DateTime(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value)) : new DateTime(Year, 12, 31);

    /// <inheritdoc/>
    public bool Equals(CalendarDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Year * 400) + ((Month ?? 0) * 32) + (Day ?? 0);

    /// <summary>Orders by start, then by precision (a year before its first month before that month's first day).</summary>
    public int CompareTo(CalendarDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);

    /// <summary>ISO 8601 at its precision: "2010", "2010-08" or "2010-09-17".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };
}
