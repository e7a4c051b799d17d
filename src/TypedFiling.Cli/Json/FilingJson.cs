using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TypedFiling.Cli.Json;

/// <summary>
/// The tool's JSON: the options with every converter, and the schema version. The runtime library targets
/// netstandard2.0 without System.Text.Json, so its types are read and written by the converters here.
/// The schema is documented in docs/cli-json-schema.md.
/// </summary>
internal static class FilingJson
{
    /// <summary>
    /// The version of the JSON schema, written as <c>schemaVersion</c>. It goes up when a property is removed,
    /// renamed or changes meaning; adding a property does not change it.
    /// </summary>
    public const int SchemaVersion = 1;

    /// <summary>Options that read and write <see cref="Filing"/>, its risk factors, figures, spans and dates.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads an <c>inspect --json</c> document's filings back into the runtime model.</summary>
    public static System.Collections.Generic.IReadOnlyList<Filing> ReadFilings(string json) =>
        JsonSerializer.Deserialize<FilingDocument>(json, Options)?.Filings ?? throw new JsonException("The document is null.");

    internal static void WriteSpan(Utf8JsonWriter writer, SourceSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", span.Line);
        writer.WriteNumber("column", span.Column);
        writer.WriteNumber("endLine", span.EndLine);
        writer.WriteNumber("endColumn", span.EndColumn);
        writer.WriteNumber("offset", span.Offset);
        writer.WriteNumber("length", span.Length);
        writer.WriteEndObject();
    }

    /// <summary>Writes a value with <paramref name="write"/> to indented UTF-8 JSON and returns it as a string ending in a line break.</summary>
    internal static string Write(System.Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            // The output is a file for people and programs, not HTML: keep "¥", "€" and quotes as they are.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new FilingDocumentConverter());
        options.Converters.Add(new FilingConverter());
        options.Converters.Add(new RiskFactorConverter());
        options.Converters.Add(new FigureConverter());
        options.Converters.Add(new SourceSpanConverter());
        options.Converters.Add(new CalendarDateConverter());
        options.MakeReadOnly();
        return options;
    }
}
