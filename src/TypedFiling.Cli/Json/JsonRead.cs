using System;
using System.Globalization;
using System.Text.Json;

namespace TypedFiling.Cli.Json;

/// <summary>Reading helpers over <see cref="JsonElement"/>: required and optional properties, with errors that name the property.</summary>
internal static class JsonRead
{
    public static JsonElement Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Undefined
            ? value
            : throw new JsonException("The property '" + name + "' is missing.");

    public static string String(JsonElement element, string name) =>
        Required(element, name).GetString() ?? throw new JsonException("The property '" + name + "' must not be null.");

    public static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    public static int Int(JsonElement element, string name) => Required(element, name).GetInt32();

    public static int? OptionalInt(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetInt32() : null;

    public static decimal Decimal(JsonElement element, string name) => Required(element, name).GetDecimal();

    public static bool Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static T Enum<T>(JsonElement element, string name)
        where T : struct, Enum
    {
        var text = String(element, name);
        return System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new JsonException("'" + text + "' is not a valid " + typeof(T).Name + " for '" + name + "'.");
    }

    public static CalendarDate? OptionalDate(JsonElement element, string name)
    {
        var text = OptionalString(element, name);
        return text is null ? null : ParseDate(text);
    }

    public static CalendarDate Date(JsonElement element, string name) => ParseDate(String(element, name));

    /// <summary>"2010", "2010-08" or "2010-09-17", as <see cref="CalendarDate.ToString"/> writes them.</summary>
    public static CalendarDate ParseDate(string text)
    {
        var parts = text.Split('-');
        try
        {
            var year = int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
            int? month = parts.Length > 1 ? int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture) : null;
            int? day = parts.Length > 2 ? int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture) : null;
            return parts.Length > 3 ? throw new FormatException() : new CalendarDate(year, month, day);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new JsonException("'" + text + "' is not a date (yyyy, yyyy-MM or yyyy-MM-dd).", exception);
        }
    }
}
