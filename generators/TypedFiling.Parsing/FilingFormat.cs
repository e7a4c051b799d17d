using System;

namespace TypedFiling.Parsing;

/// <summary>The format a filing is written in: which block reader reads it.</summary>
internal enum FilingFormat
{
    /// <summary>Markdown (.md, .markdown).</summary>
    Markdown,

    /// <summary>Plain text, as EDGAR's ASCII filings (.txt).</summary>
    Text,

    /// <summary>HTML, as EDGAR's HTML and inline-XBRL filings (.htm, .html).</summary>
    Html,
}

/// <summary>Decides a filing's format from its metadata, its extension or, failing both, its content.</summary>
internal static class FilingFormats
{
    /// <summary>
    /// The format named by <paramref name="value"/> ("Markdown", "md", "Text", "txt", "Html", "htm"),
    /// case-insensitively; null when it names none.
    /// </summary>
    public static FilingFormat? Parse(string? value)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "markdown" or "md":
                return FilingFormat.Markdown;
            case "text" or "txt" or "plaintext" or "plain":
                return FilingFormat.Text;
            case "html" or "htm" or "xhtml":
                return FilingFormat.Html;
            default:
                return null;
        }
    }

    /// <summary>The format of the file at <paramref name="path"/> by its extension; null when the extension says nothing.</summary>
    public static FilingFormat? FromExtension(string path)
    {
        if (EndsWith(path, ".md") || EndsWith(path, ".markdown"))
        {
            return FilingFormat.Markdown;
        }

        if (EndsWith(path, ".txt"))
        {
            return FilingFormat.Text;
        }

        if (EndsWith(path, ".htm") || EndsWith(path, ".html") || EndsWith(path, ".xhtml"))
        {
            return FilingFormat.Html;
        }

        return null;
    }

    /// <summary>
    /// Whether a plain additional file (no <c>&lt;TypedFiling&gt;</c> item) is a filing by its extension: a
    /// Markdown or HTML one. Not .txt: projects add PublicAPI.*.txt and BannedSymbols.txt as additional files,
    /// and none of them is a filing; a plain-text filing is added as a <c>&lt;TypedFiling&gt;</c> item.
    /// </summary>
    public static bool IsFilingByExtension(string path) => FromExtension(path) is FilingFormat.Markdown or FilingFormat.Html;

    /// <summary>
    /// HTML when the text opens with markup ('&lt;' after any whitespace or byte-order mark) or holds an
    /// <c>&lt;html</c>, <c>&lt;p</c> or <c>&lt;div</c> tag early on; Markdown otherwise.
    /// </summary>
    public static FilingFormat Sniff(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        if (i < text.Length && text[i] == '<' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '!' || text[i + 1] == '?'))
        {
            return FilingFormat.Html;
        }

        var limit = Math.Min(text.Length, 8192);
        for (var j = 0; j + 2 < limit; j++)
        {
            if (text[j] == '<' && (StartsTag(text, j, "html") || StartsTag(text, j, "p") || StartsTag(text, j, "div")))
            {
                return FilingFormat.Html;
            }
        }

        return FilingFormat.Markdown;
    }

    /// <summary>The format to read a filing with: the option, else the extension, else the content.</summary>
    public static FilingFormat Resolve(FilingFormat? option, string path, string text) => option ?? FromExtension(path) ?? Sniff(text);

    private static bool StartsTag(string text, int at, string name)
    {
        var end = at + 1 + name.Length;
        if (end >= text.Length || string.Compare(text, at + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var next = text[end];
        return next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '/';
    }

    private static bool EndsWith(string path, string extension) => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
}
