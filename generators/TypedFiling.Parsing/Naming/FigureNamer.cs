using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Parsing.Figures;

namespace TypedFiling.Parsing.Naming;

/// <summary>
/// Names a figure from the phrase that says what it measures ("acquisition price of IIJ-Global" ->
/// <c>AcquisitionPriceOfIijGlobal</c>); a date or period from its value (<c>September17Of2010</c>,
/// <c>FiscalYearEndedMarch2010</c>); an amount the sentence names nothing for from its kind and value
/// (<c>Money9Point2Billion</c>).
/// </summary>
internal static class FigureNamer
{
    private const int MaxLabelWords = 6;

    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly string[] Counts =
    {
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    };

    private static readonly HashSet<string> Dropped = new() { "a", "an", "the", "our", "its", "their", "his", "her", "we", "us", "it" };

    /// <summary>The candidate name of <paramref name="figure"/> (a valid identifier, not yet unique).</summary>
    public static string Name(FigureMatch figure)
    {
        switch (figure.Kind)
        {
            case FigureKind.Date when figure.Date is not null:
                return DateName(figure.Date);
            case FigureKind.FiscalPeriod when figure.Date is not null:
                return PeriodName(figure);
            case FigureKind.Ratio:
                return Identifiers.Valid(LabelName(figure.Label) + Number(figure.Value) + "To" + Number(figure.Value2 ?? 0m), "Ratio");
        }

        var label = LabelName(figure.Label);
        return label.Length > 0 ? Identifiers.Valid(label, figure.Kind.ToString()) : figure.Kind + ValueName(figure);
    }

    /// <summary>What a clashing name is lengthened with: the figure's value ("0Point9Billion").</summary>
    public static string[] Disambiguation(FigureMatch figure) =>
        figure.Kind is FigureKind.Money or FigureKind.Percentage or FigureKind.Quantity ? new[] { ValueName(figure) } : new string[0];

    private static string LabelName(string? label)
    {
        if (label is null)
        {
            return string.Empty;
        }

        var words = new List<string>();
        foreach (var word in Words.Split(label))
        {
            if (!word.IsBreak && !Dropped.Contains(word.Lower) && words.Count < MaxLabelWords)
            {
                words.Add(word.Text);
            }
        }

        return Identifiers.ToPascalCase(words);
    }

    private static string ValueName(FigureMatch figure)
    {
        var value = figure.Value;
        var scale = figure.Scale is null ? string.Empty : Identifiers.ToPascalCase(new[] { figure.Scale });
        if (scale.Length > 0)
        {
            // Name "¥9.2 billion" as written, not as 9200000000.
            var factor = ScaleFactor(figure.Scale!);
            if (factor > 1m)
            {
                value /= factor;
            }
        }

        return Number(value) + scale;
    }

    private static decimal ScaleFactor(string scale) => scale.ToLowerInvariant() switch
    {
        "thousand" or "k" => 1_000m,
        "million" or "mn" or "m" or "mm" => 1_000_000m,
        "billion" or "bn" or "b" => 1_000_000_000m,
        "trillion" or "tn" => 1_000_000_000_000m,
        _ => 1m,
    };

    private static string Number(decimal value)
    {
        var text = (value < 0 ? -value : value).ToString("0.############", CultureInfo.InvariantCulture);
        return (value < 0 ? "Minus" : string.Empty) + text.Replace(".", "Point");
    }

    private static string DateName(FigureDate date)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        if (date.Month is not int month || month < 1 || month > 12)
        {
            return "Year" + year;
        }

        return date.Day is int day
            ? Months[month - 1] + day.ToString(CultureInfo.InvariantCulture) + "Of" + year
            : Months[month - 1] + year;
    }

    private static string PeriodName(FigureMatch figure)
    {
        var end = figure.Date!;
        var endName = end.Month is int month && month is >= 1 and <= 12
            ? Months[month - 1] + end.Year.ToString(CultureInfo.InvariantCulture)
            : end.Year.ToString(CultureInfo.InvariantCulture);
        var ended = end.Month.HasValue ? "Ended" : string.Empty;
        return figure.Period switch
        {
            PeriodKind.FiscalYear => "FiscalYear" + ended + endName,
            PeriodKind.Quarter => "Quarter" + ended + endName,
            PeriodKind.CalendarYear => "CalendarYear" + endName,
            PeriodKind.Months when figure.PeriodMonths is int months && months < Counts.Length => Counts[months] + "Months" + ended + endName,
            PeriodKind.Months => "Months" + ended + endName,
            _ => "PeriodEnding" + endName,
        };
    }
}
