namespace TypedFiling.Parsing.Html;

/// <summary>
/// A second reader of the one token stream: the HTML block reader drives the <see cref="HtmlTokenizer"/> and hands
/// every tag, and the text a listener asks for, to it as it goes, so a filing is tokenized once for both (the inline
/// XBRL reader listens).
/// </summary>
internal interface IHtmlTokenListener
{
    /// <summary>Whether the text up to the next tag is wanted: asked before each text token.</summary>
    bool WantsText { get; }

    /// <summary>A start or end tag: <paramref name="tokens"/>' current token.</summary>
    void Tag(HtmlTokenizer tokens);

    /// <summary>A text token, character references not decoded: text[<paramref name="start"/>..<paramref name="end"/>).</summary>
    void Text(int start, int end);
}
