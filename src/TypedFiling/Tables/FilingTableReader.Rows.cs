using System;
using System.Collections.Generic;

namespace TypedFiling.Tables;

/// <summary>The figure and fact rows of a filing's table.</summary>
internal sealed partial class FilingTableReader
{
    /// <summary>The last sentence cut from a risk factor's text.</summary>
    private (int Start, int Length, string? Text) slice;

    private IReadOnlyList<Figure> Figures(int count, string text)
    {
        slice = default;
        var figures = new Figure[count];
        for (var i = 0; i < count; i++)
        {
            var kind = Enum<FigureKind>();
            var (name, figureText) = (RequiredString(), RequiredString());
            var sentence = Sentence(text);
            var source = new FigureSource(name, figureText, sentence, Span(), String(), Date(), String(), Flag());
            figures[i] = kind switch
            {
                FigureKind.Money => Money(source, figures, i),
                FigureKind.Percentage => new Percentage(source, Decimal(), Enum<Qualifier>(), String(), Flag()),
                FigureKind.Quantity => new Quantity(source, Decimal(), RequiredString(), Enum<Qualifier>(), String()),
                FigureKind.Date => new FilingDate(source, Date() ?? throw FilingTableLayout.Invalid("a date figure without a date")),
                FigureKind.FiscalPeriod => new FiscalPeriod(source, Enum<PeriodKind>(), OptionalInt(), Date() ?? throw FilingTableLayout.Invalid("a period without an end")),
                _ => new Ratio(source, Decimal(), Decimal(), String()),
            };
        }

        return Array.AsReadOnly(figures);
    }

    private Money Money(FigureSource source, Figure[] earlier, int index)
    {
        var (amount, currency, scale, qualifier, qualifierText, isNegative, currencySource) =
            (Decimal(), RequiredString(), String(), Enum<Qualifier>(), String(), Flag(), Enum<CurrencySource>());
        var translationOf = OptionalInt() is int of && of >= 0 && of < index ? earlier[of] as Money : null;
        return new Money(source, amount, currency, scale, qualifier, qualifierText, isNegative, currencySource, translationOf);
    }

    /// <summary>A string, or a slice of the risk factor's text.</summary>
    private string Sentence(string text)
    {
        var field = Int();
        if (field != FilingTableLayout.TextSlice)
        {
            return Pooled(field);
        }

        var (start, length) = (Int(), Int());
        if (start < 0 || length < 0 || start + length > text.Length)
        {
            throw FilingTableLayout.Invalid("a sentence past its text");
        }

        // The figures of one sentence share one string, as the parser's do: a paragraph of figures is not copied per figure.
        if (slice.Text is null || slice.Start != start || slice.Length != length)
        {
            slice = (start, length, text.Substring(start, length));
        }

        return slice.Text;
    }

    private IReadOnlyList<Fact>? Facts()
    {
        var contexts = new Context[Int()];
        for (var i = 0; i < contexts.Length; i++)
        {
            contexts[i] = ReadContext();
        }

        var count = Int();
        if (count == 0)
        {
            // As a filing without facts: none passed, and Filing.Facts is the shared empty list.
            return null;
        }

        var facts = new Fact[count];
        for (var i = 0; i < count; i++)
        {
            var (concept, text, value, date, unit, decimals) = (RequiredString(), RequiredString(), OptionalDecimal(), Date(), String(), String());
            var (scale, flags, context, factId, location) = (Int(), Int(), Int(), String(), Span());
            var c = context >= 0 && context < contexts.Length ? contexts[context] : throw FilingTableLayout.Invalid("a fact's context");
            facts[i] = new Fact(
                concept, text, value, date, unit, decimals, scale, (flags & FilingTableLayout.NegativeFlag) != 0, (flags & FilingTableLayout.NilFlag) != 0,
                c.Instant, c.Start, c.End, c.Dimensions, c.Id, factId, location, c.FiscalYear, c.Role, (flags & FilingTableLayout.DuplicateFlag) != 0);
        }

        return Array.AsReadOnly(facts);
    }

    private Context ReadContext()
    {
        var (id, instant, start, end, fiscalYear, role, count) = (RequiredString(), Date(), Date(), Date(), OptionalInt(), Enum<FactPeriodRole>(), Int());
        Dictionary<string, string>? dimensions = null;
        for (var k = 0; k < count; k++)
        {
            dimensions ??= new Dictionary<string, string>(StringComparer.Ordinal);
            var axis = RequiredString();
            dimensions[axis] = RequiredString();
        }

        return new Context(id, instant, start, end, fiscalYear, role, dimensions);
    }

    /// <summary>What the facts of one context share: its id, period, the parser's decisions on the period, and dimensions.</summary>
    private sealed class Context
    {
        public Context(string id, CalendarDate? instant, CalendarDate? start, CalendarDate? end, int? fiscalYear, FactPeriodRole role, IReadOnlyDictionary<string, string>? dimensions)
        {
            (Id, Instant, Start, End, FiscalYear, Role, Dimensions) = (id, instant, start, end, fiscalYear, role, dimensions);
        }

        public string Id { get; }

        public CalendarDate? Instant { get; }

        public CalendarDate? Start { get; }

        public CalendarDate? End { get; }

        public int? FiscalYear { get; }

        public FactPeriodRole Role { get; }

        public IReadOnlyDictionary<string, string>? Dimensions { get; }
    }
}
