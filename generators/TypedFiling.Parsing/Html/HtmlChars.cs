namespace TypedFiling.Parsing.Html;

/// <summary>
/// The one definition of HTML's whitespace and name characters, for the tokenizer, its attributes and the inline
/// styles: markup whitespace is HTML's ASCII whitespace (what separates attributes and CSS tokens), not
/// <see cref="char.IsWhiteSpace(char)"/>; what text shows as a space is the block reader's business.
/// </summary>
internal static class HtmlChars
{
    /// <summary>Space, tab, line feed, carriage return and form feed.</summary>
    public static bool IsWhite(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';

    /// <summary>What a tag or attribute name starts with: an ASCII letter ("&lt;1" and "a &lt; b" are text).</summary>
    public static bool IsNameStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>What a name continues with: letters, digits and ':' '-' '_' '.' ("ix:nonFraction", "xml:lang", "h1").</summary>
    public static bool IsNameChar(char c) => IsNameStart(c) || (uint)(c - '0') <= 9 || c == ':' || c == '-' || c == '_' || c == '.';

    /// <summary>An ASCII letter in lower case; other characters as they are: for comparisons that ignore case.</summary>
    public static char Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
}
