using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// Finds a run-in heading: a phrase that opens a paragraph whose body follows in the same paragraph.
/// <list type="bullet">
/// <item>Emphasized: the paragraph's leading emphasized run ends with a period, colon or dash, or is followed
/// by one ("<c>&lt;b&gt;Credit risk.&lt;/b&gt; Our borrowers ...</c>", "<c>&lt;b&gt;&lt;i&gt;Title&lt;/i&gt;&lt;/b&gt;. Body</c>").</item>
/// <item>Plain: a Title-Case phrase followed by " – ", " — ", " - ", " -- " or ". " and a body
/// ("We Depend on a Small Number of Suppliers – Disruptions at any of them could ...").</item>
/// </list>
/// A heading's final period is kept, as it is in headings that stand alone; a colon or dash is the
/// separator and is not. Whether a section's headings are run-in is decided from how many of its
/// paragraphs open this way (see <see cref="OutlineState"/>), never from one paragraph.
/// </summary>
internal static class RunInHeadings
{
    /// <summary>A run-in heading's phrase has at most this many words: a whole bold sentence can head a risk factor.</summary>
    public const int MaxTitleWords = 60;

    /// <summary>A plain (Title-Case) phrase is a headline, and shorter.</summary>
    private const int MaxPlainTitleWords = 25;

    /// <summary>Two words at least: "Competition." alone opens prose as often as it heads it.</summary>
    private const int MinPlainTitleWords = 2;

    /// <summary>The body after the phrase has at least this many words: a label and a value ("Ticker: ABC") is not a risk factor.</summary>
    private const int MinBodyWords = 6;

    /// <summary>Lowercase words that Title Case leaves small.</summary>
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "onto", "or", "over",
        "per", "than", "the", "to", "under", "upon", "via", "vs", "with", "within", "without", "our", "its", "their",
    };

    /// <summary>Words that end with a period without ending a phrase.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc.", "Corp.", "Co.", "Ltd.", "No.", "Nos.", "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "vs.", "Dept.", "Gov.", "Bros.", "Cos.",
    };

    /// <summary>
    /// The length of the emphasized run-in heading that opens <paramref name="block"/> (its title, the final
    /// period kept), or 0; <paramref name="bodyStart"/> is where its body begins.
    /// </summary>
    public static int Emphasized(Block block, out int bodyStart)
    {
        bodyStart = 0;
        var text = block.Text;
        var lead = block.LeadLength;
        if (block.Kind != BlockKind.Paragraph || block.Emphasis != Emphasis.None || lead <= 0 || lead >= text.Length)
        {
            return 0;
        }

        var end = lead;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        // The separator ends the emphasis or follows it: "<b>Title.</b> Body", "<b>Title</b>. Body", "<b>Title</b> - Body".
        var after = lead;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        int titleEnd;
        if (end > 0 && IsSeparator(text[end - 1]))
        {
            titleEnd = text[end - 1] == '.' ? end : TrimEnd(text, end - 1);
            after = lead;
        }
        else if (after < text.Length && IsSeparator(text[after]) && !(text[after] == '-' && after == lead))
        {
            titleEnd = text[after] == '.' ? after + 1 : end;
            after++;
        }
        else
        {
            return 0;
        }

        bodyStart = SkipSeparators(text, after);
        var words = HeadingShapes.CountWords(text, 0, titleEnd, MaxTitleWords);
        return titleEnd > 0 && words <= MaxTitleWords && HasLetter(text, 0, titleEnd) && HasBody(text, bodyStart) ? titleEnd : 0;
    }

    /// <summary>
    /// The length of the Title-Case run-in heading that opens <paramref name="block"/>, or 0;
    /// <paramref name="bodyStart"/> is where its body begins.
    /// </summary>
    public static int TitleCase(Block block, out int bodyStart)
    {
        bodyStart = 0;
        var text = block.Text;
        if (block.Kind != BlockKind.Paragraph || block.Emphasis != Emphasis.None || block.LeadLength > 0 || text.Length == 0 || !char.IsUpper(text[0]))
        {
            return 0;
        }

        var words = 0;
        var position = 0;
        while (position < text.Length && words < MaxPlainTitleWords)
        {
            var wordEnd = text.IndexOf(' ', position);
            if (wordEnd < 0)
            {
                return 0;
            }

            var word = text.Substring(position, wordEnd - position);
            words++;
            var dash = DashAfter(text, wordEnd);
            var period = word.Length > 1 && word[word.Length - 1] == '.' && !IsAbbreviation(word) && wordEnd + 1 < text.Length && char.IsUpper(text[wordEnd + 1]);
            if (!IsTitleWord(word, words == 1, dash > 0 || period))
            {
                return 0;
            }

            if ((dash > 0 || period) && words >= MinPlainTitleWords)
            {
                var titleEnd = period ? wordEnd : TrimEnd(text, wordEnd);
                bodyStart = period ? wordEnd + 1 : dash;
                return HasBody(text, bodyStart) ? titleEnd : 0;
            }

            if (dash > 0 || period)
            {
                return 0;
            }

            position = wordEnd + 1;
        }

        return 0;
    }

    /// <summary>Whether the whole of <paramref name="text"/> is a Title-Case phrase of at most <see cref="MaxPlainTitleWords"/> words.</summary>
    public static bool IsTitleCasePhrase(string text)
    {
        var words = text.Split(' ');
        if (text.Length == 0 || words.Length > MaxPlainTitleWords || !char.IsUpper(text[0]))
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!IsTitleWord(words[i], i == 0, i == words.Length - 1 && i > 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word of a Title-Case phrase: capitalized, a number, or a small word inside it.</summary>
    private static bool IsTitleWord(string word, bool first, bool last)
    {
        var core = last && word.Length > 1 && (word[word.Length - 1] == '.' || word[word.Length - 1] == ',') ? word.Substring(0, word.Length - 1) : word;
        if (core.Length == 0)
        {
            return false;
        }

        var c = core[0] is '(' or '"' or '\u201C' or '\'' && core.Length > 1 ? core[1] : core[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '$' or '&' || (!first && !last && MinorWords.Contains(core));
    }

    /// <summary>Where the body starts after " – ", " — ", " - " or " -- " at <paramref name="space"/>, or 0.</summary>
    private static int DashAfter(string text, int space)
    {
        var i = space + 1;
        var dashes = 0;
        while (i < text.Length && text[i] is '-' or '\u2013' or '\u2014' && dashes < 2)
        {
            i++;
            dashes++;
        }

        return dashes > 0 && i < text.Length && text[i] == ' ' ? SkipSeparators(text, i) : 0;
    }

    private static bool IsAbbreviation(string word) => Abbreviations.Contains(word) || word.IndexOf('.') < word.Length - 1;

    private static bool IsSeparator(char c) => c is '.' or ':' or '-' or '\u2013' or '\u2014';

    private static int SkipSeparators(string text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] is ':' or '-' or '\u2013' or '\u2014'))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A body of at least <see cref="MinBodyWords"/> words that starts as prose does.</summary>
    private static bool HasBody(string text, int start)
    {
        if (start >= text.Length || !(char.IsLetterOrDigit(text[start]) || text[start] is '"' or '\u201C' or '(' or '$'))
        {
            return false;
        }

        var words = 1;
        for (var i = start; i < text.Length && words < MinBodyWords; i++)
        {
            words += text[i] == ' ' ? 1 : 0;
        }

        return words >= MinBodyWords;
    }
}
