using System.Collections.Generic;
using System.Text;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Emit;

/// <summary>
/// Writes a filing's private figure table: one pool of strings and one row per figure of every risk factor, read by the
/// runtime's <c>FigureTable</c> at the first use of any figure. The members of each <c>Figures</c> class point into it
/// by index (<see cref="FigureEmitter"/>), so a figure costs a row and a line of code, not a constructor call.
/// </summary>
internal static class FigureTableEmitter
{
    /// <summary>The table's list of figures, as the members of the <c>Figures</c> classes name it.</summary>
    public const string AllFigures = GeneratedShape.FigureTableClass + "." + GeneratedShape.AllProperty;

    public static void Write(SourceWriter writer, FilingModel model)
    {
        var strings = new StringPool();
        var rows = new List<string>();
        var row = new StringBuilder(160);
        var indexByName = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var riskFactor in model.RiskFactors)
        {
            // A translation points at the amount it restates, by name within its risk factor.
            indexByName.Clear();
            var textName = GeneratedShape.RiskFactorsClass + "." + riskFactor.Name + "." + GeneratedShape.TextConstant;
            var sentence = new SentenceSource(strings, model.IncludeText ? riskFactor.Text : null, textName, texts);
            foreach (var figure in riskFactor.Figures)
            {
                var translationOf = figure.TranslationOf is { } name && indexByName.TryGetValue(name, out var index) ? index : -1;
                indexByName[figure.Name] = rows.Count;
                rows.Add(FigureRow.Write(row, figure, translationOf, sentence));
            }
        }

        writer.Line("// Every figure of the filing, in filing order (layout: TypedFiling.FigureTable.Read).")
            .Line("private static class " + GeneratedShape.FigureTableClass)
            .OpenBrace();
        LiteralTable.Write(writer, "Strings", strings.Literals);
        LiteralTable.Write(writer, "Rows", LiteralTable.Quoted(rows));
        LiteralTable.Write(writer, "Texts", texts);
        writer.Line("internal static readonly global::System.Collections.Generic.IReadOnlyList<global::TypedFiling.Figure> " + GeneratedShape.AllProperty +
                " = global::TypedFiling.FigureTable.Read(Strings, Rows, Texts);")
            .CloseBrace();
    }
}
