namespace TypedFiling.Parsing.Blocks;

/// <summary>What a block of the filing is, whatever format it was read from.</summary>
internal enum BlockKind
{
    /// <summary>A paragraph of prose (or a line of emphasized text that may turn out to be a heading).</summary>
    Paragraph,

    /// <summary>One bullet or numbered item of a list.</summary>
    ListItem,

    /// <summary>A heading the format marks as one (Markdown '#' or setext).</summary>
    Heading,
}

/// <summary>How the whole of a block is emphasized: what risk-factor headings are recognized by.</summary>
internal enum Emphasis
{
    /// <summary>Some of the block's text is not emphasized.</summary>
    None = 0,

    /// <summary>All of it is italic.</summary>
    Italic = 1,

    /// <summary>All of it is bold.</summary>
    Bold = 2,

    /// <summary>All of it is bold and italic.</summary>
    BoldItalic = 3,

    /// <summary>All of it is underlined, and it is neither all bold nor all italic.</summary>
    Underlined = 4,
}

/// <summary>
/// One block of a filing, in a format-neutral shape: its plain text (markup removed, whitespace
/// normalized) with the source offset of every character, so figures and headings can be located in
/// the original file.
/// </summary>
internal sealed class Block
{
    internal Block(BlockKind kind, InlineText content, Emphasis emphasis, int start, int end, int listId, int leadLength = 0, int fontSize = 0, Emphasis wordEmphasis = Emphasis.None)
    {
        WordEmphasis = wordEmphasis == Emphasis.None ? emphasis : wordEmphasis;
        FontSize = fontSize;
        LeadLength = leadLength;
        Kind = kind;
        Content = content;
        Emphasis = emphasis;
        Start = start;
        End = end;
        ListId = listId;
    }

    /// <summary>The kind of block.</summary>
    public BlockKind Kind { get; }

    /// <summary>The plain text and where each of its characters came from.</summary>
    public InlineText Content { get; }

    /// <summary>The plain text.</summary>
    public string Text => Content.Text;

    /// <summary>How the whole block is emphasized.</summary>
    public Emphasis Emphasis { get; }

    /// <summary>Offset of the block's first character in the source, markers included.</summary>
    public int Start { get; }

    /// <summary>Offset just past the block's last character in the source (line break excluded).</summary>
    public int End { get; }

    /// <summary>Items of one list share an id; other blocks have -1.</summary>
    public int ListId { get; }

    /// <summary>
    /// How many characters of <see cref="Text"/> a leading emphasized run covers, from the first character
    /// to the last emphasized one before any plain text ("<b>Credit risk.</b> Our borrowers ..." gives 12);
    /// 0 when the block does not open emphasized, or is emphasized whole. What run-in headings are found by.
    /// </summary>
    public int LeadLength { get; }

    /// <summary>
    /// The emphasis that covers every letter and digit of the block, whatever marks stand outside it: a bullet, a final
    /// period or a hyphen left plain ("&lt;b&gt;Title&lt;/b&gt;." is bold here, and not in <see cref="Emphasis"/>).
    /// </summary>
    public Emphasis WordEmphasis { get; }

    /// <summary>
    /// The smallest font size of the block's characters in hundredths of a point, or 0 when the format does not say
    /// (plain text, Markdown, HTML without sizes) for any of them: a heading set in larger type than its section's body.
    /// </summary>
    public int FontSize { get; }

    /// <summary>Whether the format marks it as a heading or the whole of it is emphasized.</summary>
    public bool LooksLikeHeading => Kind == BlockKind.Heading || (Kind == BlockKind.Paragraph && Emphasis != Emphasis.None);

    /// <inheritdoc/>
    public override string ToString() => Kind.ToString() + " " + Emphasis.ToString() + ": " + Text;
}
