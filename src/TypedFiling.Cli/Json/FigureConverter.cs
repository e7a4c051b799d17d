using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TypedFiling.Cli.Json;

/// <summary>
/// A figure of any kind, told apart by <c>"kind"</c>: the common properties of <see cref="Figure"/> and the
/// value properties of <see cref="Money"/>, <see cref="Percentage"/>, <see cref="Quantity"/>,
/// <see cref="FilingDate"/>, <see cref="FiscalPeriod"/> or <see cref="Ratio"/>, named as the runtime names them.
/// </summary>
internal sealed class FigureConverter : JsonConverter<Figure>
{
    public override bool CanConvert(Type typeToConvert) => typeof(Figure).IsAssignableFrom(typeToConvert);

    public override Figure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return FromElement(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, Figure value, JsonSerializerOptions options) => WriteFigure(writer, value);

    internal static void WriteFigure(Utf8JsonWriter writer, Figure figure)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", figure.Kind.ToString());
        writer.WriteString("name", figure.Name);
        writer.WriteString("text", figure.Text);
        switch (figure)
        {
            case Money money:
                writer.WriteNumber("amount", money.Amount);
                writer.WriteString("currency", money.Currency);
                writer.WriteString("scale", money.Scale);
                WriteQualifier(writer, money.Qualifier, money.QualifierText);
                writer.WriteBoolean("isNegative", money.IsNegative);
                break;
            case Percentage percentage:
                writer.WriteNumber("value", percentage.Value);
                WriteQualifier(writer, percentage.Qualifier, percentage.QualifierText);
                break;
            case Quantity quantity:
                writer.WriteNumber("value", quantity.Value);
                writer.WriteString("unit", quantity.Unit);
                WriteQualifier(writer, quantity.Qualifier, quantity.QualifierText);
                break;
            case FilingDate date:
                writer.WriteString("date", date.Date.ToString());
                writer.WriteString("precision", date.Precision.ToString());
                break;
            case FiscalPeriod period:
                writer.WriteString("period", period.Period.ToString());
                if (period.Months is int months)
                {
                    writer.WriteNumber("months", months);
                }
                else
                {
                    writer.WriteNull("months");
                }

                writer.WriteString("end", period.End.ToString());
                break;
            case Ratio ratio:
                writer.WriteNumber("left", ratio.Left);
                writer.WriteNumber("right", ratio.Right);
                writer.WriteString("unit", ratio.Unit);
                break;
        }

        writer.WriteString("label", figure.Label);
        writer.WriteString("asOf", figure.AsOf?.ToString());
        writer.WriteString("asOfText", figure.AsOfText);
        writer.WriteBoolean("asOfIsPeriod", figure.AsOfIsPeriod);
        writer.WriteString("sentence", figure.Sentence);
        writer.WritePropertyName("location");
        FilingJson.WriteSpan(writer, figure.Location);
        writer.WriteEndObject();
    }

    internal static Figure FromElement(JsonElement element)
    {
        var source = new FigureSource(
            JsonRead.String(element, "name"),
            JsonRead.String(element, "text"),
            JsonRead.String(element, "sentence"),
            SourceSpanConverter.FromElement(JsonRead.Required(element, "location")),
            JsonRead.OptionalString(element, "label"),
            JsonRead.OptionalDate(element, "asOf"),
            JsonRead.OptionalString(element, "asOfText"),
            JsonRead.Bool(element, "asOfIsPeriod"));
        return JsonRead.Enum<FigureKind>(element, "kind") switch
        {
            FigureKind.Money => new Money(
                source,
                JsonRead.Decimal(element, "amount"),
                JsonRead.String(element, "currency"),
                JsonRead.OptionalString(element, "scale"),
                JsonRead.Enum<Qualifier>(element, "qualifier"),
                JsonRead.OptionalString(element, "qualifierText"),
                JsonRead.Bool(element, "isNegative")),
            FigureKind.Percentage => new Percentage(
                source,
                JsonRead.Decimal(element, "value"),
                JsonRead.Enum<Qualifier>(element, "qualifier"),
                JsonRead.OptionalString(element, "qualifierText")),
            FigureKind.Quantity => new Quantity(
                source,
                JsonRead.Decimal(element, "value"),
                JsonRead.String(element, "unit"),
                JsonRead.Enum<Qualifier>(element, "qualifier"),
                JsonRead.OptionalString(element, "qualifierText")),
            FigureKind.Date => new FilingDate(source, JsonRead.Date(element, "date")),
            FigureKind.FiscalPeriod => new FiscalPeriod(
                source,
                JsonRead.Enum<PeriodKind>(element, "period"),
                JsonRead.OptionalInt(element, "months"),
                JsonRead.Date(element, "end")),
            _ => new Ratio(
                source,
                JsonRead.Decimal(element, "left"),
                JsonRead.Decimal(element, "right"),
                JsonRead.OptionalString(element, "unit")),
        };
    }

    private static void WriteQualifier(Utf8JsonWriter writer, Qualifier qualifier, string? text)
    {
        writer.WriteString("qualifier", qualifier.ToString());
        writer.WriteString("qualifierText", text);
    }
}
