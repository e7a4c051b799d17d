using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

// The runtime, which compiles this file too, has enums of the same names as the parser's: those here are the parser's, qualified.

namespace TypedFiling.Tables;

/// <summary>
/// Writes a filing's model as its table (<see cref="FilingTableLayout"/>): the emitter puts it in the generated code, and
/// <c>FilingReader</c> reads it back at once, so both build their values with the one reader.
/// </summary>
internal sealed class FilingTableWriter
{
    private readonly StringBuilder fields;
    private readonly StringBuilder pool = new();
    private readonly Dictionary<string, int> indexes = new(System.StringComparer.Ordinal);
    private readonly System.Action<int>? poll;
    private SpanCursor spans;
    private int rows;

    private FilingTableWriter(int capacity, System.Action<int>? poll)
    {
        fields = new StringBuilder(capacity);
        this.poll = poll;
    }

    /// <summary>The table of <paramref name="model"/>, every text in it, or none when <paramref name="textsInTable"/> is false.</summary>
    public static string Write(FilingModel model, bool textsInTable) => Write(model, textsInTable ? 0 : model.RiskFactors.Count);

    /// <summary>
    /// The table of <paramref name="model"/>, whose first <paramref name="externalTexts"/> risk factors' texts are
    /// <see cref="FilingTableLayout.ExternalText"/>: the generated code passes their <c>Text</c> constants in.
    /// </summary>
    /// <param name="model">The filing.</param>
    /// <param name="externalTexts">How many risk factors, from the first, the generated code passes the texts of.</param>
    /// <param name="poll">Called every 256 rows (to check a cancellation: a hostile filing has hundreds of thousands of facts).</param>
    public static string Write(FilingModel model, int externalTexts, System.Action<int>? poll = null)
    {
        var writer = new FilingTableWriter(4096 + (model.Facts.Count * 48) + (model.RiskFactors.Count * 256), poll);
        writer.WriteFiling(model);
        writer.WriteSections(model);
        writer.WriteRiskFactors(model, externalTexts);
        FactRows.Write(writer, model.Facts);
        return writer.ToString();
    }

    /// <summary>Counts a row, and calls the poll every 256.</summary>
    private void Row()
    {
        if ((rows++ & 255) == 0)
        {
            poll?.Invoke(rows);
        }
    }

    public override string ToString() =>
        new StringBuilder(FilingTableLayout.Version.Length + 12 + pool.Length + fields.Length)
            .Append(FilingTableLayout.Version).Append(',').Append(FilingTableLayout.Text(indexes.Count)).Append(',')
            .Append(pool).Append(fields).ToString();

    private void WriteFiling(FilingModel model)
    {
        String(model.ClassName).String(model.SourcePath).String(model.Company).String(model.Form).Date(model.FiscalYearEnd);
        if (model.Outline is { } outline)
        {
            Name(outline.Headings.ToString()).Name(outline.Verdict.ToString()).String(outline.Finding).Name(outline.Section.ToString()).String(outline.SectionHeading);
        }
        else
        {
            Empty().Empty().Empty().Empty().Empty();
        }
    }

    private void WriteSections(FilingModel model)
    {
        Int(model.Sections.Count);
        foreach (var section in model.Sections)
        {
            String(section.Title).String(model.IncludeText ? section.Text : string.Empty).Span(section.Location);
        }
    }

    private void WriteRiskFactors(FilingModel model, int externalTexts)
    {
        Int(model.RiskFactors.Count);
        for (var r = 0; r < model.RiskFactors.Count; r++)
        {
            var riskFactor = model.RiskFactors[r];
            Row();
            Int(riskFactor.Number).String(riskFactor.Id).String(riskFactor.Name).String(riskFactor.Title);
            if (!model.IncludeText)
            {
                String(string.Empty);
            }
            else if (r >= externalTexts)
            {
                String(riskFactor.Text);
            }
            else
            {
                Int(FilingTableLayout.ExternalText);
            }

            String(riskFactor.Category).Span(riskFactor.Location).Int(riskFactor.Figures.Count);
            var sentences = new SentenceSlices(model.IncludeText ? riskFactor.Text : null);
            for (var i = 0; i < riskFactor.Figures.Count; i++)
            {
                Row();
                FigureRow.Write(this, riskFactor.Figures, i, sentences);
            }
        }
    }

