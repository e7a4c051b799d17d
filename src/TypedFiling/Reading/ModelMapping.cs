using System.Collections.Generic;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;
using ParsedKind = TypedFiling.Parsing.Figures.FigureKind;
using ParsedPeriod = TypedFiling.Parsing.Figures.PeriodKind;

namespace TypedFiling.Reading;

/// <summary>
/// The one mapping from the parser's model to the runtime types, with the values the generated code
/// constructs (the emitter writes the same constructor calls as C#): <see cref="FilingReader"/> and the
/// typedfiling tool use it, and a test compares it with the compiled generated code of every corpus filing.
/// </summary>
internal static class ModelMapping
{
    public static Filing ToFiling(FilingModel model)
    {
        var sections = new Section[model.Sections.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            var section = model.Sections[i];
            sections[i] = new Section(section.Title, model.IncludeText ? section.Text : string.Empty, Span(section.Location));
        }

        var riskFactors = new RiskFactor[model.RiskFactors.Count];
        for (var i = 0; i < riskFactors.Length; i++)
        {
            riskFactors[i] = ToRiskFactor(model.RiskFactors[i], model.IncludeText);
        }

        return new Filing(model.ClassName, model.SourcePath, model.Company, model.Form, Date(model.FiscalYearEnd), System.Array.AsReadOnly(sections), System.Array.AsReadOnly(riskFactors), FactMapping.ToFacts(model.Facts), Outline(model.Outline));
    }

    /// <summary>The outline's mode and verdict, as the emitter writes them (enums by name).</summary>
    public static FilingOutline? Outline(OutlineModel? model) =>
        model is null ? null : new FilingOutline(EnumByName<Parsing.Model.HeadingMode, HeadingMode>.Convert(model.Headings), EnumByName<Parsing.Model.OutlineVerdict, OutlineVerdict>.Convert(model.Verdict), model.Finding);

    /// <summary>The runtime risk factor; without <paramref name="includeText"/> (IncludeText="false") its text is empty, as generated.</summary>
    public static RiskFactor ToRiskFactor(RiskFactorModel model, bool includeText = true)
    {
        var figures = new Figure[model.Figures.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            figures[i] = ToFigure(model.Figures[i], TranslatedMoney(model.Figures[i].TranslationOf, figures, i));
        }

        return new RiskFactor(model.Number, model.Id, model.Name, model.Title, includeText ? model.Text : string.Empty, model.Category, Span(model.Location), System.Array.AsReadOnly(figures));
    }

    /// <summary>The earlier amount of the same risk factor that <paramref name="name"/> names, as the generated field refers to it.</summary>
    private static Money? TranslatedMoney(string? name, Figure[] earlier, int count)
    {
        for (var i = 0; name is not null && i < count; i++)
        {
            if (earlier[i] is Money money && money.Name == name)
            {
                return money;
            }
        }

        return null;
    }

    public static Figure ToFigure(FigureModel model, Money? translationOf = null)
    {
        var match = model.Match;
        var source = new FigureSource(model.Name, match.Text, match.Sentence, Span(model.Location), match.Label, Date(match.AsOf), match.AsOfText, match.AsOfIsPeriod);
        var qualifier = EnumByName<Parsing.Figures.Qualifier, Qualifier>.Convert(match.Qualifier);
        return match.Kind switch
        {
            ParsedKind.Money => new Money(source, match.Value, match.Currency ?? string.Empty, match.Scale, qualifier, match.QualifierText, match.IsNegative,
                EnumByName<Parsing.Figures.CurrencySource, CurrencySource>.Convert(match.CurrencySource), translationOf),
            ParsedKind.Percentage => new Percentage(source, match.Value, qualifier, match.QualifierText, match.IsPoints),
            ParsedKind.Quantity => new Quantity(source, match.Value, match.Unit ?? string.Empty, qualifier, match.QualifierText),
            ParsedKind.Date => new FilingDate(source, Date(match.Date) ?? default),
            ParsedKind.FiscalPeriod => new FiscalPeriod(source, EnumByName<ParsedPeriod, PeriodKind>.Convert(match.Period ?? ParsedPeriod.Period), match.PeriodMonths, Date(match.Date) ?? default),
            _ => new Ratio(source, match.Value, match.Value2 ?? 0m, match.Unit),
        };
    }

    public static SourceSpan Span(SourceRange range) =>
        new(range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, range.Offset, range.Length);

    public static CalendarDate? Date(FigureDate? date) => date is null ? null : new CalendarDate(date.Year, date.Month, date.Day);
}
