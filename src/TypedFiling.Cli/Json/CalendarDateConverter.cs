using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TypedFiling.Cli.Json;

/// <summary>A date at its precision, as ISO 8601: "2010", "2010-08" or "2010-09-17".</summary>
internal sealed class CalendarDateConverter : JsonConverter<CalendarDate>
{
    public override CalendarDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? JsonRead.ParseDate(reader.GetString()!)
            : throw new JsonException("A date is a string (yyyy, yyyy-MM or yyyy-MM-dd).");

    public override void Write(Utf8JsonWriter writer, CalendarDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
