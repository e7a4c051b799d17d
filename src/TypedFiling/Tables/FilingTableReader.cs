using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedFiling.Tables;

/// <summary>
/// Reads a filing's table (<see cref="FilingTableLayout"/>) into the runtime values: the one reader of the generated code's
/// <c>Filing</c> and of <see cref="FilingReader"/>, which writes its model as a table and reads it back here.
/// </summary>
internal sealed partial class FilingTableReader
{
    private static readonly IReadOnlyList<Figure> NoFigures = Array.AsReadOnly(Array.Empty<Figure>());

    private readonly string table;
    private readonly string?[]? texts;
    private string[] strings = Array.Empty<string>();
    private SpanCursor spans;
    private int at;

    private FilingTableReader(string table, string?[]? texts)
    {
        this.table = table;
        this.texts = texts;
    }

    /// <summary>The filing of <paramref name="table"/> (packed or not); <paramref name="texts"/> holds the risk factors' texts the table leaves out.</summary>
    public static Filing Read(string table, string?[]? texts)
    {
        var reader = new FilingTableReader(FilingTablePacking.Unpack(table), texts);
        if (reader.Raw() != FilingTableLayout.Version)
        {
            throw FilingTableLayout.Invalid("version");
        }

        reader.ReadPool();
        var (name, sourcePath, company, form, fiscalYearEnd) = (reader.RequiredString(), reader.RequiredString(), reader.String(), reader.String(), reader.Date());
        var outline = reader.Outline();
        var sections = reader.Sections();
        var riskFactors = reader.RiskFactors();
        var facts = reader.Facts();
        return new Filing(name, sourcePath, company, form, fiscalYearEnd, sections, riskFactors, facts, outline);
    }

    private void ReadPool()
    {
        var count = Int();
        strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            var colon = table.IndexOf(':', at);
            if (colon < 0)
            {
                throw FilingTableLayout.Invalid("pool");
            }

            var length = ParseInt(at, colon);
            if (length < 0 || colon + 1 + length > table.Length)
            {
                throw FilingTableLayout.Invalid("pool");
            }

            strings[i] = table.Substring(colon + 1, length);
            at = colon + 1 + length;
        }
    }

    private FilingOutline? Outline()
    {
        var headings = Raw();
        var verdict = Enum<OutlineVerdict>();
        var finding = String();
        var section = Raw();
        var sectionHeading = String();
        return headings.Length == 0 ? null : new FilingOutline(ParseEnum<HeadingMode>(headings), verdict, finding, ParseEnum<SectionEvidence>(section), sectionHeading);
    }

    private IReadOnlyList<Section> Sections()
    {
        var sections = new Section[Int()];
        for (var i = 0; i < sections.Length; i++)
        {
            sections[i] = new Section(RequiredString(), RequiredString(), Span());
        }

        return Array.AsReadOnly(sections);
    }

    private IReadOnlyList<RiskFactor> RiskFactors()
    {
        var riskFactors = new RiskFactor[Int()];
        for (var i = 0; i < riskFactors.Length; i++)
        {
            var (number, id, name, title) = (Int(), RequiredString(), RequiredString(), RequiredString());
            var textField = Raw();
            var text = textField == FilingTableLayout.Text(FilingTableLayout.ExternalText) ? External(i) : Pooled(textField);
            var (category, location, count) = (String(), Span(), Int());
            var figures = count == 0 ? NoFigures : Figures(count, text);
            riskFactors[i] = new RiskFactor(number, id, name, title, text, category, location, figures);
        }

        return Array.AsReadOnly(riskFactors);
    }

    private string External(int riskFactor) =>
        texts is not null && riskFactor < texts.Length && texts[riskFactor] is { } text ? text : throw FilingTableLayout.Invalid("risk factor " + FilingTableLayout.Text(riskFactor) + " has no text");

    // Fields: each ends at the next comma; an empty one is null.
    private string Raw()
    {
        var comma = table.IndexOf(',', at);
        if (comma < 0)
        {
            throw FilingTableLayout.Invalid("ends early");
        }

        var field = table.Substring(at, comma - at);
        at = comma + 1;
        return field;
    }

    private int Int()
    {
        var comma = table.IndexOf(',', at);
        if (comma < 0)
        {
            throw FilingTableLayout.Invalid("ends early");
        }

        var value = ParseInt(at, comma);
        at = comma + 1;
        return value;
    }

    private int? OptionalInt()
    {
        if (at < table.Length && table[at] == ',')
        {
            at++;
            return null;
        }

        return Int();
    }

    private int ParseInt(int start, int end)
    {
        var negative = start < end && table[start] == '-';
        var value = 0L;
        for (var i = negative ? start + 1 : start; i < end; i++)
        {
            var digit = table[i] - '0';
            if (digit is < 0 or > 9 || value > int.MaxValue)
            {
                throw FilingTableLayout.Invalid("not a number");
            }

            value = (value * 10) + digit;
        }

        return end == (negative ? start + 1 : start) ? throw FilingTableLayout.Invalid("no number") : (int)(negative ? -value : value);
    }

    private decimal Decimal() => decimal.Parse(Raw(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private decimal? OptionalDecimal() => Raw() is { Length: > 0 } text ? decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture) : null;

    private bool Flag() => Raw() == "1";

    private T Enum<T>()
        where T : struct => Raw() is { Length: > 0 } name ? ParseEnum<T>(name) : default;

    private static T ParseEnum<T>(string name)
        where T : struct => System.Enum.TryParse<T>(name, out var value) ? value : throw FilingTableLayout.Invalid("no " + typeof(T).Name + " named " + name);

    private string? String() => OptionalInt() is int index ? Pooled(index) : null;

    private string RequiredString() => Pooled(Int());

    private string Pooled(string index) => Pooled(index.Length == 0 ? -1 : int.Parse(index, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    private string Pooled(int index) => index >= 0 && index < strings.Length ? strings[index] : throw FilingTableLayout.Invalid("string " + FilingTableLayout.Text(index));

    private CalendarDate? Date()
    {
        if (OptionalInt() is not int value)
        {
            return null;
        }

        var (year, month, day) = FilingTableLayout.Date(value);
        return new CalendarDate(year, month, day);
    }

    private SourceSpan Span()
    {
        var (distance, length, startLine, startColumn) = (Int(), Int(), OptionalInt(), OptionalInt());
        var (offset, line, column) = spans.Read(distance, startLine, startColumn);
        var (endLine, endColumn) = (OptionalInt(), OptionalInt());
        return new SourceSpan(line, column, endLine ?? line, endColumn ?? column + length, offset, length);
    }
}
