using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TypedFiling.Cli.Json;

/// <summary>A risk factor: number, id, name (its generated class), title, category, text, location and figures.</summary>
internal sealed class RiskFactorConverter : JsonConverter<RiskFactor>
{
    public override RiskFactor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return FromElement(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, RiskFactor value, JsonSerializerOptions options) => WriteRiskFactor(writer, value);

    internal static void WriteRiskFactor(Utf8JsonWriter writer, RiskFactor riskFactor)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", riskFactor.Number);
        writer.WriteString("id", riskFactor.Id);
        writer.WriteString("name", riskFactor.Name);
        writer.WriteString("title", riskFactor.Title);
        writer.WriteString("category", riskFactor.Category);
        writer.WriteString("text", riskFactor.Text);
        writer.WritePropertyName("location");
        FilingJson.WriteSpan(writer, riskFactor.Location);
        writer.WriteStartArray("figures");
        foreach (var figure in riskFactor.Figures)
        {
            FigureConverter.WriteFigure(writer, figure);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static RiskFactor FromElement(JsonElement element)
    {
        var figures = new List<Figure>();
        foreach (var figure in JsonRead.Required(element, "figures").EnumerateArray())
        {
            figures.Add(FigureConverter.FromElement(figure));
        }

        return new RiskFactor(
            JsonRead.Int(element, "number"),
            JsonRead.String(element, "id"),
            JsonRead.String(element, "name"),
            JsonRead.String(element, "title"),
            JsonRead.String(element, "text"),
            JsonRead.OptionalString(element, "category"),
            SourceSpanConverter.FromElement(JsonRead.Required(element, "location")),
            figures.AsReadOnly());
    }
}
