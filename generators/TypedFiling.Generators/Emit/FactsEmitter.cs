using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Emit;

/// <summary>
/// Writes a filing's <c>Facts</c> class: its inline XBRL facts as a compact table (a string pool, one row per
/// context, one row per fact) read once at run time, and one documented member per distinct fact, grouped by
/// namespace prefix and concept (<c>Facts.UsGaap.Revenues.FiscalYear2024</c>). A member costs a line of code and
/// one of documentation, not a constructor call, so a whole 10-K's thousand-odd facts stay a few hundred kilobytes.
/// </summary>
internal static class FactsEmitter
{
    /// <summary>How long a table line may grow before the next row starts a new one.</summary>
    private const int LineWidth = 160;

    /// <summary>The name of the class: "Facts", unless the filing's own class has that name (CS0542).</summary>
    public static string ClassName(FilingModel model) => model.ClassName == "Facts" ? "XbrlFacts" : "Facts";

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

        Table(writer, "Strings", strings.Literals);
        Table(writer, "Contexts", Quoted(contexts));
        Table(writer, "Rows", Quoted(rows));
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
                writer.Line()
                    .Doc("summary", "The facts of the " + (colon > 0 ? first.Concept.Substring(0, colon) : "unprefixed") + " namespace.")
                    .Line("public static partial class " + group)
                    .OpenBrace();
            }

            writer.Doc("summary", first.Concept)
                .Line("public static partial class " + first.Names.Concept)
                .OpenBrace();
            foreach (var index in concept)
            {
                var fact = model.Facts[index];
                writer.Doc("summary", Describe(fact));
                writer.StartLine().Append("public static global::TypedFiling.Fact ").Append(fact.Names!.Member).Append(" => All[").Append(index).Append("];").EndLine();
            }

            writer.CloseBrace();
        }

        if (group is not null)
        {
            writer.CloseBrace();
        }
    }

    /// <summary>"“60,922” (iso4217:USD, scale 6) for 2023-01-30 to 2024-01-28; srt:ProductOrServiceAxis: nvda:DataCenterMember."</summary>
    private static string Describe(FactModel fact)
    {
        var text = new StringBuilder();
        text.Append(fact.IsNil ? "nil" : "\u201C" + fact.Text + "\u201D");
        if (fact.Unit is not null)
        {
            text.Append(" (").Append(fact.Unit);
            if (fact.Scale != 0)
            {
                text.Append(", scale ").Append(fact.Scale.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(')');
        }

        text.Append(fact.Instant is { } instant ? " as of " + instant : fact.Start is { } start && fact.End is { } end ? " for " + start + " to " + end : " forever");
        foreach (var dimension in fact.Dimensions)
        {
            text.Append("; ").Append(dimension.Axis).Append(": ").Append(dimension.Member);
        }

        return text.Append('.').ToString();
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
            .Append(fact.FactId is null ? string.Empty : strings.Index(fact.FactId).ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(l.Offset).Append(',').Append(l.Length).Append(',').Append(l.StartLine).Append(',').Append(l.StartColumn).Append(',')
            .Append(l.EndLine).Append(',').Append(l.EndColumn);
        return row.ToString();
    }

    private static string Date(FigureDate? date) =>
        date is null ? string.Empty : ((date.Year * 10000) + ((date.Month ?? 1) * 100) + (date.Day ?? 1)).ToString(CultureInfo.InvariantCulture);

    private static List<string> Quoted(List<string> rows)
    {
        var quoted = new List<string>(rows.Count);
        foreach (var row in rows)
        {
            quoted.Add(CSharpLiteral.String(row));
        }

        return quoted;
    }

    /// <summary>A private string array of <paramref name="literals"/>, several to a line.</summary>
    private static void Table(SourceWriter writer, string name, List<string> literals)
    {
        writer.Line("private static readonly string[] " + name + " =").Line("{");
        var line = new StringBuilder(LineWidth + 64);
        foreach (var literal in literals)
        {
            if (line.Length > 0 && line.Length + literal.Length > LineWidth)
            {
                writer.Line("    ", line.ToString());
                line.Clear();
            }

            line.Append(literal).Append(", ");
        }

        if (line.Length > 0)
        {
            writer.Line("    ", line.ToString());
        }

        writer.Line("};");
    }

    /// <summary>Each distinct string once, in first-use order.</summary>
    private sealed class StringPool
    {
        private readonly Dictionary<string, int> indexes = new(System.StringComparer.Ordinal);

        public List<string> Literals { get; } = new();

        public int Index(string text)
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = Literals.Count;
                indexes.Add(text, index);
                Literals.Add(CSharpLiteral.String(text));
            }

            return index;
        }
    }
}
