using System.Globalization;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Emit;

/// <summary>
/// Writes a risk factor's nested <c>Figures</c> class: one typed, documented, source-mapped property per figure, which
/// reads the figure from the filing's table (<see cref="FigureTableEmitter"/>).
/// </summary>
internal static class FigureEmitter
{
    private const string Runtime = "global::TypedFiling.";

    /// <summary>How much of a figure's sentence its tooltip shows, around the figure; the whole sentence is in <c>Sentence</c>.</summary>
    private const int SentenceWindow = 140;

    /// <summary>Writes the class of <paramref name="riskFactor"/>, whose first figure is row <paramref name="start"/> of the table.</summary>
    public static void WriteFiguresClass(SourceWriter writer, RiskFactorModel riskFactor, int start, LineDirectives lines)
    {
        writer.Doc("summary", "The figures of this risk factor, in text order.")
            .Line("public static partial class " + GeneratedShape.FiguresClass)
            .OpenBrace();

        var index = start;
        var window = new WindowCursor();
        foreach (var figure in riskFactor.Figures)
        {
            WriteFigure(writer, figure, index++, lines, ref window);
        }

        writer.Doc("summary", "All of them, in text order.")
            .StartLine().Append("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Figure> " + GeneratedShape.AllProperty + " { get; } = " +
                Runtime + "FigureTable.Slice(" + FigureTableEmitter.AllFigures + ", ").Append(start).Append(", ").Append(riskFactor.Figures.Count).Append(");").EndLine()
            .CloseBrace();
    }

    private static void WriteFigure(SourceWriter writer, FigureModel figure, int index, LineDirectives lines, ref WindowCursor window)
    {
        var match = figure.Match;
        writer.StartLine().Append("/// <summary>");
        writer.DocText(match.Text).Append(": \u201C");
        WriteWindow(writer, match.Sentence, match.Text, ref window);
        writer.Append("\u201D</summary>").EndLine();
        writer.Doc("remarks", Describe(match));
        var type = Runtime + TypeName(match.Kind);
        lines.Mapped(writer, figure.Location, "public static " + type + " ",
            figure.Name + " => (" + type + ")" + FigureTableEmitter.AllFigures + "[" + index.ToString(CultureInfo.InvariantCulture) + "];");
    }

    /// <summary>The sentence, or in a long one the words around the figure, cut at spaces and marked with ellipses.</summary>
    private static void WriteWindow(SourceWriter writer, string sentence, string text, ref WindowCursor window)
    {
        if (sentence.Length <= SentenceWindow)
        {
            writer.DocText(sentence);
            return;
        }

        // Figures of one sentence come in text order: each is looked for after the one before (the sentence is told
        // by its length, as comparing a huge one per figure would cost what the cursor saves), so a huge sentence with
        // thousands of figures is searched once, not once per figure.
        var cursor = window.SentenceLength == sentence.Length ? window.At : 0;
        var found = sentence.IndexOf(text, cursor, System.StringComparison.Ordinal);
        if (found < 0 && cursor > 0)
        {
            found = sentence.IndexOf(text, System.StringComparison.Ordinal);
        }

        var at = System.Math.Max(0, found);
        window = new WindowCursor(sentence.Length, at);
        var from = System.Math.Max(0, System.Math.Min(at - ((SentenceWindow - text.Length) / 2), sentence.Length - SentenceWindow));
        var to = System.Math.Min(sentence.Length, from + SentenceWindow);
        if (from > 0)
        {
            var space = sentence.IndexOf(' ', from);
            from = space >= 0 && space < at ? space + 1 : from;
        }

        if (to < sentence.Length)
        {
            var space = sentence.LastIndexOf(' ', to);
            to = space > at + text.Length ? space : to;
        }

        // Never split a surrogate pair.
        if (from > 0 && char.IsLowSurrogate(sentence[from]))
        {
            from++;
        }

        if (to < sentence.Length && char.IsLowSurrogate(sentence[to]))
        {
            to--;
        }

        writer.Append(from > 0 ? "\u2026" : string.Empty).DocText(sentence, from, to - from).Append(to < sentence.Length ? "\u2026" : string.Empty);
    }

    /// <summary>Where the last figure stood in its sentence.</summary>
    private readonly struct WindowCursor
    {
        public WindowCursor(int sentenceLength, int at)
        {
            SentenceLength = sentenceLength;
            At = at;
        }

        public int SentenceLength { get; }

        public int At { get; }
    }

    private static string TypeName(FigureKind kind) => kind switch
    {
        FigureKind.Money => "Money",
        FigureKind.Percentage => "Percentage",
        FigureKind.Quantity => "Quantity",
        FigureKind.Date => "FilingDate",
        FigureKind.FiscalPeriod => "FiscalPeriod",
        _ => "Ratio",
    };

    /// <summary>The value in words for the tooltip: "Money: JPY 9200000000 (approximately), as of 2010-03-31."</summary>
    private static string Describe(FigureMatch match)
    {
        var value = match.Kind switch
        {
            FigureKind.Money => (match.Currency ?? string.Empty) + " " + match.Value.ToString(CultureInfo.InvariantCulture),
            FigureKind.Percentage => match.Value.ToString(CultureInfo.InvariantCulture) + "%",
            FigureKind.Quantity => match.Value.ToString(CultureInfo.InvariantCulture) + " " + match.Unit,
            FigureKind.Date => match.Date?.ToString() ?? string.Empty,
            FigureKind.FiscalPeriod => (match.Period ?? PeriodKind.Period) + (match.PeriodMonths is int months ? " of " + months.ToString(CultureInfo.InvariantCulture) + " months" : string.Empty) + " ending " + match.Date,
            _ => match.Value.ToString(CultureInfo.InvariantCulture) + ":" + (match.Value2 ?? 0m).ToString(CultureInfo.InvariantCulture),
        };
        var qualifier = match.QualifierText is null ? string.Empty : " (" + match.QualifierText + ")";
        var asOf = match.AsOf is null ? string.Empty : (match.AsOfIsPeriod ? ", for the period ending " : ", as of ") + match.AsOf;
        return match.Kind + ": " + value + qualifier + asOf + ".";
    }

    /// <summary>A <c>CalendarDate</c> constructor call, or <c>null</c>.</summary>
    internal static string Date(FigureDate? date)
    {
        if (date is null)
        {
            return "null";
        }

        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return "new " + Runtime + "CalendarDate(" + year +
            (date.Month is int month ? ", " + month.ToString(CultureInfo.InvariantCulture) : string.Empty) +
            (date.Day is int day ? ", " + day.ToString(CultureInfo.InvariantCulture) : string.Empty) + ")";
    }
}
