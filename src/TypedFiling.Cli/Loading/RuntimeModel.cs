using System.Collections.Generic;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Loading;

/// <summary>
/// Turns the parser's model into the runtime model (<see cref="Filing"/>) with the same values the
/// generated code constructs (see the emitter's FigureEmitter), so that the tool's output and a
/// compiled filing agree.
/// </summary>
internal static class RuntimeModel
{
    public static Filing ToFiling(FilingModel model)
    {
        var sections = new List<Section>(model.Sections.Count);
        foreach (var section in model.Sections)
        {
            sections.Add(new Section(section.Title, section.Text, Span(section.Location)));
        }

        var riskFactors = new List<RiskFactor>(model.RiskFactors.Count);
        foreach (var riskFactor in model.RiskFactors)
        {
            riskFactors.Add(ToRiskFactor(riskFactor));
        }

        return new Filing(model.ClassName, model.SourcePath, model.Company, model.Form, Date(model.FiscalYearEnd), sections.AsReadOnly(), riskFactors.AsReadOnly(), RuntimeFacts.ToFacts(model.Facts), Outline(model.Outline));
    }

    /// <summary>The outline's mode and verdict, as the emitter writes them.</summary>
    public static FilingOutline? Outline(OutlineModel? model) =>
        model is null ? null : new FilingOutline((HeadingMode)(int)model.Headings, (OutlineVerdict)(int)model.Verdict, model.Finding);

    public static RiskFactor ToRiskFactor(RiskFactorModel model)
    {
        var figures = new List<Figure>(model.Figures.Count);
        foreach (var figure in model.Figures)
        {
            figures.Add(ToFigure(figure));
        }

        return new RiskFactor(model.Number, model.Id, model.Name, model.Title, model.Text, model.Category, Span(model.Location), figures.AsReadOnly());
    }

    public static Figure ToFigure(FigureModel model)
    {
        var match = model.Match;
        var source = new FigureSource(model.Name, match.Text, match.Sentence, Span(model.Location), match.Label, Date(match.AsOf), match.AsOfText, match.AsOfIsPeriod);
        var qualifier = (TypedFiling.Qualifier)(int)match.Qualifier;
        return match.Kind switch
        {
            Parsing.Figures.FigureKind.Money => new Money(source, match.Value, match.Currency ?? string.Empty, match.Scale, qualifier, match.QualifierText, match.IsNegative),
            Parsing.Figures.FigureKind.Percentage => new Percentage(source, match.Value, qualifier, match.QualifierText),
            Parsing.Figures.FigureKind.Quantity => new Quantity(source, match.Value, match.Unit ?? string.Empty, qualifier, match.QualifierText),
            Parsing.Figures.FigureKind.Date => new FilingDate(source, Date(match.Date) ?? default),
            Parsing.Figures.FigureKind.FiscalPeriod => new FiscalPeriod(source, (TypedFiling.PeriodKind)(int)(match.Period ?? Parsing.Figures.PeriodKind.Period), match.PeriodMonths, Date(match.Date) ?? default),
            _ => new Ratio(source, match.Value, match.Value2 ?? 0m, match.Unit),
        };
    }

    public static SourceSpan Span(SourceRange range) =>
        new(range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, range.Offset, range.Length);

    public static CalendarDate? Date(FigureDate? date) => date is null ? null : new CalendarDate(date.Year, date.Month, date.Day);
}
