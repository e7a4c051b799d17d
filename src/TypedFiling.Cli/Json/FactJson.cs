using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace TypedFiling.Cli.Json;

/// <summary>A filing's inline XBRL facts in the tool's JSON (the <c>facts</c> array; docs/cli-json-schema.md).</summary>
internal static class FactJson
{
    public static void WriteFacts(Utf8JsonWriter writer, IReadOnlyList<Fact> facts)
    {
        writer.WriteStartArray("facts");
        foreach (var fact in facts)
        {
            WriteFact(writer, fact);
        }

        writer.WriteEndArray();
    }

    public static void WriteFact(Utf8JsonWriter writer, Fact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("concept", fact.Concept);
        writer.WriteString("text", fact.Text);

        // A string, so the exact decimal survives readers that parse numbers as doubles.
        writer.WriteString("value", fact.Value?.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("date", fact.Date?.ToString());
        writer.WriteString("unit", fact.Unit);
        writer.WriteString("decimals", fact.DecimalsText);
        writer.WriteNumber("scale", fact.Scale);
        writer.WriteBoolean("isNegative", fact.IsNegative);
        writer.WriteBoolean("isNil", fact.IsNil);
        writer.WriteString("instant", fact.Instant?.ToString());
        writer.WriteString("start", fact.Start?.ToString());
        writer.WriteString("end", fact.End?.ToString());
        writer.WriteStartObject("dimensions");
        foreach (var dimension in fact.Dimensions)
        {
            writer.WriteString(dimension.Key, dimension.Value);
        }

        writer.WriteEndObject();
        writer.WriteString("contextId", fact.ContextId);
        writer.WriteString("factId", fact.FactId);
        if (fact.FiscalYear is int fiscalYear)
        {
            writer.WriteNumber("fiscalYear", fiscalYear);
        }
        else
        {
            writer.WriteNull("fiscalYear");
        }

        writer.WriteString("periodRole", fact.PeriodRole.ToString());
        writer.WriteBoolean("isDuplicate", fact.IsDuplicate);
        writer.WritePropertyName("location");
        FilingJson.WriteSpan(writer, fact.Location);
        writer.WriteEndObject();
    }

    /// <summary>The facts of a filing element; none when it has no <c>facts</c> (a document written before they existed).</summary>
    public static IReadOnlyList<Fact> ReadFacts(JsonElement filing)
    {
        var facts = new List<Fact>();
        if (!filing.TryGetProperty("facts", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return facts.AsReadOnly();
        }

        foreach (var element in array.EnumerateArray())
        {
            Dictionary<string, string>? dimensions = null;
            if (element.TryGetProperty("dimensions", out var members) && members.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in members.EnumerateObject())
                {
                    dimensions ??= new Dictionary<string, string>(System.StringComparer.Ordinal);
                    dimensions[member.Name] = member.Value.GetString() ?? string.Empty;
                }
            }

            var value = JsonRead.OptionalString(element, "value");
            facts.Add(new Fact(
                JsonRead.String(element, "concept"),
                JsonRead.String(element, "text"),
                value is null ? null : decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture),
                JsonRead.OptionalDate(element, "date"),
                JsonRead.OptionalString(element, "unit"),
                JsonRead.OptionalString(element, "decimals"),
                JsonRead.Required(element, "scale").GetInt32(),
                JsonRead.Required(element, "isNegative").GetBoolean(),
                JsonRead.Required(element, "isNil").GetBoolean(),
                JsonRead.OptionalDate(element, "instant"),
                JsonRead.OptionalDate(element, "start"),
                JsonRead.OptionalDate(element, "end"),
                dimensions,
                JsonRead.String(element, "contextId"),
                JsonRead.OptionalString(element, "factId"),
                SourceSpanConverter.FromElement(JsonRead.Required(element, "location")),
                element.TryGetProperty("fiscalYear", out var fiscalYear) && fiscalYear.ValueKind == JsonValueKind.Number ? fiscalYear.GetInt32() : null,
                JsonRead.OptionalString(element, "periodRole") is { } role && System.Enum.TryParse<FactPeriodRole>(role, out var periodRole) ? periodRole : FactPeriodRole.None,
                element.TryGetProperty("isDuplicate", out var duplicate) && duplicate.ValueKind == JsonValueKind.True));
        }

        return facts.AsReadOnly();
    }
}
