using System;
using System.Collections.Generic;
using System.Text;

namespace TypedFiling.Parsing.Figures;

/// <summary>Splits a block into sentences at ". ", "? ", "! " (after closing quotes or parentheses) followed by a capital,
/// digit, quote or bracket, except after abbreviations ("Mr.", "Inc.", "U.S.", "No.").</summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "no", "nos", "st", "jr", "sr", "vs", "approx", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pp", "plc", "llc", "bros",
        "dept", "est", "govt", "intl", "mfg", "nat", "natl", "assn", "ave", "gen", "rev", "hon", "messrs", "cf", "al", "op",
    };

    /// <summary>Start offsets of the sentences, in order; the first is 0.</summary>
    public static List<int> Starts(string text) => Starts(text, System.Threading.CancellationToken.None);

    /// <summary>Start offsets of the sentences, polling <paramref name="cancellationToken"/> every <see cref="ParsePolls.Chars"/> characters.</summary>
    public static List<int> Starts(string text, System.Threading.CancellationToken cancellationToken)
    {
        var starts = new List<int> { 0 };
        int n = text.Length;
        int poll = ParsePolls.Chars;
        for (int p = 0; p < n; p++)
        {
            if (p >= poll)
            {
                poll = p + ParsePolls.Chars;
                ParsePolls.Check(cancellationToken, ParseStage.Sentences, p);
            }

            char c = text[p];
            if (c != '.' && c != '?' && c != '!')
            {
                continue;
            }

            int q = p + 1;
            while (q < n && IsCloser(text[q]))
            {
                q++;
            }

            if (q >= n || !char.IsWhiteSpace(text[q]))
            {
                continue;
            }

            int r = q;
            while (r < n && char.IsWhiteSpace(text[r]))
            {
                r++;
            }

            if (r >= n)
            {
                continue;
            }

            char nc = text[r];
            if (!(char.IsUpper(nc) || Tokenizer.IsDigit(nc) || IsOpener(nc)))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, p))
            {
                continue;
            }

            starts.Add(r);
            p = r - 1;
        }

        return starts;
    }

    private static bool IsCloser(char c) => c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']' || c == '*';

    private static bool IsOpener(char c) => c == '"' || c == '\u201C' || c == '(' || c == '[' || c == '\'' || c == '\u2018' || c == '*' || c == '¥' || c == '$' || c == '€' || c == '£';

    private static bool IsAbbreviation(string text, int dot)
    {
        int e = dot;
        int s = dot;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        int len = e - s;
        if (len == 0)
        {
            return false;
        }

        if (len == 1)
        {
            return true; // "U.S.", initials, "e.g."
        }

        if (len > 6)
        {
            return false;
        }

        return Abbreviations.Contains(text.Substring(s, len));
    }

    /// <summary>Whether every white space character in the range is a single space between other characters.</summary>
    private static bool IsNormal(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text with runs of white space turned into one space, trimmed.</summary>
    public static string Normalize(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (IsNormal(text, start, end))
        {
            // Block texts come with their white space folded already: most sentences are copied as they are.
            return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        }

        var sb = new StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
