using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Emit.Budget;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Emit;

/// <summary>
/// Writes a filing's <c>Facts</c> class: a class per namespace prefix and one member per concept
/// (<c>Facts.UsGaap.Revenues</c>), a <c>TypedFiling.Concept</c> that holds every fact of the concept and looks them up by
/// period and dimension. The facts themselves are rows of the filing's table; a member is a field (set by its prefix class's
/// one type initializer) and its summary, which shows the concept's name and current value.
/// </summary>
internal static class FactsEmitter
{
    /// <summary>How much of a fact's text its tooltip shows; the whole text is in <c>Fact.Text</c>.</summary>
    private const int DocTextLimit = 40;

    /// <summary>The name of the class: "Facts", unless the filing's own class has that name (CS0542).</summary>
    public static string ClassName(FilingModel model) => GeneratedShape.FactsClassName(model.ClassName);

    /// <summary>Writes the class among the filing class's members; false when the source grew past its limit (<paramref name="over"/>).</summary>
    public static bool Write(SourceWriter writer, FilingModel model, EmitPlan plan, UnitSizes? sizes, System.Func<bool> over)
    {
        writer.Line().Doc("summary", "The filing's inline XBRL facts, a member per concept by namespace prefix: " + ClassName(model) + ".UsGaap.Revenues.Current.")
            .Line("public static partial class " + ClassName(model))
            .OpenBrace()
            .Line("private static " + FilingEmitter.Runtime + "Concept " + GeneratedShape.ConceptMethod + "(int index) => " + FilingEmitter.Runtime + "FilingTable.Concept(" +
                GeneratedShape.FilingProperty + ", index);");

        string? group = null;
        foreach (var index in Ordered(model.Concepts))
        {
            var concept = model.Concepts[index];
            // Measuring, every member is counted, so the plan can choose among them.
            if (index >= plan.ConceptMembers && sizes is null)
            {
                continue;
            }

            if (group != concept.Group)
            {
                if (group is not null)
                {
                    writer.CloseBrace();
                }

                group = concept.Group;
                var colon = concept.Concept.IndexOf(':');
                writer.Doc("summary", "The concepts of the " + (colon > 0 ? concept.Concept.Substring(0, colon) : "unprefixed") + " namespace.")
                    .Line("public static partial class " + group)
                    .OpenBrace();
            }

            var start = sizes is null ? 0 : writer.Mark();
            writer.Doc("summary", Describe(concept, model))
                .Line("public static readonly " + FilingEmitter.Runtime + "Concept ", concept.Name, " = " + GeneratedShape.ConceptMethod + "(" + index.ToString(CultureInfo.InvariantCulture) + ");");
            if (sizes is not null)
            {
                sizes.Concepts[index] = writer.Mark() - start;
            }

            if (over())
            {
                return false;
            }
        }

        if (group is not null)
        {
            writer.CloseBrace();
        }

        writer.CloseBrace();
        return true;
    }

    /// <summary>The concepts' indexes ordered by prefix class, then name: the order the members are written in.</summary>
    private static int[] Ordered(EquatableArray<ConceptModel> concepts)
    {
        var order = new int[concepts.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        System.Array.Sort(order, (left, right) =>
        {
            var byGroup = string.CompareOrdinal(concepts[left].Group, concepts[right].Group);
            return byGroup != 0 ? byGroup : string.CompareOrdinal(concepts[left].Name, concepts[right].Name);
        });
        return order;
    }

    /// <summary>"us-gaap:Revenues: 60,922 USD millions, FY2024 (2023-01-30 to 2024-01-28)": the concept and its current value.</summary>
    internal static string Describe(ConceptModel concept, FilingModel model)
    {
        var text = new StringBuilder(concept.Concept).Append(": ");
        if (concept.Current < 0)
        {
            return text.Append("no current value").ToString();
        }

        var fact = model.Facts[concept.Current];
        if (fact.IsNil)
        {
            text.Append("nil");
        }
        else
        {
            var shown = XmlDoc.Cut(fact.Text, DocTextLimit);
            text.Append(fact.IsNumeric ? shown : "\"" + shown + "\"");
        }

        if (fact.Unit is not null)
        {
            text.Append(' ').Append(fact.Unit.Replace("iso4217:", string.Empty).Replace("xbrli:", string.Empty)).Append(Scale(fact.Scale));
        }

        text.Append(", ");
        if (fact.FiscalYear is int year)
        {
            text.Append("FY").Append(year.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        var period = fact.Instant is { } instant ? instant.ToString() : fact.Start is { } start && fact.End is { } end ? start + " to " + end : "forever";
        return text.Append('(').Append(period).Append(')').ToString();
    }

    /// <summary>What the displayed number is in: " millions" for a scale of 6.</summary>
    private static string Scale(int scale) => scale switch
    {
        0 => string.Empty,
        3 => " thousands",
        6 => " millions",
        9 => " billions",
        _ => " e" + scale.ToString(CultureInfo.InvariantCulture),
    };
}
