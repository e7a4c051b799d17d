using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Emit;

/// <summary>
/// One figure as a row of the runtime's <c>TypedFiling.FigureTable</c>: fields separated by commas, every text an index
/// into the filing's string pool, so a sentence with three figures is written once. The layout is documented on
/// <c>FigureTable.Read</c>, which is its only reader.
/// </summary>
internal static class FigureRow
{
    /// <summary>The row of <paramref name="figure"/>; <paramref name="translationOf"/> is the table index of the amount it restates, or -1.</summary>
    public static string Write(StringBuilder row, FigureModel figure, int translationOf, SentenceSource sentence)
    {
        var strings = sentence.Strings;
        var match = figure.Match;
        var l = figure.Location;
        row.Clear().Append(Kind(match.Kind)).Append(',').Append(figure.Name).Append(',')
            .Append(strings.Index(match.Text)).Append(',');
        sentence.Append(row, match.Sentence).Append(',')
            .Append(l.Offset).Append(',').Append(l.Length).Append(',').Append(l.StartLine).Append(',').Append(l.StartColumn).Append(',');

        // Most figures stand on one line and are as long in the filing as they are written: the end follows.
        if (l.EndLine != l.StartLine)
        {
            row.Append(l.EndLine);
        }

        row.Append(',');
        if (l.EndLine != l.StartLine || l.EndColumn != l.StartColumn + l.Length)
        {
            row.Append(l.EndColumn);
        }

        row.Append(',');
        Text(row, match.Label, strings).Append(',');
        Date(row, match.AsOf).Append(',');
        Text(row, match.AsOfText, strings).Append(',');
        Flag(row, match.AsOfIsPeriod);
        Value(row.Append(','), match, translationOf, strings);
        return row.ToString();
    }

    private static void Value(StringBuilder row, FigureMatch match, int translationOf, StringPool strings)
    {
        switch (match.Kind)
        {
            case FigureKind.Money:
                Decimal(row, match.Value).Append(',');
                Text(row, match.Currency ?? string.Empty, strings).Append(',');
                Text(row, match.Scale, strings).Append(',');
                Qualifier(row, match, strings).Append(',');
                Flag(row, match.IsNegative).Append(',');
                if (match.CurrencySource != CurrencySource.Symbol)
                {
                    row.Append(match.CurrencySource.ToString());
                }

                row.Append(',');
                if (translationOf >= 0)
                {
                    row.Append(translationOf);
                }

                break;
            case FigureKind.Percentage:
                Decimal(row, match.Value).Append(',');
                Qualifier(row, match, strings).Append(',');
                Flag(row, match.IsPoints);
                break;
            case FigureKind.Quantity:
                Decimal(row, match.Value).Append(',');
                Text(row, match.Unit ?? string.Empty, strings).Append(',');
                Qualifier(row, match, strings);
                break;
            case FigureKind.Date:
                Date(row, match.Date);
                break;
            case FigureKind.FiscalPeriod:
                row.Append((match.Period ?? PeriodKind.Period).ToString()).Append(',');
                if (match.PeriodMonths is int months)
                {
                    row.Append(months);
                }

                Date(row.Append(','), match.Date);
                break;
            default:
                Decimal(row, match.Value).Append(',');
                Decimal(row, match.Value2 ?? 0m).Append(',');
                Text(row, match.Unit, strings);
                break;
        }
    }

    /// <summary>The qualifier by name (empty for none) and its text.</summary>
    private static StringBuilder Qualifier(StringBuilder row, FigureMatch match, StringPool strings)
    {
        if (match.Qualifier != Parsing.Figures.Qualifier.None)
        {
            row.Append(match.Qualifier.ToString());
        }

        return Text(row.Append(','), match.QualifierText, strings);
    }

    private static char Kind(FigureKind kind) => kind switch
    {
        FigureKind.Money => 'M',
        FigureKind.Percentage => 'P',
        FigureKind.Quantity => 'Q',
        FigureKind.Date => 'D',
        FigureKind.FiscalPeriod => 'F',
        _ => 'R',
    };

    private static StringBuilder Text(StringBuilder row, string? text, StringPool strings) =>
        text is null ? row : row.Append(strings.Index(text));

    private static StringBuilder Flag(StringBuilder row, bool flag) => flag ? row.Append('1') : row;

    private static StringBuilder Decimal(StringBuilder row, decimal value) => row.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>"yyyy", "yyyy-M" or "yyyy-M-d", or nothing.</summary>
    private static StringBuilder Date(StringBuilder row, FigureDate? date)
    {
        if (date is null)
        {
            return row;
        }

        row.Append(date.Year);
        if (date.Month is int month)
        {
            row.Append('-').Append(month);
        }

        if (date.Day is int day)
        {
            row.Append('-').Append(day);
        }

        return row;
    }
}
