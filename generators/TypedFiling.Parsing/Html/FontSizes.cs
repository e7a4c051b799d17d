namespace TypedFiling.Parsing.Html;

/// <summary>
/// Font sizes in hundredths of a point, from a CSS <c>font-size</c> value ("10pt", "13.33px", "1.2em", "120%",
/// "large") or a legacy <c>&lt;font size="4"&gt;</c>: what tells a category in plain larger text from the body. Relative
/// sizes scale the inherited one (12pt where none is known); a value that says nothing readable keeps the inherited one.
/// </summary>
internal static class FontSizes
{
    /// <summary>The browser's default size, "medium": 12pt.</summary>
    public const int Medium = 1200;

    /// <summary>The legacy font sizes 1 to 7, in hundredths of a point.</summary>
    private static readonly int[] LegacySizes = { 750, 1000, 1200, 1350, 1800, 2400, 3600 };

    /// <summary>
    /// A CSS <c>font-size</c> value read once, for a style read once and applied many times: a size in hundredths of a
    /// point, or (negative) a factor of the inherited size in ten-thousandths ("1.2em" is -12000), or 0 when unreadable.
    /// </summary>
    public static int Parse(string text, InlineStyle.Span value)
    {
        var i = value.Start;
        var number = ReadNumber(text, ref i, value.End, out var digits);
        if (digits == 0)
        {
            return Keyword(text, value);
        }

        var unit = new InlineStyle.Span(i, value.End);
        return unit.Is(text, "pt") ? number
            : unit.Is(text, "px") ? number * 3 / 4
            : unit.Is(text, "em") ? -number * 100
            : unit.Is(text, "rem") ? number * Medium / 100
            : unit.Is(text, "%") ? -number
            : unit.Is(text, "pc") ? number * 12
            : unit.Is(text, "in") ? number * 72
            : 0;
    }

    /// <summary>The size a value <see cref="Parse"/> read gives under <paramref name="inherited"/> (0: none known, 12pt then).</summary>
    public static int Resolve(int parsed, int inherited)
    {
        if (parsed == 0)
        {
            return inherited;
        }

        var basis = inherited > 0 ? inherited : Medium;
        return parsed > 0 ? parsed : (int)((long)-parsed * basis / 10_000);
    }

    /// <summary>The size a <c>&lt;font size&gt;</c> attribute gives ("4", "+1", "-1", relative to 3), or <paramref name="inherited"/>.</summary>
    public static int FromFontTag(string text, int start, int end, int inherited)
    {
        while (start < end && HtmlChars.IsWhite(text[start]))
        {
            start++;
        }

        var sign = start < end && text[start] is '+' or '-' ? (text[start] == '+' ? 1 : -1) : 0;
        var i = sign == 0 ? start : start + 1;
        if (i >= end || (uint)(text[i] - '0') > 9)
        {
            return inherited;
        }

        var level = text[i] - '0';
        level = sign == 0 ? level : 3 + (sign * level);
        return LegacySizes[System.Math.Min(LegacySizes.Length, System.Math.Max(1, level)) - 1];
    }

    /// <summary>A number in hundredths ("10.5" is 1050), read from <paramref name="i"/>; <paramref name="digits"/> counts its digits.</summary>
    private static int ReadNumber(string text, ref int i, int end, out int digits)
    {
        var whole = 0;
        var fraction = 0;
        var scale = 100;
        digits = 0;
        for (; i < end && (uint)(text[i] - '0') <= 9 && whole < 100_000; i++, digits++)
        {
            whole = (whole * 10) + (text[i] - '0');
        }

        if (i < end && text[i] == '.')
        {
            for (i++; i < end && (uint)(text[i] - '0') <= 9; i++, digits++)
            {
                scale /= 10;
                fraction += (text[i] - '0') * scale;
            }
        }

        return (whole * 100) + fraction;
    }

    private static int Keyword(string text, InlineStyle.Span value) =>
        value.Is(text, "medium") ? Medium
        : value.Is(text, "small") ? 1000
        : value.Is(text, "x-small") ? 750
        : value.Is(text, "xx-small") ? 700
        : value.Is(text, "large") ? 1350
        : value.Is(text, "x-large") ? 1800
        : value.Is(text, "xx-large") ? 2400
        : value.Is(text, "smaller") ? -8333
        : value.Is(text, "larger") ? -12000
        : 0;
}
