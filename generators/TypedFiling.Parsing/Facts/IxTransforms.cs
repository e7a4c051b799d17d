using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;

namespace TypedFiling.Parsing.Facts;

/// <summary>
/// The inline XBRL transformation formats EDGAR filings use (ixt: registries 1 to 5, ixt-sec:), applied to a
/// fact's displayed text. Numbers come back exact, as decimals, before scale and sign.
/// </summary>
internal static class IxTransforms
{
    private static readonly Dictionary<string, int> NumberWordValues = NumberWordTable();

    /// <summary>
    /// The number <paramref name="text"/> stands for under <paramref name="format"/> (null: plain xs:decimal);
    /// false when the text does not fit the format or the format is not a numeric one.
    /// </summary>
    public static bool TryNumber(string? format, string text, out decimal value)
    {
        value = 0m;
        switch (LocalName(format))
        {
            case null:
            case "num-dot-decimal":
            case "numdotdecimal":
            case "numcommadot":
            case "num-dot-decimal-apos":
                return TryDigits(text, '.', out value);
            case "num-comma-decimal":
            case "numcommadecimal":
            case "numdotcomma":
            case "numspacecomma":
                return TryDigits(text, ',', out value);
            case "fixed-zero":
            case "zerodash":
            case "fixedzero":
            case "nocontent":
                return true;
            case "numwordsen":
            case "num-word-en":
                return TryWords(text, out value);
            default:
                return false;
        }
    }

    /// <summary>Whether <paramref name="format"/> is a date format; <paramref name="date"/> is its value when the text fits.</summary>
    public static bool TryDate(string? format, string text, out FigureDate? date)
    {
        date = null;
        var name = LocalName(format);
        if (name is null || name.IndexOf("date", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var parts = DateParts(text);
        int year = 0, month = 0, day = 0;
        var ok = name switch
        {
            "date-monthname-day-year-en" or "datemonthdayyearen" or "datemonthnamedayyearen" => Month(parts, 0, out month) && Number(parts, 1, out day) && Number(parts, 2, out year),
            "date-day-monthname-year-en" or "datedaymonthyearen" or "datedaymonthnameyearen" => Number(parts, 0, out day) && Month(parts, 1, out month) && Number(parts, 2, out year),
            "date-month-day-year" or "dateslashus" or "datedotus" => Number(parts, 0, out month) && Number(parts, 1, out day) && Number(parts, 2, out year),
            "date-day-month-year" or "dateslasheu" or "datedoteu" => Number(parts, 0, out day) && Number(parts, 1, out month) && Number(parts, 2, out year),
            "date-year-month-day" => Number(parts, 0, out year) && Number(parts, 1, out month) && Number(parts, 2, out day),
            _ => false,
        };
        if (ok && parts.Count == 3)
        {
            year = year < 100 ? year + 2000 : year;
            if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new FigureDate(year, month, day);
            }
        }

        return true;
    }

    /// <summary>"ixt:num-dot-decimal" -> "num-dot-decimal": the registries' prefixes vary by version, the names do not clash.</summary>
    private static string? LocalName(string? format)
    {
        if (format is null || format.Length == 0)
        {
            return null;
        }

        var colon = format.IndexOf(':');
        return colon >= 0 ? format.Substring(colon + 1) : format;
    }

    /// <summary>Digits with group separators (',', '.', ' ', no-break and thin spaces, apostrophes) and one decimal mark.</summary>
    private static bool TryDigits(string text, char decimalMark, out decimal value)
    {
        value = 0m;
        var digits = new StringBuilder(text.Length);
        var seenDigit = false;
        var seenMark = false;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
                seenDigit = true;
            }
            else if (c == decimalMark)
            {
                if (seenMark)
                {
                    return false;
                }

                digits.Append('.');
                seenMark = true;
            }
            else if (!(c is ',' or '.' or ' ' or '\u00A0' or '\u2009' or '\u202F' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return seenDigit && decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>English number words: "two", "twenty-one", "one hundred five", "no", "none".</summary>
    private static bool TryWords(string text, out decimal value)
    {
        value = 0m;
        long total = 0, group = 0;
        var any = false;
        foreach (var raw in text.Split(new[] { ' ', '-', '\u00A0', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant();
            if (word == "and")
            {
                continue;
            }

            if (!NumberWordValues.TryGetValue(word, out var number))
            {
                return false;
            }

            any = true;
            if (number == 100)
            {
                group = (group == 0 ? 1 : group) * 100;
            }
            else if (number >= 1000)
            {
                total += (group == 0 ? 1 : group) * number;
                group = 0;
            }
            else
            {
                group += number;
            }
        }

        value = total + group;
        return any;
    }

    private static Dictionary<string, int> NumberWordTable()
    {
        var units = new[]
        {
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        };
        var tens = new[] { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        var table = new Dictionary<string, int>(StringComparer.Ordinal) { ["no"] = 0, ["none"] = 0, ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1000000 };
        for (var i = 0; i < units.Length; i++)
        {
            table[units[i]] = i;
        }

        for (var i = 0; i < tens.Length; i++)
        {
            table[tens[i]] = (i + 2) * 10;
        }

        return table;
    }

    /// <summary>The words and numbers of a date, split at spaces, commas, slashes, dots and hyphens.</summary>
    private static List<string> DateParts(string text)
    {
        var parts = new List<string>(3);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || !char.IsLetterOrDigit(text[i]);
            if (separator && start >= 0)
            {
                parts.Add(text.Substring(start, i - start));
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }

        return parts;
    }

    private static bool Number(List<string> parts, int index, out int value)
    {
        value = 0;
        return index < parts.Count && parts[index].Length <= 4 && int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool Month(List<string> parts, int index, out int month)
    {
        month = 0;
        if (index >= parts.Count || parts[index].Length < 3)
        {
            return false;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var m = 0; m < 12; m++)
        {
            if (names[m].StartsWith(parts[index], StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                return true;
            }
        }

        return false;
    }
}
