using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Facts;

/// <summary>
/// Decides which periods of a filing's facts are the document's own, and numbers its fiscal years: the one place this
/// is decided. The generated table stores the decisions on each fact, so a concept's <c>Current</c> and <c>Prior</c>, its
/// tooltip and <c>FilingReader</c> agree by construction.
/// </summary>
/// <remarks>
/// The current period ends at dei:DocumentPeriodEndDate: for a duration, the fiscal year of a 10-K or 20-F (about twelve
/// months; 52/53-week years allowed) or the quarter of a 10-Q (about three); for an instant, that date. The prior one is
/// the same period one year earlier. A week of slack covers the days 52/53-week years move a year's end by.
/// </remarks>
internal static class FactPeriods
{
    /// <summary>How many days a period's end may be from the date looked for.</summary>
    private const int Slack = 7;

    private const double DaysPerYear = 365.2425;

    public static void Decide(List<FactModel> facts, CoverFacts cover, System.Threading.CancellationToken cancellationToken = default)
    {
        if (cover.PeriodEnd is not { Month: not null, Day: not null } periodEnd)
        {
            return;
        }

        var (shortest, longest) = cover.IsQuarterly ? (80, 100) : (350, 380);
        var documentEnd = ToDate(periodEnd);
        var current = Closest(facts, documentEnd, shortest, longest, cancellationToken);
        var prior = Closest(facts, YearBefore(current?.End ?? documentEnd), shortest, longest, cancellationToken);
        var currentInstant = Closest(facts, current?.End ?? documentEnd, 0, 0, cancellationToken);
        var priorInstant = Closest(facts, prior?.End ?? YearBefore(current?.End ?? documentEnd), 0, 0, cancellationToken);
        var anchor = cover.IsQuarterly ? QuarterlyAnchor(documentEnd, cover.FiscalYearEndDay) : current?.End ?? documentEnd;
        var focus = cover.FiscalYearFocus ?? anchor?.Year;
        for (var i = 0; i < facts.Count; i++)
        {
            Poll(i, cancellationToken);
            var fact = facts[i];
            var period = Period.Of(fact);
            var role = period.Equals(current) || period.Equals(currentInstant) ? FactPeriodRole.Current
                : period.Equals(prior) || period.Equals(priorInstant) ? FactPeriodRole.Prior
                : FactPeriodRole.None;
            var fiscalYear = anchor is { } a && focus is { } f ? FiscalYear(period, a, f) : null;
            if (role != FactPeriodRole.None || fiscalYear is not null)
            {
                facts[i] = fact with { Role = role, FiscalYear = fiscalYear };
            }
        }
    }

    /// <summary>
    /// The period whose end is nearest <paramref name="target"/>, within the slack, of <paramref name="shortest"/> to
    /// <paramref name="longest"/> days (0 and 0: an instant); the first in document order among equals.
    /// </summary>
    private static Period? Closest(List<FactModel> facts, DateTime target, int shortest, int longest, System.Threading.CancellationToken cancellationToken)
    {
        Period? best = null;
        var bestDistance = Slack + 1;
        for (var i = 0; i < facts.Count; i++)
        {
            Poll(i, cancellationToken);
            var period = Period.Of(facts[i]);
            if (period.End is not { } end || period.Days < shortest || period.Days > longest)
            {
                continue;
            }

            var distance = Math.Abs((end - target).Days);
            if (distance < bestDistance)
            {
                best = period;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The fiscal year a year-long period or a year-end instant is: the focus year less the whole years between its end
    /// and the anchor (the current fiscal year's end), when it ends within the slack of such an anniversary.
    /// </summary>
    private static int? FiscalYear(Period period, DateTime anchor, int focus)
    {
        if (period.End is not { } end || (period.Days != 0 && (period.Days < 350 || period.Days > 380)))
        {
            return null;
        }

        var days = (anchor - end).TotalDays;
        var years = (int)Math.Round(days / DaysPerYear, MidpointRounding.AwayFromZero);
        return Math.Abs(days - (years * DaysPerYear)) <= Slack && focus - years is >= 1 and <= 9999 ? focus - years : null;
    }

    /// <summary>A 10-Q's fiscal year ends at the first dei:CurrentFiscalYearEndDate on or after its quarter's end.</summary>
    private static DateTime? QuarterlyAnchor(DateTime documentEnd, (int Month, int Day)? yearEnd)
    {
        if (yearEnd is not { } monthDay)
        {
            return null;
        }

        for (var year = documentEnd.Year; year <= Math.Min(documentEnd.Year + 1, 9999); year++)
        {
            var day = Math.Min(monthDay.Day, DateTime.DaysInMonth(year, monthDay.Month));
            var candidate = new DateTime(year, monthDay.Month, day);
            if (candidate >= documentEnd.AddDays(-Slack))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Thousands of facts in a whole 10-K: a check every 256 keeps a cancelled run from deciding them all.</summary>
    private static void Poll(int index, System.Threading.CancellationToken cancellationToken)
    {
        if ((index & 255) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static DateTime YearBefore(DateTime date) => date.Year > 1 ? date.AddYears(-1) : DateTime.MinValue;

    private static DateTime ToDate(FigureDate date) => new(date.Year, date.Month ?? 1, date.Day ?? 1);

    /// <summary>A fact's period: its end (the instant, or the last day of a duration) and its length in days (0 for an instant).</summary>
    private readonly struct Period : IEquatable<Period>
    {
        private readonly FigureDate? instant;
        private readonly FigureDate? start;

        private Period(FigureDate? instant, FigureDate? start, DateTime? end, int days)
        {
            this.instant = instant;
            this.start = start;
            End = end;
            Days = days;
        }

        public DateTime? End { get; }

        public int Days { get; }

        public static Period Of(FactModel fact)
        {
            if (fact.Instant is { } instant)
            {
                return new Period(instant, null, ToDate(instant), 0);
            }

            if (fact.Start is { } start && fact.End is { } end)
            {
                var last = ToDate(end);
                return new Period(null, start, last, (int)(last - ToDate(start)).TotalDays + 1);
            }

            return default;
        }

        public bool Equals(Period other) => End == other.End && Days == other.Days && Equals(instant, other.instant) && Equals(start, other.start);

        public bool Equals(Period? other) => other is { } period && Equals(period);

        public override bool Equals(object? obj) => obj is Period other && Equals(other);

        public override int GetHashCode() => End.GetHashCode() ^ Days;
    }
}