    public FilingTableWriter Int(int value)
    {
        fields.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
        return this;
    }

    public FilingTableWriter Int(int? value) => value is int number ? Int(number) : Empty();

    public FilingTableWriter Decimal(decimal? value)
    {
        fields.Append(value?.ToString(CultureInfo.InvariantCulture)).Append(',');
        return this;
    }

    public FilingTableWriter Flag(bool value)
    {
        fields.Append(value ? "1," : ",");
        return this;
    }

    /// <summary>An enum member's name, or nothing for the enum's first member.</summary>
    public FilingTableWriter Name(string? name, string? first = null)
    {
        fields.Append(name == first ? null : name).Append(',');
        return this;
    }

    public FilingTableWriter Empty()
    {
        fields.Append(',');
        return this;
    }

    public FilingTableWriter Date(FigureDate? date) => date is null ? Empty() : Int(FilingTableLayout.Date(date.Year, date.Month, date.Day));

    public FilingTableWriter Span(SourceRange range)
    {
        var (distance, line, column) = spans.Write(range.Offset, range.StartLine, range.StartColumn);
        var (endLine, endColumn) = FilingTableLayout.SpanEnd(range.Length, range.StartLine, range.StartColumn, range.EndLine, range.EndColumn);
        return Int(distance).Int(range.Length).Int(line).Int(column).Int(endLine).Int(endColumn);
    }

    /// <summary>A string as its index in the pool, added at its first use; null as nothing.</summary>
    public FilingTableWriter String(string? text)
    {
        if (text is null)
        {
            return Empty();
        }

        if (!indexes.TryGetValue(text, out var index))
        {
            index = indexes.Count;
            indexes.Add(text, index);
            pool.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
        }

        return Int(index);
    }

    /// <summary>Writes the figure rows of one risk factor.</summary>
    private static class FigureRow
    {
        public static void Write(FilingTableWriter row, EquatableArray<FigureModel> figures, int index, SentenceSlices sentences)
        {
            var figure = figures[index];
            var match = figure.Match;
            row.Name(match.Kind.ToString()).String(figure.Name).String(match.Text);
            sentences.Write(row, match.Sentence);
            row.Span(figure.Location).String(match.Label).Date(match.AsOf).String(match.AsOfText).Flag(match.AsOfIsPeriod);
            switch (match.Kind)
            {
                case Parsing.Figures.FigureKind.Money:
                    row.Decimal(match.Value).String(match.Currency ?? string.Empty).String(match.Scale);
                    Qualifier(row, match).Flag(match.IsNegative).Name(match.CurrencySource.ToString(), nameof(Parsing.Figures.CurrencySource.Symbol)).Int(TranslationOf(figures, index));
                    break;
                case Parsing.Figures.FigureKind.Percentage:
                    Qualifier(row.Decimal(match.Value), match).Flag(match.IsPoints);
                    break;
                case Parsing.Figures.FigureKind.Quantity:
                    Qualifier(row.Decimal(match.Value).String(match.Unit ?? string.Empty), match);
                    break;
                case Parsing.Figures.FigureKind.Date:
                    row.Date(match.Date);
                    break;
                case Parsing.Figures.FigureKind.FiscalPeriod:
                    row.Name((match.Period ?? Parsing.Figures.PeriodKind.Period).ToString(), nameof(Parsing.Figures.PeriodKind.FiscalYear)).Int(match.PeriodMonths).Date(match.Date);
                    break;
                default:
                    row.Decimal(match.Value).Decimal(match.Value2 ?? 0m).String(match.Unit);
                    break;
            }
        }

