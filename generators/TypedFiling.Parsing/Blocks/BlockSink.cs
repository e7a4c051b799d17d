using System.Collections.Generic;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Collects the characters of one block at a time from a reader of a format without inline markers
/// (plain text, HTML): folds whitespace, counts how much of the text each kind of emphasis covers, and
/// turns a leading bullet character into a list item. Shared by <see cref="TextBlockReader"/> and
/// <see cref="HtmlBlockReader"/>, so both make blocks the same way.
/// </summary>
internal sealed class BlockSink
{
    private readonly InlineText.Builder builder = new(256);
    private int pendingSpace = -1;
    private int nonSpace;
    private int bold;
    private int italic;
    private int underline;
    private int minFontSize = int.MaxValue;

    // Whether every letter or digit so far is bold, italic, underlined: what a heading's emphasis is told by, whatever
    // marks stand outside it. A run with the emphasis needs no look at its characters; one without it, a look up to its
    // first letter (most often its first character), and none once the flag is down.
    private bool hasLetters;
    private bool allBold = true;
    private bool allItalic = true;
    private bool allUnderlined = true;
    private int start = -1;
    private int end;

    // The leading emphasized run: open until the first character that is not emphasized.
    private bool leadOpen = true;
    private int leadLength;
    private int nextListId;
    private int currentListId = -1;
    private bool lastWasListItem;

    public List<Block> Blocks { get; } = new();

    /// <summary>
    /// The font size of the characters appended next, in hundredths of a point (0 where the format does not say): a
    /// block's <see cref="Block.FontSize"/> is the smallest its characters have, 0 if any has none.
    /// </summary>
    public int FontSize { get; set; }

    /// <summary>Whether the current block has no text yet.</summary>
    public bool IsEmpty => builder.Length == 0;

    /// <summary>Whitespace at <paramref name="source"/>: one space between words, none at the edges.</summary>
    public void Space(int source)
    {
        if (builder.Length > 0 && pendingSpace < 0)
        {
            pendingSpace = source;
        }
    }

    /// <summary>Appends a character that is not whitespace, read from <paramref name="width"/> source characters.</summary>
    public void Char(char c, int source, int width, bool isBold, bool isItalic, bool isUnderlined)
    {
        if (pendingSpace >= 0)
        {
            builder.Append(' ', pendingSpace);
            pendingSpace = -1;
        }

        if (start < 0)
        {
            start = source;
        }

        builder.Append(c, source, width);
        end = source + width;
        nonSpace++;
        minFontSize = FontSize > 0 ? System.Math.Min(minFontSize, FontSize) : 0;
        if (isBold)
        {
            bold++;
        }

        if (isItalic)
        {
            italic++;
        }

        if (isUnderlined)
        {
            underline++;
        }

        if (!IsMark(c))
        {
            Letters(isBold, isItalic, isUnderlined);
        }

        if (leadOpen)
        {
            if (isBold || isItalic || isUnderlined)
            {
                leadLength = builder.Length;
            }
            else
            {
                leadOpen = false;
            }
        }
    }

    /// <summary>
    /// Appends <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, characters that are
    /// neither whitespace nor markup, each read from one source character: what <see cref="Char"/> does for each,
    /// in one copy (most of a filing is such runs).
    /// </summary>
    public void Chars(string text, int start, int end, bool isBold, bool isItalic, bool isUnderlined) =>
        Chars(text, start, end, 0, isBold, isItalic, isUnderlined);

    /// <summary>
    /// <see cref="Chars(string, int, int, bool, bool, bool)"/> for a run that also holds <paramref name="spaces"/>
    /// single ' ' between its words, each where a folded space would map: what <see cref="Space"/> and
    /// <see cref="Char"/> do for each word and space, in one copy.
    /// </summary>
    public void Chars(string text, int start, int end, int spaces, bool isBold, bool isItalic, bool isUnderlined)
    {
        if (pendingSpace >= 0)
        {
            builder.Append(' ', pendingSpace);
            pendingSpace = -1;
        }

        if (this.start < 0)
        {
            this.start = start;
        }

        var count = end - start;
        builder.Append(text, start, count, start);
        this.end = end;
        var visible = count - spaces;
        nonSpace += visible;
        minFontSize = FontSize > 0 ? System.Math.Min(minFontSize, FontSize) : 0;
        bold += isBold ? visible : 0;
        italic += isItalic ? visible : 0;
        underline += isUnderlined ? visible : 0;
        if ((!hasLetters || (allBold && !isBold) || (allItalic && !isItalic) || (allUnderlined && !isUnderlined)) && HasLetter(text, start, end))
        {
            Letters(isBold, isItalic, isUnderlined);
        }
        if (leadOpen)
        {
            if (isBold || isItalic || isUnderlined)
            {
                leadLength = builder.Length;
            }
            else
            {
                leadOpen = false;
            }
        }
    }

