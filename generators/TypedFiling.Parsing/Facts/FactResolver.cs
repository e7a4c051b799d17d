using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Text;

namespace TypedFiling.Parsing.Facts;

/// <summary>Turns the tags read into facts: context and unit looked up, text transformed, scale and sign applied.</summary>
internal static class FactResolver
{
    public static InlineXbrlResult Resolve(List<PendingFact> pending, Dictionary<string, PendingFact> continuations, XbrlHeaderReader header, LineMap lines, System.Threading.CancellationToken cancellationToken = default)
    {
        var facts = new List<FactModel>(pending.Count);
        var diagnostics = new List<FilingDiagnostic>();
        var resolved = 0;
        foreach (var fact in pending)
        {
            // Thousands of facts in a whole 10-K: a check every 256 keeps a cancelled run from finishing them all.
            if ((resolved++ & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var problem = Problem(fact, header);
            if (problem is not null)
            {
                diagnostics.Add(FilingDiagnostic.Create(DiagnosticIds.MalformedFact, lines.Range(fact.TagStart, fact.TagEnd), fact.Name ?? "(no name)", problem));
                continue;
            }

            // A text block's text is not kept (see TextLimit), and without it the fact has nothing to give.
            if (fact.Element == IxElement.NonNumeric && (fact.Overflowed || !Continue(fact, continuations)))
            {
                continue;
            }

            var model = Model(fact, header, lines, out problem);
            if (model is null)
            {
                diagnostics.Add(FilingDiagnostic.Create(DiagnosticIds.MalformedFact, lines.Range(fact.TagStart, fact.TagEnd), fact.Name!, problem!));
                continue;
            }

            facts.Add(model);
        }

        return new InlineXbrlResult(facts, diagnostics);
    }

    /// <summary>What makes the tag no fact at all, or null.</summary>
    private static string? Problem(PendingFact fact, XbrlHeaderReader header)
    {
        if (fact.Name is null || fact.Name.Length == 0)
        {
            return "the tag has no name attribute";
        }

        if (!fact.Closed)
        {
            return "the tag is never closed";
        }

        if (fact.ContextRef is null || !header.Contexts.ContainsKey(fact.ContextRef))
        {
            return fact.ContextRef is null ? "the tag has no contextRef" : "its context '" + fact.ContextRef + "' is not in the ix:header";
        }

        if (fact.Element == IxElement.NonFraction)
        {
            if (fact.UnitRef is null || !header.Units.ContainsKey(fact.UnitRef))
            {
                return fact.UnitRef is null ? "the numeric tag has no unitRef" : "its unit '" + fact.UnitRef + "' is not in the ix:header";
            }

            if (fact.Overflowed)
            {
                return "its text is longer than a number can be";
            }
        }

        return null;
    }

    private static FactModel? Model(PendingFact fact, XbrlHeaderReader header, LineMap lines, out string? problem)
    {
        problem = null;
        var context = header.Contexts[fact.ContextRef!];
        var text = XbrlHeaderReader.Collapse(fact.Text);
        decimal? value = null;
        FigureDate? date = null;
        var scale = 0;
        string? unit = null;
        if (fact.Element == IxElement.NonFraction)
        {
            unit = header.Units[fact.UnitRef!];
            if (fact.Scale is not null && !int.TryParse(fact.Scale, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out scale))
            {
                problem = "its scale '" + fact.Scale + "' is not an integer";
                return null;
            }

            if (!fact.Nil)
            {
                value = Number(fact, text, scale, out problem);
                if (value is null)
                {
                    return null;
                }
            }
        }
        else
        {
            IxTransforms.TryDate(fact.Format, text, out date);
        }

        var location = fact.ContentEnd > fact.ContentStart ? lines.Range(fact.ContentStart, fact.ContentEnd) : lines.Range(fact.TagStart, fact.TagEnd);
        return new FactModel(
            fact.Name!, text, value, date, unit, fact.Element == IxElement.NonFraction ? fact.Decimals : null, scale, fact.Negative, fact.Nil,
            context.Instant, context.Start, context.End, EquatableArray.From(context.Dimensions), fact.ContextRef!, fact.Id, location);
    }

    /// <summary>The displayed number read in its format, times ten to the scale, negated for sign="-".</summary>
    private static decimal? Number(PendingFact fact, string text, int scale, out string? problem)
    {
        problem = null;
        if (!IxTransforms.TryNumber(fact.Format, text, out var number))
        {
            problem = "'" + text + "' is not a number in the format " + (fact.Format ?? "xs:decimal");
            return null;
        }

        if (scale is < -28 or > 28)
        {
            problem = "its scale " + fact.Scale + " is out of range";
            return null;
        }

        try
        {
            for (var i = 0; i < scale; i++)
            {
                number *= 10m;
            }

            for (var i = 0; i > scale; i--)
            {
                number /= 10m;
            }
        }
        catch (System.OverflowException)
        {
            problem = "'" + text + "' at scale " + fact.Scale + " is too large";
            return null;
        }

        return fact.Negative ? -number : number;
    }

    /// <summary>Adds the text of the continuations the fact's continuedAt chain names; false when one is missing or too long.</summary>
    private static bool Continue(PendingFact fact, Dictionary<string, PendingFact> continuations)
    {
        var next = fact.ContinuedAt;
        var seen = 0;
        while (next is not null)
        {
            if (!continuations.TryGetValue(next, out var part) || part.Overflowed || ++seen > 100 || fact.Text.Length + part.Text.Length > fact.Limit)
            {
                return false;
            }

            fact.Text.Append(' ').Append(part.Text);
            next = part.ContinuedAt;
        }

        return true;
    }
}
