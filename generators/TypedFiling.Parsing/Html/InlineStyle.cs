using System;

namespace TypedFiling.Parsing.Html;

/// <summary>
/// What a <c>style</c> attribute says about how its element's text looks: bold, italic, underlined (each set, unset or
/// left to the parent), hidden (<c>display:none</c>, <c>visibility:hidden</c>), and where its <c>font-size</c>,
/// <c>text-indent</c> and <c>margin-left</c> values stand, for layout rules to read. Read from the attribute's
/// characters in place: no string per declaration. A later declaration of a property wins, as in CSS.
/// </summary>
internal readonly struct InlineStyle
{
    private readonly Flags flags;

    private InlineStyle(Flags flags, Span fontSize, Span textIndent, Span marginLeft, int fontSizeValue)
    {
        this.flags = flags;
        FontSize = fontSize;
        FontSizeValue = fontSizeValue;
        TextIndent = textIndent;
        MarginLeft = marginLeft;
    }

    [System.Flags]
    private enum Flags : byte
    {
        None = 0,
        BoldSet = 1,
        Bold = 2,
        ItalicSet = 4,
        Italic = 8,
        UnderlineSet = 16,
        Underline = 32,
        Hidden = 64,
    }

    /// <summary>Whether the style makes the text bold (<c>font-weight</c>, or the <c>font</c> shorthand), or null when it does not say.</summary>
    public bool? Bold => Get(Flags.BoldSet, Flags.Bold);

    /// <summary>Whether it makes the text italic (<c>font-style</c>, <c>font</c>), or null.</summary>
    public bool? Italic => Get(Flags.ItalicSet, Flags.Italic);

    /// <summary>Whether it underlines the text (<c>text-decoration</c>, <c>text-decoration-line</c>), or null.</summary>
    public bool? Underline => Get(Flags.UnderlineSet, Flags.Underline);

    /// <summary>Whether it hides the element (<c>display:none</c>, <c>visibility:hidden</c>).</summary>
    public bool Hidden => (flags & Flags.Hidden) != 0;

    /// <summary>Where the <c>font-size</c> value stands in the text; empty when there is none.</summary>
    public Span FontSize { get; }

    /// <summary>The <c>font-size</c> value as <see cref="FontSizes.Parse"/> reads it, once for a style written many times.</summary>
    public int FontSizeValue { get; }

    /// <summary>Where the <c>text-indent</c> value stands.</summary>
    public Span TextIndent { get; }

    /// <summary>Where the <c>margin-left</c> value stands.</summary>
    public Span MarginLeft { get; }

    /// <summary>Reads the declarations of text[<paramref name="start"/>..<paramref name="end"/>), a style attribute's value.</summary>
    public static InlineStyle Read(string text, int start, int end)
    {
        var flags = Flags.None;
        Span fontSize = default, textIndent = default, marginLeft = default;
        var declarations = new CssDeclarations(text, start, end);
        while (declarations.Next(out var name, out var value))
        {
            switch (name.Length)
            {
                case 4 when name.Is(text, "font"):
                    // The shorthand: "italic bold 10pt Times".
                    flags = Set(flags, Flags.BoldSet, Flags.Bold, value.Contains(text, "bold") || ContainsHeavyWeight(text, value));
                    flags = Set(flags, Flags.ItalicSet, Flags.Italic, value.Contains(text, "italic"));
                    break;
                case 7 when name.Is(text, "display"):
                    flags |= value.Is(text, "none") ? Flags.Hidden : Flags.None;
                    break;
                case 9 when name.Is(text, "font-size"):
                    fontSize = value;
                    break;
                case 10 when name.Is(text, "font-style"):
                    flags = Set(flags, Flags.ItalicSet, Flags.Italic, value.Is(text, "italic") || value.Is(text, "oblique"));
                    break;
                case 10 when name.Is(text, "visibility"):
                    flags |= value.Is(text, "hidden") ? Flags.Hidden : Flags.None;
                    break;
                case 11 when name.Is(text, "font-weight"):
                    flags = Set(flags, Flags.BoldSet, Flags.Bold, value.Is(text, "bold") || value.Is(text, "bolder") || IsHeavyWeight(text, value));
                    break;
                case 11 when name.Is(text, "text-indent"):
                    textIndent = value;
                    break;
                case 11 when name.Is(text, "margin-left"):
                    marginLeft = value;
                    break;
                case 15 when name.Is(text, "text-decoration"):
                case 20 when name.Is(text, "text-decoration-line"):
                    flags = Set(flags, Flags.UnderlineSet, Flags.Underline, value.Contains(text, "underline"));
                    break;
            }
        }

        return new InlineStyle(flags, fontSize, textIndent, marginLeft, fontSize.IsEmpty ? 0 : FontSizes.Parse(text, fontSize));
    }

    private bool? Get(Flags set, Flags value) => (flags & set) == 0 ? null : (flags & value) != 0;

    private static Flags Set(Flags flags, Flags set, Flags value, bool on) => (on ? flags | value : flags & ~value) | set;

    /// <summary>A numeric weight of 600 or more, written with three digits.</summary>
    private static bool IsHeavyWeight(string text, Span value)
    {
        if (value.Length != 3)
        {
            return false;
        }

        var weight = 0;
        for (var i = value.Start; i < value.End; i++)
        {
            if ((uint)(text[i] - '0') > 9)
            {
                return false;
            }

            weight = (weight * 10) + (text[i] - '0');
        }

        return weight >= 600;
    }

    /// <summary>A heavy weight among the shorthand's words ("700 12pt Arial").</summary>
    private static bool ContainsHeavyWeight(string text, Span value)
    {
        for (var i = value.Start; i + 3 <= value.End; i++)
        {
            if ((i == value.Start || HtmlChars.IsWhite(text[i - 1])) && (i + 3 == value.End || HtmlChars.IsWhite(text[i + 3])) && IsHeavyWeight(text, new Span(i, i + 3)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run of the text by position: a declaration's name or value.</summary>
    internal readonly struct Span
    {
        public Span(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }

        public int End { get; }

        public int Length => End - Start;

        public bool IsEmpty => End <= Start;

        /// <summary>Whether it is <paramref name="lower"/> in any case.</summary>
        public bool Is(string text, string lower) =>
            Length == lower.Length && string.Compare(text, Start, lower, 0, lower.Length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>Whether it contains <paramref name="lower"/> in any case.</summary>
        public bool Contains(string text, string lower)
        {
            for (var i = Start; i + lower.Length <= End; i++)
            {
                if (string.Compare(text, i, lower, 0, lower.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>
/// The declarations of a style attribute, one at a time, by position: "name: value" split at ';' (quotes not
/// honoured, as filings do not need them), name and value trimmed of whitespace, and a value's "!important" set aside.
/// </summary>
internal struct CssDeclarations
{
    private readonly string text;
    private readonly int end;
    private int position;

    public CssDeclarations(string text, int start, int end)
    {
        this.text = text;
        this.end = end;
        position = start;
    }

    /// <summary>The next declaration that has a ':'; false when there is none left.</summary>
    public bool Next(out InlineStyle.Span name, out InlineStyle.Span value)
    {
        while (position < end)
        {
            var start = position;
            var semicolon = text.IndexOf(';', start, end - start);
            var stop = semicolon < 0 ? end : semicolon;
            position = stop + 1;
            var colon = text.IndexOf(':', start, stop - start);
            if (colon >= 0)
            {
                name = Trim(start, colon);
                value = Trim(colon + 1, stop);
                return true;
            }
        }

        name = value = default;
        return false;
    }

    private InlineStyle.Span Trim(int start, int end)
    {
        while (start < end && HtmlChars.IsWhite(text[start]))
        {
            start++;
        }

        // "!important" does not change the value.
        var bang = start < end ? text.IndexOf('!', start, end - start) : -1;
        end = bang >= 0 ? bang : end;
        while (end > start && HtmlChars.IsWhite(text[end - 1]))
        {
            end--;
        }

        return new InlineStyle.Span(start, end);
    }
}

/// <summary>
/// The styles read so far in one text, by their characters: a filing writes a few hundred distinct style attributes
/// tens of thousands of times, so a repeat costs one in-place comparison instead of a parse. Direct-mapped by a hash
/// of a few characters; a miss reads the style and takes the slot.
/// </summary>
internal sealed class InlineStyleCache
{
    private const int Slots = 1024;

    private readonly string text;
    private readonly int[] starts = new int[Slots];
    private readonly int[] lengths = new int[Slots];
    private readonly InlineStyle[] styles = new InlineStyle[Slots];

    public InlineStyleCache(string text)
    {
        this.text = text;
        for (var i = 0; i < Slots; i++)
        {
            lengths[i] = -1;
        }
    }

    /// <summary>The style of text[<paramref name="start"/>..<paramref name="end"/>).</summary>
    public InlineStyle Read(int start, int end)
    {
        var length = end - start;
        if (length == 0)
        {
            return default;
        }

        // Filings' styles differ in a number or a colour here and there: eight characters spread over the value tell them apart.
        var step = Math.Max(1, length / 8);
        var hash = (uint)length;
        for (var i = end - 1; i >= start; i -= step)
        {
            hash = (hash * 31) + text[i];
        }

        var slot = (int)(hash % Slots);
        if (lengths[slot] == length && string.CompareOrdinal(text, starts[slot], text, start, length) == 0)
        {
            return styles[slot];
        }

        var style = InlineStyle.Read(text, start, end);
        starts[slot] = start;
        lengths[slot] = length;
        styles[slot] = style;
        return style;
    }
}
