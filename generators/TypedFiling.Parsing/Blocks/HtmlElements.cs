using TypedFiling.Parsing.Html;

namespace TypedFiling.Parsing.Blocks;

/// <summary>What an HTML element means to the block reader's layout.</summary>
internal enum HtmlElement
{
    Other,
    Block,
    Paragraph,
    Heading,
    ListItem,
    Table,
    Row,
    Cell,
    Break,
    Rule,
    Bold,
    Italic,
    Underline,

    /// <summary>A legacy <c>font</c> element: inline, its <c>size</c> read.</summary>
    Font,
    Hidden,
    RawText,
    Void,
}

/// <summary>Classifies a tag by its name, in any case: which elements end blocks, emphasize, hide or hold nothing.</summary>
internal static class HtmlElements
{
    /// <summary>The meaning of the current tag of <paramref name="tokens"/>.</summary>
    public static HtmlElement Classify(HtmlTokenizer tokens)
    {
        var text = tokens.Text;
        var start = tokens.NameStart;
        switch (tokens.NameLength)
        {
            case 1:
                return HtmlChars.Lower(text[start]) switch
                {
                    'p' => HtmlElement.Paragraph,
                    'b' => HtmlElement.Bold,
                    'i' => HtmlElement.Italic,
                    'u' => HtmlElement.Underline,
                    _ => HtmlElement.Other,
                };
            case 2:
                return TwoLetters(HtmlChars.Lower(text[start]), HtmlChars.Lower(text[start + 1]));
            case 3:
                return tokens.NameIsIgnoreCase("div") || tokens.NameIsIgnoreCase("pre") ? HtmlElement.Block
                    : tokens.NameIsIgnoreCase("ins") ? HtmlElement.Underline
                    : tokens.NameIsIgnoreCase("img") || tokens.NameIsIgnoreCase("col") || tokens.NameIsIgnoreCase("wbr") ? HtmlElement.Void
                    : HtmlElement.Other;
            case 4 when tokens.NameIsIgnoreCase("font"):
                return HtmlElement.Font;
            default:
                return Longer(tokens);
        }
    }

    private static HtmlElement TwoLetters(char a, char b)
    {
        if (a == 'h' && b >= '1' && b <= '6')
        {
            return HtmlElement.Heading;
        }

        return (a, b) switch
        {
            ('b', 'r') => HtmlElement.Break,
            ('h', 'r') => HtmlElement.Rule,
            ('t', 'r') => HtmlElement.Row,
            ('t', 'd') or ('t', 'h') => HtmlElement.Cell,
            ('l', 'i') => HtmlElement.ListItem,
            ('e', 'm') => HtmlElement.Italic,
            ('u', 'l') or ('o', 'l') or ('d', 'l') or ('d', 't') or ('d', 'd') => HtmlElement.Block,
            _ => HtmlElement.Other,
        };
    }

    private static HtmlElement Longer(HtmlTokenizer tokens)
    {
        if (tokens.NameIsIgnoreCase("center") || tokens.NameIsIgnoreCase("blockquote") || tokens.NameIsIgnoreCase("section") || tokens.NameIsIgnoreCase("article") ||
            tokens.NameIsIgnoreCase("body") || tokens.NameIsIgnoreCase("header") || tokens.NameIsIgnoreCase("footer") || tokens.NameIsIgnoreCase("caption") ||
            tokens.NameIsIgnoreCase("address"))
        {
            return HtmlElement.Block;
        }

        if (tokens.NameIsIgnoreCase("table"))
        {
            return HtmlElement.Table;
        }

        if (tokens.NameIsIgnoreCase("strong"))
        {
            return HtmlElement.Bold;
        }

        if (tokens.NameIsIgnoreCase("script") || tokens.NameIsIgnoreCase("style"))
        {
            return HtmlElement.RawText;
        }

        if (tokens.NameIsIgnoreCase("head") || tokens.NameIsIgnoreCase("title") || tokens.NameIsIgnoreCase("ix:header") || tokens.NameIsIgnoreCase("noscript") || tokens.NameIsIgnoreCase("template"))
        {
            return HtmlElement.Hidden;
        }

        return tokens.NameIsIgnoreCase("meta") || tokens.NameIsIgnoreCase("link") || tokens.NameIsIgnoreCase("input") || tokens.NameIsIgnoreCase("area") ||
            tokens.NameIsIgnoreCase("base") || tokens.NameIsIgnoreCase("param")
            ? HtmlElement.Void
            : HtmlElement.Other;
    }
}
