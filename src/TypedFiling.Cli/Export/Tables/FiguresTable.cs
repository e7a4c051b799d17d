using System;
using TypedFiling.Parsing.Figures;

namespace TypedFiling.Cli.Export.Tables;

/// <summary><c>figures</c>: one row per figure of a risk factor, in text order.</summary>
internal static class FiguresTable
{
    /// <summary>Figures are exact decimals as written; 28 digits is what a .NET decimal holds whole.</summary>
    private const int Precision = 28;
    private const int Scale = 6;

    public static TableSchema Schema { get; } = new(
        "figures",
        ColumnSpec.Text("filing"),
        ColumnSpec.Int("risk_factor"),
        ColumnSpec.Text("name"),
        ColumnSpec.Text("kind"),
        ColumnSpec.Text("text"),
        ColumnSpec.Number("value", Precision, Scale),
        ColumnSpec.Number("ratio_right", Precision, Scale),
        ColumnSpec.Text("currency", nullable: true),
        ColumnSpec.Text("unit", nullable: true),
        ColumnSpec.Text("scale", nullable: true),
        ColumnSpec.Text("qualifier", nullable: true),
        ColumnSpec.Bool("is_negative"),
        ColumnSpec.Text("date", nullable: true),
        ColumnSpec.Text("period_kind", nullable: true),
        ColumnSpec.Int("period_months", nullable: true),
        ColumnSpec.Date("period_start"),
        ColumnSpec.Date("period_end"),
        ColumnSpec.Text("as_of", nullable: true),
        ColumnSpec.Bool("as_of_is_period"),
        ColumnSpec.Text("label", nullable: true),
        ColumnSpec.Int("sentence_offset", nullable: true),
        ColumnSpec.Int("sentence_length", nullable: true),
        ColumnSpec.Int("line"),
        ColumnSpec.Int("column"),
        ColumnSpec.Int("offset"),
        ColumnSpec.Int("length"));

    public static void Fill(TableBatch batch, TableBatch errors, ExportedFiling filing)
    {
        foreach (var riskFactor in filing.Parsed.Model.RiskFactors)
        {
            var searchFrom = 0;
            foreach (var figure in riskFactor.Figures)
            {
                var match = figure.Match;
                var sentence = SentenceIn(riskFactor.Text, match.Sentence, ref searchFrom);
                var hasValue = match.Kind is not (Parsing.Figures.FigureKind.Date or Parsing.Figures.FigureKind.FiscalPeriod);
                batch.Text(filing.Key).Int(riskFactor.Number).Text(figure.Name).Text(match.Kind.ToString()).Text(match.Text)
                    .Decimal(hasValue ? match.Value : null, out var valueFits)
                    .Decimal(match.Value2, out var rightFits)
                    .Text(match.Currency).Text(match.Unit).Text(match.Scale)
                    .Text(match.Qualifier == Parsing.Figures.Qualifier.None ? null : match.Qualifier.ToString()).Bool(match.IsNegative)
                    .Text(match.Date?.ToString()).Text(match.Period?.ToString()).Int(match.PeriodMonths);
                Period(batch, match);
                batch.Text(match.AsOf?.ToString()).Bool(match.AsOfIsPeriod).Text(match.Label)
                    .Int(sentence?.Offset).Int(sentence?.Length)
                    .Int(figure.Location.StartLine).Int(figure.Location.StartColumn).Int(figure.Location.Offset).Int(figure.Location.Length)
                    .EndRow();
                if (!valueFits || !rightFits)
                {
                    ErrorsTable.Add(errors, filing.Key, "figures", riskFactor.Name + "." + figure.Name + ": " + match.Text + " has more digits than figures.value holds (" + (Precision - Scale) + " before the point); written as null");
                }
            }
        }
    }

    /// <summary>A fiscal period's first and last day, where its end is a whole date and its length is known.</summary>
    private static void Period(TableBatch batch, FigureMatch match)
    {
        var end = match.Kind == Parsing.Figures.FigureKind.FiscalPeriod ? SecNumbers.Day(match.Date) : null;
        int? months = match.PeriodMonths ?? match.Period switch
        {
            Parsing.Figures.PeriodKind.FiscalYear or Parsing.Figures.PeriodKind.CalendarYear => 12,
            Parsing.Figures.PeriodKind.Quarter => 3,
            _ => null,
        };
        batch.Date(end is DateOnly last && months is int length ? last.AddDays(1).AddMonths(-length) : null).Date(end);
    }

    /// <summary>
    /// Where the figure's sentence stands in the risk factor's text (which <c>risk_factors.text</c> holds), searched
    /// from the previous figure's sentence on, as figures come in text order; null where the text has it otherwise.
    /// </summary>
    private static (int Offset, int Length)? SentenceIn(string text, string sentence, ref int searchFrom)
    {
        var at = text.IndexOf(sentence, searchFrom, StringComparison.Ordinal);
        if (at < 0 && searchFrom > 0)
        {
            at = text.IndexOf(sentence, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return null;
        }

        searchFrom = at;
        return (at, sentence.Length);
    }
}
