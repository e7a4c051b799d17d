using System;
using System.Collections.Generic;

namespace TypedFiling;

/// <summary>
/// Every fact a filing reports for one concept ("us-gaap:Revenues"), and its values by period: <see cref="Current"/> for
/// the document's own period, <see cref="Prior"/> for the year before, <see cref="ForFiscalYear"/>, <see cref="At(DateTime)"/>
/// and <see cref="ForPeriod(FactPeriod)"/>. These look at the facts without dimensions; <see cref="ForMember"/> gives the
/// same view of the facts of one axis and member ("srt:ProductOrServiceAxis", "nvda:DataCenterMember").
/// </summary>
/// <remarks>
/// A measurement the filing reports twice is here once, the most precise (see <see cref="Fact.IsDuplicate"/>); which
/// period is the current one is the parser's decision, recorded on each fact (<see cref="Fact.PeriodRole"/>,
/// <see cref="Fact.FiscalYear"/>), so generated code and <see cref="FilingReader"/> give the same answers.
/// </remarks>
public sealed class Concept
{
    private static readonly IReadOnlyDictionary<string, string> NoDimensions = new Dictionary<string, string>();

    private readonly IReadOnlyList<Fact> all;
    private IReadOnlyList<Fact>? facts;
    private IReadOnlyList<Fact>? own;

    internal Concept(string name, IReadOnlyList<Fact> all)
        : this(name, all, NoDimensions)
    {
    }

    private Concept(string name, IReadOnlyList<Fact> all, IReadOnlyDictionary<string, string> dimensions)
    {
        Name = name;
        this.all = all;
        Dimensions = dimensions;
    }

    /// <summary>The concept's qualified name ("us-gaap:Revenues").</summary>
    public string Name { get; }

    /// <summary>The dimensions this view's lookups use: empty for the concept itself, one axis and member per <see cref="ForMember"/>.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; }

    /// <summary>
    /// Every fact under this view, in document order: for the concept itself all of them, whatever their dimensions; for a
    /// <see cref="ForMember"/> view those whose dimensions include its members.
    /// </summary>
    public IReadOnlyList<Fact> Facts => facts ??= Filter(fact => Includes(fact.Dimensions, Dimensions));

    /// <summary>The facts of <see cref="Facts"/> with dimensions beyond this view's: the breakdowns by segment, product, region.</summary>
    public IReadOnlyList<Fact> Dimensional => Filter(fact => fact.Dimensions.Count > Dimensions.Count && Includes(fact.Dimensions, Dimensions));

    /// <summary>The distinct periods of this view's own facts (those with exactly its dimensions), in document order.</summary>
    public IReadOnlyList<FactPeriod> Periods
    {
        get
        {
            var periods = new List<FactPeriod>();
            foreach (var fact in Own)
            {
                if (!periods.Contains(fact.Period))
                {
                    periods.Add(fact.Period);
                }
            }

            return periods.AsReadOnly();
        }
    }

    /// <summary>
    /// The fact for the document's period (the fiscal year of a 10-K or 20-F, the quarter of a 10-Q, or the instant at its end),
    /// with exactly this view's dimensions; null where the filing has none.
    /// </summary>
    public Fact? Current => First(fact => fact.PeriodRole == FactPeriodRole.Current);

    /// <summary>The fact for the same period one year earlier, with exactly this view's dimensions; null where the filing has none.</summary>
    public Fact? Prior => First(fact => fact.PeriodRole == FactPeriodRole.Prior);

    /// <summary>The fact for the fiscal year numbered <paramref name="fiscalYear"/> as the filer numbers them (a year's total, or the balance at its end).</summary>
    public Fact? ForFiscalYear(int fiscalYear) => First(fact => fact.FiscalYear == fiscalYear);

    /// <summary>The fact at the instant <paramref name="date"/> (its day; the time is ignored).</summary>
    public Fact? At(DateTime date) => At(new CalendarDate(date.Year, date.Month, date.Day));

    /// <summary>The fact at the instant <paramref name="date"/>.</summary>
    public Fact? At(CalendarDate date) => ForPeriod(FactPeriod.At(date));

    /// <summary>The fact over the period from <paramref name="start"/> to <paramref name="end"/>, both days included.</summary>
    public Fact? ForPeriod(DateTime start, DateTime end) =>
        ForPeriod(FactPeriod.Between(new CalendarDate(start.Year, start.Month, start.Day), new CalendarDate(end.Year, end.Month, end.Day)));

    /// <summary>The fact for <paramref name="period"/>.</summary>
    public Fact? ForPeriod(FactPeriod period) => First(fact => fact.Period == period);

    /// <summary>
    /// The same view of the facts whose dimensions are this view's and <paramref name="axis"/> = <paramref name="member"/>
    /// (qualified names as the filing writes them: "srt:ProductOrServiceAxis", "nvda:DataCenterMember").
    /// </summary>
    public Concept ForMember(string axis, string member)
    {
        if (axis is null || member is null)
        {
            throw new ArgumentNullException(axis is null ? nameof(axis) : nameof(member));
        }

        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Dimensions)
        {
            dimensions[pair.Key] = pair.Value;
        }

        dimensions[axis] = member;
        return new Concept(Name, all, dimensions);
    }

    /// <summary>"us-gaap:Revenues = 60922000000 iso4217:USD (2023-01-30 to 2024-01-28)", or the name and how many facts it has.</summary>
    public override string ToString() => Current?.ToString() ?? Name + " (" + Facts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " facts)";

    /// <summary>The facts with exactly this view's dimensions.</summary>
    private IReadOnlyList<Fact> Own => own ??= Filter(fact => Fact.SameDimensions(fact.Dimensions, Dimensions));

    private Fact? First(Func<Fact, bool> match)
    {
        foreach (var fact in Own)
        {
            if (match(fact))
            {
                return fact;
            }
        }

        return null;
    }

    private IReadOnlyList<Fact> Filter(Func<Fact, bool> match)
    {
        var matching = new List<Fact>();
        foreach (var fact in all)
        {
            if (match(fact))
            {
                matching.Add(fact);
            }
        }

        return matching.AsReadOnly();
    }

    private static bool Includes(IReadOnlyDictionary<string, string> dimensions, IReadOnlyDictionary<string, string> included)
    {
        foreach (var pair in included)
        {
            if (!dimensions.TryGetValue(pair.Key, out var member) || member != pair.Value)
            {
                return false;
            }
        }

        return true;
    }
}
