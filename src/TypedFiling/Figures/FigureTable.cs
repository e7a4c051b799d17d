using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Globalization;

namespace TypedFiling;

/// <summary>
/// Reads the compact table generated code stores a filing's figures in: a pool of strings (each sentence once, however
/// many figures stand in it) and one row per figure, fields separated by commas. A row is a string literal the
/// compiler reads in a fraction of the time of a constructor call with named arguments, and the table is read once,
/// at the first use of any figure of the filing. Only generated code calls it; the layout may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FigureTable
{
    /// <summary>
    /// The figures of <paramref name="rows"/>, in order. Each row is
    /// "kind,name,text,sentence,offset,length,line,column,endLine,endColumn,label,asOf,asOfText,asOfIsPeriod,..." and then, by kind
    /// (M, P, Q, D, F or R): money "amount,currency,scale,qualifier,qualifierText,isNegative,currencySource,translationOf";
    /// percentage "value,qualifier,qualifierText,isPoints"; quantity "value,unit,qualifier,qualifierText"; date "date";
    /// fiscal period "period,months,end"; ratio "left,right,unit". Texts are indexes into <paramref name="strings"/>, dates
    /// "yyyy", "yyyy-M" or "yyyy-M-d", flags "1" or empty, enums by name (empty for the first value), translationOf the index
    /// of an earlier row. An empty field is null; an empty endLine is the line, an empty endColumn is column + length. The
    /// sentence is a string index too, or "text:start:length", a slice of <paramref name="texts"/> (the risk factors' bodies).
    /// </summary>
    public static IReadOnlyList<Figure> Read(string[] strings, string[] rows, string[] texts)
    {
        if (strings is null || rows is null || texts is null)
        {
            throw new ArgumentNullException(strings is null ? nameof(strings) : rows is null ? nameof(rows) : nameof(texts));
        }

        var figures = new Figure[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            figures[i] = ReadRow(new Fields(rows[i].Split(','), strings, texts), figures, i);
        }

        return Array.AsReadOnly(figures);
    }

    /// <summary>The <paramref name="count"/> figures of <paramref name="all"/> from <paramref name="start"/>: one risk factor's.</summary>
    public static IReadOnlyList<Figure> Slice(IReadOnlyList<Figure> all, int start, int count)
    {
        if (all is null)
        {
            throw new ArgumentNullException(nameof(all));
        }

        var slice = new Figure[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = all[start + i];
        }

        return Array.AsReadOnly(slice);
    }

    private static Figure ReadRow(Fields f, Figure[] earlier, int index)
    {
        var line = f.Int(6);
        var column = f.Int(7);
        var length = f.Int(5);
        var location = new SourceSpan(line, column, f.IsEmpty(8) ? line : f.Int(8), f.IsEmpty(9) ? column + length : f.Int(9), f.Int(4), length);
        var source = new FigureSource(f.Raw(1), f.String(2)!, f.Sentence(3), location, f.String(10), f.Date(11), f.String(12), f.Flag(13));
        switch (f.Raw(0))
        {
            case "M":
                var translationOf = f.IsEmpty(21) ? null : f.Int(21) < index ? earlier[f.Int(21)] as Money : null;
                return new Money(source, f.Decimal(14), f.String(15)!, f.String(16), f.Enum<Qualifier>(17), f.String(18), f.Flag(19),
                    f.Enum<CurrencySource>(20), translationOf);
            case "P":
                return new Percentage(source, f.Decimal(14), f.Enum<Qualifier>(15), f.String(16), f.Flag(17));
            case "Q":
                return new Quantity(source, f.Decimal(14), f.String(15) ?? string.Empty, f.Enum<Qualifier>(16), f.String(17));
            case "D":
                return new FilingDate(source, f.Date(14) ?? throw Invalid(index));
            case "F":
                return new FiscalPeriod(source, f.Enum<PeriodKind>(14), f.IsEmpty(15) ? null : f.Int(15), f.Date(16) ?? throw Invalid(index));
            case "R":
                return new Ratio(source, f.Decimal(14), f.Decimal(15), f.String(16));
            default:
                throw Invalid(index);
        }
    }

    private static FormatException Invalid(int index) =>
        new("Figure row " + index.ToString(CultureInfo.InvariantCulture) + " of a generated table is not valid: regenerate the code with the same TypedFiling version.");

    /// <summary>The fields of one row; a field past the end of a row is empty.</summary>
    private readonly struct Fields
    {
        private readonly string[] fields;
        private readonly string[] strings;
        private readonly string[] texts;

        public Fields(string[] fields, string[] strings, string[] texts)
        {
            this.fields = fields;
            this.strings = strings;
            this.texts = texts;
        }

        public string Raw(int i) => i < fields.Length ? fields[i] : string.Empty;

        public bool IsEmpty(int i) => Raw(i).Length == 0;

        public int Int(int i) => int.Parse(Raw(i), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        public decimal Decimal(int i) => decimal.Parse(Raw(i), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

        public bool Flag(int i) => Raw(i) == "1";

        public string? String(int i) => IsEmpty(i) ? null : strings[Int(i)];

        /// <summary>A string index, or "text:start:length".</summary>
        public string Sentence(int i)
        {
            var raw = Raw(i);
            if (raw.IndexOf(':') < 0)
            {
                return strings[Int(i)];
            }

            var parts = raw.Split(':');
            int Part(int k) => int.Parse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture);
            return texts[Part(0)].Substring(Part(1), Part(2));
        }

        public T Enum<T>(int i)
            where T : struct =>
            IsEmpty(i) ? default : (T)System.Enum.Parse(typeof(T), Raw(i));

        /// <summary>"yyyy", "yyyy-M" or "yyyy-M-d".</summary>
        public CalendarDate? Date(int i)
        {
            var text = Raw(i);
            if (text.Length == 0)
            {
                return null;
            }

            var parts = text.Split('-');
            int Part(int k) => int.Parse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture);
            return new CalendarDate(Part(0), parts.Length > 1 ? Part(1) : null, parts.Length > 2 ? Part(2) : null);
        }
    }
}
