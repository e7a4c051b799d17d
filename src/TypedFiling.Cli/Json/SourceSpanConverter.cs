using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TypedFiling.Cli.Json;

/// <summary><c>{"line":15,"column":4,"endLine":15,"endColumn":98,"offset":1234,"length":95}</c>.</summary>
internal sealed class SourceSpanConverter : JsonConverter<SourceSpan>
{
    public override SourceSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return FromElement(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, SourceSpan value, JsonSerializerOptions options) => FilingJson.WriteSpan(writer, value);

    internal static SourceSpan FromElement(JsonElement element) => new(
        JsonRead.Int(element, "line"),
        JsonRead.Int(element, "column"),
        JsonRead.Int(element, "endLine"),
        JsonRead.Int(element, "endColumn"),
        JsonRead.Int(element, "offset"),
        JsonRead.Int(element, "length"));
}