        private static FilingTableWriter Qualifier(FilingTableWriter row, FigureMatch match) =>
            row.Name(match.Qualifier.ToString(), nameof(Parsing.Figures.Qualifier.None)).String(match.QualifierText);

        /// <summary>The index of the earlier amount of the same risk factor the figure restates, by its name.</summary>
        private static int? TranslationOf(EquatableArray<FigureModel> figures, int index)
        {
            var name = figures[index].TranslationOf;
            for (var i = index - 1; name is not null && i >= 0; i--)
            {
                if (figures[i].Name == name && figures[i].Match.Kind == Parsing.Figures.FigureKind.Money)
                {
                    return i;
                }
            }

            return null;
        }
    }

    /// <summary>Writes the facts' contexts, then the facts.</summary>
    private static class FactRows
    {
        public static void Write(FilingTableWriter table, EquatableArray<FactModel> facts)
        {
            var contexts = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var first = new List<FactModel>();
            foreach (var fact in facts)
            {
                if (!contexts.ContainsKey(fact.ContextId))
                {
                    contexts.Add(fact.ContextId, first.Count);
                    first.Add(fact);
                }
            }

            table.Int(first.Count);
            foreach (var fact in first)
            {
                // The period's decisions belong to the context: every fact of one context has its period.
                table.String(fact.ContextId).Date(fact.Instant).Date(fact.Start).Date(fact.End).Int(fact.FiscalYear)
                    .Name(fact.Role.ToString(), nameof(Parsing.Model.FactPeriodRole.None)).Int(fact.Dimensions.Count);
                foreach (var dimension in fact.Dimensions)
                {
                    table.String(dimension.Axis).String(dimension.Member);
                }
            }

            table.Int(facts.Count);
            foreach (var fact in facts)
            {
                table.Row();
                var flags = (fact.IsNegative ? FilingTableLayout.NegativeFlag : 0) | (fact.IsNil ? FilingTableLayout.NilFlag : 0) | (fact.IsDuplicate ? FilingTableLayout.DuplicateFlag : 0);
                table.String(fact.Concept).String(fact.Text).Decimal(fact.Value).Date(fact.Date).String(fact.Unit).String(fact.Decimals)
                    .Int(fact.Scale).Int(flags).Int(contexts[fact.ContextId]).String(fact.FactId).Span(fact.Location);
            }
        }
    }

    /// <summary>
    /// A figure's sentence as a slice of its risk factor's text where the text holds it word for word (the text is written
    /// once, however many figures stand in it), else as a string. Figures come in text order, so each sentence is looked for
    /// from the last one found, a bounded way ahead: a sentence the text does not hold costs no scan of the whole text.
    /// </summary>
    private sealed class SentenceSlices
    {
        private const int SearchAhead = 1 << 14;

        private readonly string? text;
        private int cursor;
        private string? last;
        private int lastAt = -1;

        public SentenceSlices(string? text) => this.text = text;

        public void Write(FilingTableWriter row, string sentence)
        {
            // The figures of one sentence share its string: found once, not once per figure (a paragraph of figures has thousands).
            if (lastAt >= 0 && ReferenceEquals(sentence, last))
            {
                row.Int(FilingTableLayout.TextSlice).Int(lastAt).Int(sentence.Length);
                return;
            }

            last = sentence;
            lastAt = -1;
            if (text is not null && sentence.Length != 0 && cursor < text.Length)
            {
                var count = System.Math.Min(text.Length - cursor, sentence.Length + SearchAhead);
                var at = text.IndexOf(sentence, cursor, count, System.StringComparison.Ordinal);
                if (at >= 0)
                {
                    cursor = at;
                    lastAt = at;
                    row.Int(FilingTableLayout.TextSlice).Int(at).Int(sentence.Length);
                    return;
                }
            }

            row.String(sentence);
        }
    }
}
