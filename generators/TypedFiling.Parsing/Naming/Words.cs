using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedFiling.Parsing.Naming;

/// <summary>A word of a heading or sentence, or a punctuation mark that ends a clause.</summary>
/// <param name="Text">The word as written ("U.S." as "US").</param>
/// <param name="IsBreak">Whether it is a clause-ending punctuation mark.</param>
/// <param name="IsAbbreviation">Whether it was written as dotted letters ("U.S."): never a stop word.</param>
internal readonly record struct Word(string Text, bool IsBreak, bool IsAbbreviation = false)
{
    /// <summary>
    /// The word in lower case, for the word lists; an abbreviation keeps a dot, so "U.S." ("US.") is never "us".
    /// Made once: the namer looks a word up in several lists.
    /// </summary>
    public string Lower { get; } = IsAbbreviation ? Text + "." : Text.ToLowerInvariant();
}

/// <summary>Splits text into words for naming: letters and digits, with inner apostrophes and hyphens.</summary>
internal static class Words
{
    /// <summary>
    /// The words of <paramref name="text"/>; clause-ending punctuation (, ; : ( ) and dashes) becomes a
    /// break. A possessive "'s" is dropped, so "IIJ's" names as "IIJ".
    /// </summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var current = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (current.Length == 0 && Abbreviation(text, i, out var letters, out var end))
            {
                // "U.S.", "U.K.": the letters are one word, never one-letter words of their own.
                words.Add(new Word(letters, IsBreak: false, IsAbbreviation: true));
                i = end - 1;
                continue;
            }

            if (IsWordChar(c))
            {
                current.Append(c);
                continue;
            }

            var joiner = c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
            if (c == '-' && current.Length > 0 && Abbreviation(text, i + 1, out var dotted, out var dottedEnd))
            {
                // "non-U.S.": the dotted letters stay one word of the hyphenated one ("NonUs"), never one-letter words.
                current.Append('-').Append(dotted);
                i = dottedEnd - 1;
                continue;
            }

            if (joiner && current.Length > 0 && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                // "IIJ's" ends here; "IIJ-Global" and "don't" go on.
                if (c is '\'' or '\u2019' && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !IsWordChar(text[i + 2])))
                {
                    Add(words, current);
                    i++;
                    continue;
                }

                current.Append(c == '\u2019' ? '\'' : c);
                continue;
            }

            Add(words, current);
            if (c is ',' or ';' or ':' or '(' or ')' or '\u2013' or '\u2014' or '?' or '!' || (c == '-' && i + 1 < text.Length && text[i + 1] == '-'))
            {
                words.Add(new Word(c.ToString(), IsBreak: true));
            }
        }

        return words;
    }

    /// <summary>
    /// Whether single letters each followed by a dot ("U.S.", "U.S" at the end) start at <paramref name="start"/>:
    /// at least two, not inside a word; <paramref name="letters"/> are they, <paramref name="end"/> is just past the last.
    /// </summary>
    private static bool Abbreviation(string text, int start, out string letters, out int end)
    {
        letters = string.Empty;
        end = start;
        var count = 0;
        var i = start;
        var builder = (StringBuilder?)null;
        while (i < text.Length && char.IsLetter(text[i]) && (i + 1 >= text.Length || !IsWordChar(text[i + 1])))
        {
            var dotted = i + 1 < text.Length && text[i + 1] == '.';
            if (!dotted && count == 0)
            {
                return false;
            }

            builder ??= new StringBuilder();
            builder.Append(char.ToUpperInvariant(text[i]));
            count++;
            i += dotted ? 2 : 1;
            end = i;
            if (!dotted)
            {
                break;
            }
        }

        if (count < 2)
        {
            return false;
        }

        letters = builder!.ToString();
        return true;
    }

    /// <summary>Letters (any script, accents folded away by the caller) and digits.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber;
    }

    private static readonly char[] TrailingJoiners = { '-', '\'' };

    private static void Add(List<Word> words, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        // A trailing hyphen or apostrophe is not part of the word.
        var text = current.ToString().TrimEnd(TrailingJoiners);
        current.Clear();
        if (text.Length > 0)
        {
            words.Add(new Word(text, IsBreak: false));
        }
    }
}
