using System.Globalization;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Emit;

/// <summary>
/// Writes the members of a risk factor's nested <c>Figures</c> class: one typed, documented, source-mapped field per figure,
/// which reads the figure from the risk factor's runtime value (set by the class's one type initializer: a field costs a
/// new compiler a quarter of what a property with a body does, docs/performance.md).
/// </summary>
internal static class FigureEmitter
{
    /// <summary>How much of a figure's sentence its tooltip shows, around the figure; the whole sentence is in <c>Sentence</c>.</summary>
    private const int SentenceWindow = 140;

    /// <summary>How much of it a short tooltip shows (a filing whose source would pass its budget).</summary>
    private const int ShortWindow = 48;

    /// <summary>
    /// Writes the member of a risk factor's figure number <paramref name="index"/>: its summary quotes the figure and its
    /// sentence (a few words of it with <paramref name="shortDocs"/>), and go to definition opens the filing at the figure.
    /// The value itself is the member's (the editor shows its type; <c>Amount</c>, <c>Value</c> and the rest).
    /// </summary>
    public static void WriteFigure(SourceWriter writer, FigureModel figure, int index, LineDirectives lines, bool shortDocs, ref WindowCursor window)
    {
        var match = figure.Match;
        writer.StartLine().Append("/// <summary>");
        writer.DocText(match.Text).Append(": \u201C");
        WriteWindow(writer, match.Sentence, match.Text, shortDocs ? ShortWindow : SentenceWindow, ref window);
        writer.Append("\u201D</summary>").EndLine();

        var type = FilingEmitter.Runtime + TypeName(match.Kind);
        lines.Mapped(writer, figure.Location, "public static readonly " + type + " ",
            figure.Name + " = (" + type + ")" + FilingEmitter.Runtime + "FilingTable.Figure(" + GeneratedShape.InfoProperty + ", " + index.ToString(CultureInfo.InvariantCulture) + ");");
    }

    /// <summary>The sentence, or in a long one the words around the figure, cut at spaces and marked with ellipses.</summary>
    private static void WriteWindow(SourceWriter writer, string sentence, string text, int width, ref WindowCursor window)
    {
        if (sentence.Length <= width)
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
        var from = System.Math.Max(0, System.Math.Min(at - ((width - text.Length) / 2), sentence.Length - width));
        var to = System.Math.Min(sentence.Length, from + width);
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
    internal readonly struct WindowCursor
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
}
