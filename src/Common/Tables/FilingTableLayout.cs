using System;
using System.Globalization;

namespace TypedFiling.Tables;

/// <summary>
/// The one format a filing's values travel in from the emitter to the runtime: the table that generated code hands
/// <c>TypedFiling.FilingTable.Read</c>, and that <c>FilingReader</c> builds its values through too. Compiled into both
/// sides as a linked file (src/Common/Tables, the dotnet/runtime Common way): the emitter writes with
/// <see cref="FilingTableWriter"/>, the runtime reads with <c>FilingTableReader</c>, and both use the encodings here.
/// </summary>
/// <remarks>
/// <para>
/// A table is a sequence of fields, each ended by a comma: an integer, a decimal, an enum member's name, a flag ("1" or
/// nothing) or nothing at all (null). Text is never inline: a string field is an index into the pool at the table's
/// start, where each distinct string stands once as its length, a colon and its characters. In order:
/// </para>
/// <code>
/// TF2, pool: count, then "length:chars" for each
/// filing:       name, sourcePath, company, form, fiscalYearEnd(date), headings(enum), verdict(enum), finding   (no headings: no outline)
/// sections:     count, then each: title, text, span
/// risk factors: count, then each: number, id, name, title, text, category, span, figure count, then its figures
///   figure:     kind(enum), name, text, sentence, span, label, asOf(date), asOfText, asOfIsPeriod(flag), then by kind:
///     Money         amount, currency, scale, qualifier(enum), qualifierText, isNegative(flag), currencySource(enum), translationOf
///     Percentage    value, qualifier(enum), qualifierText, isPoints(flag)
///     Quantity      value, unit, qualifier(enum), qualifierText
///     Date          date
///     FiscalPeriod  period(enum), months, end(date)
///     Ratio         left, right, unit
/// contexts:     count, then each: id, instant(date), start(date), end(date), fiscalYear, role(enum), dimension count, then axis, member for each
/// facts:        count, then each: concept, text, value(decimal), date(date), unit, decimals, scale, flags, context, factId, span
/// </code>
/// <para>
/// A risk factor's text is <see cref="ExternalText"/> when the generated code passes it in (its <c>Text</c> constant) rather
/// than the table holding it; a figure's sentence is a string, or <see cref="TextSlice"/> then its start and length in its risk
/// factor's text. An empty enum field is the enum's first member; translationOf is the index of an earlier figure of the same
/// risk factor; fact flags are <see cref="NegativeFlag"/>, <see cref="NilFlag"/> and <see cref="DuplicateFlag"/>.
/// </para>
/// <para>
/// A table the emitter finds large is packed: <see cref="PackedMark"/>, then its characters deflated in Z85
/// (<see cref="FilingTablePacking"/>), so the filing's text and thousands of rows cost a fraction of their bytes as C#.
/// </para>
/// </remarks>
internal static class FilingTableLayout
{
    /// <summary>The first field of every table: the layout's version, so a table from another version is told apart.</summary>
    public const string Version = "TF3";

    /// <summary>The first character of a packed table; a table as written starts with <see cref="Version"/>.</summary>
    public const char PackedMark = '~';

    /// <summary>The text field of a risk factor whose text the generated code passes in.</summary>
    public const int ExternalText = -1;

    /// <summary>The sentence field of a figure whose sentence is a slice of its risk factor's text (start and length follow).</summary>
    public const int TextSlice = -1;

    /// <summary>A fact's flag: sign="-".</summary>
    public const int NegativeFlag = 1;

    /// <summary>A fact's flag: xsi:nil="true".</summary>
    public const int NilFlag = 2;

    /// <summary>A fact's flag: a more precise fact of the same concept, period, unit and dimensions stands for it.</summary>
    public const int DuplicateFlag = 4;

    /// <summary>A date as one integer, yyyymmdd, with 00 for a month or day not written: 20100000 is 2010, 20100800 August 2010.</summary>
    public static int Date(int year, int? month, int? day) => (year * 10000) + ((month ?? 0) * 100) + (day ?? 0);

    /// <summary>The year, month and day of <see cref="Date(int, int?, int?)"/>'s integer.</summary>
    public static (int Year, int? Month, int? Day) Date(int value)
    {
        var month = value / 100 % 100;
        var day = value % 100;
        return (value / 10000, month == 0 ? null : month, day == 0 ? null : day);
    }

    /// <summary>
    /// A span as offset, length, line and column, then its end line and column, each left empty when it follows: the end
    /// line is the line, the end column the column plus the length (a span on one line, as most are).
    /// </summary>
    public static (int? EndLine, int? EndColumn) SpanEnd(int length, int line, int column, int endLine, int endColumn) =>
        (endLine == line ? null : endLine, endLine == line && endColumn == column + length ? null : endColumn);

    /// <summary>The error a table this version cannot read raises.</summary>
    public static FormatException Invalid(string what) =>
        new("A generated filing table is not valid (" + what + "): regenerate the code with this TypedFiling version.");

    /// <summary>An integer field as written.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