    /// <summary>Whether <paramref name="c"/> (not whitespace) is a mark, neither a letter nor a digit: punctuation, a bullet, a symbol.</summary>
    public static bool IsMark(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') > 25 && (uint)(c - '0') > 9 : !char.IsLetterOrDigit(c);

    /// <summary>Letters or digits with this emphasis were appended.</summary>
    private void Letters(bool isBold, bool isItalic, bool isUnderlined)
    {
        hasLetters = true;
        allBold &= isBold;
        allItalic &= isItalic;
        allUnderlined &= isUnderlined;
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && !IsMark(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the current block's text so far is only a bullet or a list number (<see cref="IsBullet(string)"/>).</summary>
    public bool IsBullet()
    {
        if (builder.Length == 0)
        {
            return false;
        }

        // A bullet is at most five characters once trimmed: a longer text needs no string to say it is none.
        var first = 0;
        var last = builder.Length - 1;
        while (first <= last && char.IsWhiteSpace(builder[first]))
        {
            first++;
        }

        while (last >= first && char.IsWhiteSpace(builder[last]))
        {
            last--;
        }

        return last - first < 5 && IsBullet(builder.ToString());
    }

    /// <summary>Drops what the current block holds (a bullet cell read before its text).</summary>
    public void Discard() => Reset();

    /// <summary>Ends the current block; <paramref name="kind"/> says what its format marked it as.</summary>
    public void Flush(BlockKind kind = BlockKind.Paragraph)
    {
        if (builder.Length == 0)
        {
            // Nothing was written: the builder can be used again as it is.
            pendingSpace = -1;
            start = -1;
            return;
        }

        var content = builder.Build();
        var emphasis = EmphasisOf(nonSpace, bold, italic, underline);
        var wordEmphasis = !hasLetters ? Emphasis.None
            : allBold && allItalic ? Emphasis.BoldItalic : allBold ? Emphasis.Bold : allItalic ? Emphasis.Italic : allUnderlined ? Emphasis.Underlined : Emphasis.None;
        var lead = emphasis == Emphasis.None ? leadLength : 0;
        if (kind == BlockKind.Paragraph && BulletLength(content.Text) is var bullet && bullet > 0)
        {
            content = content.Slice(bullet);
            kind = BlockKind.ListItem;
            lead = System.Math.Max(0, lead - bullet);
        }

        if (kind == BlockKind.ListItem)
        {
            if (!lastWasListItem || currentListId < 0)
            {
                currentListId = nextListId++;
            }

            lastWasListItem = true;
        }
        else
        {
            lastWasListItem = false;
        }

        var fontSize = minFontSize == int.MaxValue ? 0 : minFontSize;
        Blocks.Add(new Block(kind, content, emphasis, start, end, kind == BlockKind.ListItem ? currentListId : -1, lead, fontSize, wordEmphasis));
        Reset();
    }

    /// <summary>The emphasis that covers all <paramref name="count"/> characters, of which so many are bold, italic, underlined.</summary>
    private static Emphasis EmphasisOf(int count, int bold, int italic, int underline)
    {
        if (bold == count && italic == count)
        {
            return Emphasis.BoldItalic;
        }

        if (bold == count)
        {
            return Emphasis.Bold;
        }

        if (italic == count)
        {
            return Emphasis.Italic;
        }

        return underline == count ? Emphasis.Underlined : Emphasis.None;
    }

    private void Reset()
    {
        builder.Clear();
        pendingSpace = -1;
        nonSpace = bold = italic = underline = 0;
        hasLetters = false;
        allBold = allItalic = allUnderlined = true;
        minFontSize = int.MaxValue;
        leadOpen = true;
        leadLength = 0;
        start = -1;
        end = 0;
    }

    /// <summary>Whether <paramref name="text"/> (a cell's text) is only a bullet or a list number.</summary>
    public static bool IsBullet(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 1)
        {
            return IsBulletChar(trimmed[0]) || trimmed[0] is '-' or 'o' or '*' or '\u2013' or '\u2014';
        }

        // "1." "(a)" "a)" "iv.", but not "D.", which labels a part of a 20-F item.
        if (trimmed.Length is < 2 or > 5)
        {
            return false;
        }

        var last = trimmed[trimmed.Length - 1];
        var first = trimmed[0] == '(' ? 1 : 0;
        if ((last != '.' && last != ')') || (first == 1 && last != ')'))
        {
            return false;
        }

        for (var i = first; i < trimmed.Length - 1; i++)
        {
            if (!char.IsDigit(trimmed[i]) && !(trimmed[i] >= 'a' && trimmed[i] <= 'z'))
            {
                return false;
            }
        }

        return trimmed.Length - 1 - first is > 0 and <= 3;
    }

    /// <summary>The length of a leading bullet character and the space after it, or 0.</summary>
    private static int BulletLength(string text)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        // A bullet sign needs no space after it ("•Competition ..."); a dash does.
        if (IsBulletChar(text[0]))
        {
            return text[1] == ' ' ? 2 : 1;
        }

        return (text[0] == '\u2013' || text[0] == '\u2014' || text[0] == '\u00A7') && text.Length > 2 && text[1] == ' ' ? 2 : 0;
    }

    private static bool IsBulletChar(char c) => c is '\u2022' or '\u25CF' or '\u00B7' or '\u25AA' or '\u25A0' or '\u2023' or '\u2043' or '\u25E6' or '\u2219' or '\u25CB' or '\u27A2' or '\u2713';
}
