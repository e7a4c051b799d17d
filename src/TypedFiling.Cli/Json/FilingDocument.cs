using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TypedFiling.Cli.Json;

/// <summary>What <c>typedfiling inspect --json</c> writes: the schema version, the filings and their diagnostics.</summary>
/// <param name="SchemaVersion">See <see cref="FilingJson.SchemaVersion"/>.</param>
/// <param name="Filings">The filings, in the order given.</param>
/// <param name="Diagnostics">The filings' own diagnostics, each naming its file.</param>
internal sealed record FilingDocument(int SchemaVersion, IReadOnlyList<Filing> Filings, IReadOnlyList<DiagnosticEntry> Diagnostics);

/// <summary>One diagnostic of a filing, as the build would report it.</summary>
internal sealed record DiagnosticEntry(string Path, string Id, string Severity, string Message, SourceSpan Location);

/// <summary>Reads and writes <see cref="FilingDocument"/>; refuses a document of a newer major schema.</summary>
internal sealed class FilingDocumentConverter : JsonConverter<FilingDocument>
{
    public override FilingDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var version = JsonRead.Int(root, "schemaVersion");
        if (version > FilingJson.SchemaVersion)
        {
            throw new JsonException("The document has schema version " + version + "; this tool reads version " + FilingJson.SchemaVersion + " and older.");
        }

        var filings = new List<Filing>();
        foreach (var filing in JsonRead.Required(root, "filings").EnumerateArray())
        {
            filings.Add(FilingConverter.FromElement(filing));
        }

        var diagnostics = new List<DiagnosticEntry>();
        if (root.TryGetProperty("diagnostics", out var list))
        {
            foreach (var diagnostic in list.EnumerateArray())
            {
                diagnostics.Add(new DiagnosticEntry(
                    JsonRead.String(diagnostic, "path"),
                    JsonRead.String(diagnostic, "id"),
                    JsonRead.String(diagnostic, "severity"),
                    JsonRead.String(diagnostic, "message"),
                    SourceSpanConverter.FromElement(JsonRead.Required(diagnostic, "location"))));
            }
        }

        return new FilingDocument(version, filings.AsReadOnly(), diagnostics.AsReadOnly());
    }

    public override void Write(Utf8JsonWriter writer, FilingDocument value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", value.SchemaVersion);
        writer.WriteStartArray("filings");
        foreach (var filing in value.Filings)
        {
            FilingConverter.WriteFiling(writer, filing);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in value.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("path", diagnostic.Path);
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", diagnostic.Severity);
            writer.WriteString("message", diagnostic.Message);
            writer.WritePropertyName("location");
            FilingJson.WriteSpan(writer, diagnostic.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
