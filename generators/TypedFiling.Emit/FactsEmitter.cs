using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Emit;

/// <summary>
/// Writes a filing's <c>Facts</c> class: its inline XBRL facts as a compact table (a string pool, one row per
/// context, one row per fact) read once at run time, and one documented member per distinct fact, grouped by
/// namespace prefix and concept (<c>Facts.UsGaap.Revenues.FiscalYear2024</c>). A member costs a line of code and
/// one of documentation, not a constructor call, so a whole 10-K's thousand-odd facts stay a few hundred kilobytes.
/// </summary>
internal static class FactsEmitter
{
    /// <summary>How much of a fact's text its tooltip shows; the whole text is in <c>Fact.Text</c>.</summary>
    private const int DocTextLimit = 40;

    /// <summary>The name of the class: "Facts", unless the filing's own class has that name (CS0542).</summary>
    public static string ClassName(FilingModel model) => Parsing.Shape.GeneratedShape.FactsClassName(model.ClassName);

    /// <summary>Writes the class among the filing class's members.</summary>
    public static void Write(SourceWriter writer, FilingModel model, string generatedCode)
    {
        writer.Doc("summary", "The filing's inline XBRL facts, by namespace prefix and concept: " + ClassName(model) + ".UsGaap.Revenues.FiscalYear2024.")
            .Line(generatedCode)
            .Line("public static partial class " + ClassName(model))
            .OpenBrace();

        var strings = new StringPool();
        var contexts = new List<string>();
        var contextIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var rows = new List<string>(model.Facts.Count);
        foreach (var fact in model.Facts)
        {
            if (!contextIndex.TryGetValue(fact.ContextId, out var context))
            {
                context = contexts.Count;
                contextIndex.Add(fact.ContextId, context);
                contexts.Add(ContextRow(fact, strings));
            }

            rows.Add(FactRow(fact, context, strings));
        }

        LiteralTable.Write(writer, "Strings", strings.Literals);
        LiteralTable.Write(writer, "Contexts", LiteralTable.Quoted(contexts));
        LiteralTable.Write(writer, "Rows", LiteralTable.Quoted(rows));
        writer.Doc("summary", "Every fact of the filing, in document order (a fact shown twice is listed twice).")
            .Line("public static global::System.Collections.Generic.IReadOnlyList<global::TypedFiling.Fact> All { get; } = global::TypedFiling.FactTable.Read(Strings, Contexts, Rows);");

        WriteGroups(writer, model);
        writer.CloseBrace();
    }

    /// <summary>One class per prefix, one per concept inside it, one member per distinct fact: ordered by name, then document order.</summary>
    private static void WriteGroups(SourceWriter writer, FilingModel model)
    {
        var byConcept = new SortedDictionary<string, List<int>>(System.StringComparer.Ordinal);
        for (var i = 0; i < model.Facts.Count; i++)
        {
            if (model.Facts[i].Names is { } names)
            {
                var key = names.Group + "." + names.Concept;
                if (!byConcept.TryGetValue(key, out var members))
                {
                    byConcept.Add(key, members = new List<int>());
                }

                members.Add(i);
            }
        }

        string? group = null;
        foreach (var concept in byConcept.Values)
        {
            var first = model.Facts[concept[0]];
            if (group != first.Names!.Group)
            {
                if (group is not null)
                {
                    writer.CloseBrace();
                }

                group = first.Names.Group;
                var colon = first.Concept.IndexOf(':');
                writer.Doc("summary", "The facts of the " + (colon > 0 ? first.Concept.Substring(0, colon) : "unprefixed") + " namespace.")
                    .Line("public static partial class " + group)
                    .OpenBrace();
            }

            writer.Doc("summary", first.Concept).Line("public static partial class " + first.Names.Concept).OpenBrace();
            foreach (var index in concept)
            {
                var fact = model.Facts[index];
                writer.Doc("summary", Describe(fact)).Line("public static global::TypedFiling.Fact " + fact.Names!.Member + " => All[" + index.ToString(CultureInfo.InvariantCulture) + "];");
            }

            writer.CloseBrace();
        }

        if (group is not null)
        {
            writer.CloseBrace();
        }
    }

    /// <summary>A member's summary, in ASCII and short since a 10-K has a thousand: "60,922" USD e6 (shown in millions), 2023-01-30 to 2024-01-28. The dimensions are in its name.</summary>
    private static string Describe(FactModel fact)
    {
        var text = new StringBuilder();
        if (fact.IsNil)
        {
            text.Append("nil");
        }
        else
        {
            var cut = fact.Text.Length > DocTextLimit;
            var length = cut && char.IsHighSurrogate(fact.Text[DocTextLimit - 1]) ? DocTextLimit - 1 : System.Math.Min(DocTextLimit, fact.Text.Length);
            text.Append('"').Append(fact.Text, 0, length).Append(cut ? "...\"" : "\"");
        }

        if (fact.Unit is not null)
        {
            text.Append(' ').Append(fact.Unit.Replace("iso4217:", string.Empty).Replace("xbrli:", string.Empty));
            if (fact.Scale != 0)
            {
                text.Append(" e").Append(fact.Scale.ToString(CultureInfo.InvariantCulture));
            }
        }

        text.Append(fact.Instant is { } instant ? ", at " + instant : fact.Start is { } start && fact.End is { } end ? ", " + start + " to " + end : ", forever");
        return text.ToString();
    }

    private static string ContextRow(FactModel fact, StringPool strings)
    {
        var row = new StringBuilder();
        row.Append(strings.Index(fact.ContextId)).Append(',').Append(Date(fact.Instant)).Append(',').Append(Date(fact.Start)).Append(',').Append(Date(fact.End));
        foreach (var dimension in fact.Dimensions)
        {
            row.Append(',').Append(strings.Index(dimension.Axis)).Append(',').Append(strings.Index(dimension.Member));
        }

        return row.ToString();
    }

    private static string FactRow(FactModel fact, int context, StringPool strings)
    {
        var l = fact.Location;
        var row = new StringBuilder(64);
        row.Append(strings.Index(fact.Concept)).Append(',').Append(strings.Index(fact.Text)).Append(',')
            .Append(fact.Value?.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Date(fact.Date)).Append(',')
            .Append(fact.Unit is null ? string.Empty : strings.Index(fact.Unit).ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(fact.Decimals).Append(',').Append(fact.Scale.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append((fact.IsNegative ? 1 : 0) | (fact.IsNil ? 2 : 0)).Append(',').Append(context).Append(',')
            .Append(fact.FactId is { } id && id.IndexOf(',') < 0 ? id : string.Empty).Append(',')
            .Append(l.Offset).Append(',').Append(l.Length).Append(',').Append(l.StartLine).Append(',').Append(l.StartColumn);

        // Most facts stand on one line: their end follows from their length.
        if (l.EndLine != l.StartLine || l.EndColumn != l.StartColumn + l.Length)
        {
            row.Append(',').Append(l.EndLine).Append(',').Append(l.EndColumn);
        }

        return row.ToString();
    }

    private static string Date(FigureDate? date) =>
        date is null ? string.Empty : ((date.Year * 10000) + ((date.Month ?? 1) * 100) + (date.Day ?? 1)).ToString(CultureInfo.InvariantCulture);
}
