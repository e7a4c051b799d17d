using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TypedFiling.Cli.Json;

/// <summary>A whole filing: name (its generated class), source path, company, form, fiscal year end, sections and risk factors.</summary>
internal sealed class FilingConverter : JsonConverter<Filing>
{
    public override Filing Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return FromElement(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, Filing value, JsonSerializerOptions options) => WriteFiling(writer, value);

    internal static void WriteFiling(Utf8JsonWriter writer, Filing filing)
    {
        writer.WriteStartObject();
        writer.WriteString("name", filing.Name);
        writer.WriteString("sourcePath", filing.SourcePath);
        writer.WriteString("company", filing.Company);
        writer.WriteString("form", filing.Form);
        writer.WriteString("fiscalYearEnd", filing.FiscalYearEnd?.ToString());
        writer.WriteStartArray("sections");
        foreach (var section in filing.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("title", section.Title);
            writer.WriteString("text", section.Text);
            writer.WritePropertyName("location");
            FilingJson.WriteSpan(writer, section.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("riskFactors");
        foreach (var riskFactor in filing.RiskFactors)
        {
            RiskFactorConverter.WriteRiskFactor(writer, riskFactor);
        }

        writer.WriteEndArray();
        FactJson.WriteFacts(writer, filing.Facts);
        if (filing.Outline is { } outline)
        {
            writer.WriteStartObject("outline");
            writer.WriteString("headings", outline.Headings.ToString());
            writer.WriteString("verdict", outline.Verdict.ToString());
            writer.WriteString("finding", outline.Finding);
            writer.WriteString("section", outline.Section.ToString());
            writer.WriteString("sectionHeading", outline.SectionHeading);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>The optional "outline" object (documents written before it was added have none).</summary>
    private static FilingOutline? ReadOutline(JsonElement element)
    {
        if (!element.TryGetProperty("outline", out var outline) || outline.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new FilingOutline(
            Enum.TryParse<HeadingMode>(JsonRead.String(outline, "headings"), out var headings) ? headings : HeadingMode.None,
            Enum.TryParse<OutlineVerdict>(JsonRead.String(outline, "verdict"), out var verdict) ? verdict : OutlineVerdict.Plausible,
            JsonRead.OptionalString(outline, "finding"),
            Enum.TryParse<SectionEvidence>(JsonRead.OptionalString(outline, "section"), out var section) ? section : SectionEvidence.None,
            JsonRead.OptionalString(outline, "sectionHeading"));
    }

    internal static Filing FromElement(JsonElement element)
    {
        var sections = new List<Section>();
        foreach (var section in JsonRead.Required(element, "sections").EnumerateArray())
        {
            sections.Add(new Section(
                JsonRead.String(section, "title"),
                JsonRead.String(section, "text"),
                SourceSpanConverter.FromElement(JsonRead.Required(section, "location"))));
        }

        var riskFactors = new List<RiskFactor>();
        foreach (var riskFactor in JsonRead.Required(element, "riskFactors").EnumerateArray())
        {
            riskFactors.Add(RiskFactorConverter.FromElement(riskFactor));
        }

        return new Filing(
            JsonRead.String(element, "name"),
            JsonRead.String(element, "sourcePath"),
            JsonRead.OptionalString(element, "company"),
            JsonRead.OptionalString(element, "form"),
            JsonRead.OptionalDate(element, "fiscalYearEnd"),
            sections.AsReadOnly(),
            riskFactors.AsReadOnly(),
            FactJson.ReadFacts(element),
            ReadOutline(element));
    }
}
