using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>What the text of one block reads as: a section heading, a category, a summary's title, a plain heading.</summary>
internal static class HeadingShapes
{
    /// <summary>A category has at most this many words: "Risks Related to Our Industry and the Markets We Serve".</summary>
    public const int MaxCategoryWords = 15;

    /// <summary>An unmarked heading is one sentence of at most this many words (the corpus's longest is 37).</summary>
    public const int MaxPlainHeadingWords = 40;

    /// <summary>One word alone is a label ("Overview"), not a risk factor's heading.</summary>
    public const int MinPlainHeadingWords = 2;

    /// <summary>An unmarked category is shorter: "Risks Related to Our Financial Position and Capital Requirements".</summary>
    public const int MaxPlainCategoryWords = 10;

    /// <summary>A section heading ("Item 1A. Risk Factors", "D. Risk Factors.") has at most this many words.</summary>
    private const int MaxSectionWords = 12;

    /// <summary>An unmarked, unnumbered section heading is shorter, so that a short sentence is not one.</summary>
    private const int MaxPlainSectionWords = 8;

    /// <summary>A summary's or forward-looking note's title: "Summary of Risk Factors Related to Our Business".</summary>
    private const int MaxNoteTitleWords = 8;

    /// <summary>Words by which a sentence continues the one before it, wherever they stand: such a sentence is not a heading.</summary>
    private static readonly HashSet<string> BackReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "however", "moreover", "furthermore", "additionally", "conversely", "nevertheless",
    };

    /// <summary>Words that refer back only when they open the sentence ("Thus, ..."); inside one ("and thus may not") they do not.</summary>
    private static readonly HashSet<string> OpeningBackReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "accordingly", "therefore", "thus", "consequently",
    };

    /// <summary>Abbreviations that end a line without ending a sentence ("THERMO FISHER SCIENTIFIC INC.").</summary>
    private static readonly string[] Abbreviations = { " Inc.", " Corp.", " Co.", " Ltd.", " N.V.", " S.A.", " plc.", " L.P.", " LLC." };

    /// <summary>A heading in capitals has at least this many letters: "IT" or "US" alone is not one.</summary>
    private const int MinCapitalLetters = 4;

    /// <summary>
    /// How category names open. "Risks of ..." is not among them: "Risks of doing business in China" over
    /// its body text is a risk factor's heading.
    /// </summary>
    private static readonly string[] CategoryOpenings =
    {
        "Risks Related ", "Risks Relating ", "Risks Associated ", "Risks Concerning ", "Risks Regarding ", "Risks Pertaining ",
        "Risks Specific ", "Risks Affecting ", "Risks Inherent ", "Risks Attendant ", "Risk Factors Related ", "Risk Factors Relating ",
    };

    /// <summary>
    /// A category's name: short, without a final period, naming risks ("Risks Related to Our Business",
    /// "Risks Relating to the COVID-19 Pandemic", "General Risks").
    /// </summary>
    public static bool IsCategoryName(string text) =>
        IsCategoryTitle(text) && CountWords(text, MaxPlainCategoryWords) <= MaxPlainCategoryWords &&
        (StartsWithAny(text, CategoryOpenings) || text.EndsWith(" Risks", StringComparison.OrdinalIgnoreCase));

    /// <summary>A short heading without a final period: "Risks Related to Our Business".</summary>
    public static bool IsCategoryTitle(string text) =>
        CountWords(text, MaxCategoryWords) <= MaxCategoryWords && (!text.EndsWith(".", StringComparison.Ordinal) || EndsWithAbbreviation(text));

    /// <summary>A bare line that can stand over risk factors as their category: short, no final period.</summary>
    public static bool IsPlainCategory(string text) =>
        CountWords(text, MaxPlainCategoryWords) <= MaxPlainCategoryWords && !EndsSentence(text) && text.Length > 0 && text[text.Length - 1] != ':' && text[text.Length - 1] != ',';

    /// <summary>"Risk Factors Summary", "Summary of Risk Factors", "Summary Risk Factors", "Risk Highlights".</summary>
    public static bool IsSummaryTitle(string text) =>
        CountWords(text, MaxNoteTitleWords) <= MaxNoteTitleWords && text.IndexOf("risk", StringComparison.OrdinalIgnoreCase) >= 0 &&
        (text.IndexOf("summary", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("highlights", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>"Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements", "Cautionary Statements".</summary>
    public static bool IsForwardLookingTitle(string text) =>
        CountWords(text, MaxNoteTitleWords) <= MaxNoteTitleWords && (text.IndexOf("forward-looking", StringComparison.OrdinalIgnoreCase) >= 0 ||
            text.IndexOf("forward looking", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("cautionary statement", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The length of a marker that opens a heading ("* ", "- "), which is not part of its title; 0 when there is none.</summary>
    public static int MarkerLength(string text) =>
        text.Length > 2 && text[1] == ' ' && text[0] is '*' or '-' or '\u2013' or '\u2014' or '\u2022' or '\u25CF' or '\u25AA' or '\u25A0' ? 2 : 0;

    /// <summary>One sentence that does not continue the text before it and does not introduce a list.</summary>
    public static bool IsPlainHeadingSentence(string text)
    {
        if (text.Length == 0 || text[text.Length - 1] == ':' || text[text.Length - 1] == ';' || text[text.Length - 1] == ',')
        {
            return false;
        }

        if (Figures.SentenceSplitter.Starts(text).Count > 1)
        {
            return false;
        }

        var first = true;
        foreach (var word in Naming.Words.Split(text))
        {
            if (!word.IsBreak && (BackReferences.Contains(word.Text) || (first && OpeningBackReferences.Contains(word.Text))))
            {
                return false;
            }

            first &= word.IsBreak;
        }

        return true;
    }

    /// <summary>Whether the text ends with a company's abbreviation ("... Inc."), which ends no sentence.</summary>
    public static bool EndsWithAbbreviation(string text)
    {
        foreach (var abbreviation in Abbreviations)
        {
            if (text.EndsWith(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every letter is a capital, and there are at least <see cref="MinCapitalLetters"/>: plain text's emphasis.</summary>
    public static bool IsAllCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= MinCapitalLetters;
    }

    /// <summary>"Item 1A" or "Item 7." alone: a page's running header when it repeats, a section heading otherwise.</summary>
    public static bool IsBareItem(string text) =>
        IsItemWithNumber(text, out var afterNumber) && (afterNumber == text.Length || (afterNumber == text.Length - 1 && text[afterNumber] == '.'));

    /// <summary>"Item 1A. Risk Factors", "ITEM 7": a text that opens with an item and its number.</summary>
    public static bool StartsWithItem(string text) => IsItemWithNumber(text, out _);

    /// <summary>"D. Risk Factors", "I. Summary": a capital letter, a period, a space and a capitalized word.</summary>
    public static bool IsLetteredPart(string text) =>
        text.Length > 3 && text[0] >= 'A' && text[0] <= 'Z' && text[1] == '.' && text[2] == ' ' && char.IsUpper(text[3]);

    public static bool EndsSentence(string text) => text.Length > 0 && text[text.Length - 1] is '.' or '?' or '!';

    /// <summary>
    /// "Item 3.", "Item 1A. Risk Factors", "D. Risk Factors." or "Risk Factors" as a heading. Marked or
    /// emphasized blocks qualify as before; a plain paragraph qualifies when it is short and has no final
    /// period, so that a filing converted without emphasis still shows its items.
    /// </summary>
    public static bool IsSectionHeading(Block block)
    {
        if (block.Kind == BlockKind.ListItem)
        {
            return false;
        }

        var text = block.Text;
        var words = CountWords(text, MaxSectionWords);
        if (words > MaxSectionWords)
        {
            return false;
        }

        var marked = block.LooksLikeHeading;
        if (!marked && (words > MaxPlainSectionWords || text.EndsWith(".", StringComparison.Ordinal)) && !IsItemWithNumber(text, out _))
        {
            return false;
        }

        if (IsItemWithNumber(text, out var afterNumber))
        {
            return marked || afterNumber == text.Length || text[afterNumber] == '.' || text[afterNumber] == ' ' || text[afterNumber] == '\u00A0';
        }

        if (IsRiskFactorsTitle(text))
        {
            return true;
        }

        // A single capital letter and a period: the lettered parts of a 20-F item.
        return text.Length > 3 && text[0] >= 'A' && text[0] <= 'Z' && text[1] == '.' && text[2] == ' ' && char.IsUpper(text[3]) &&
            (marked || !text.EndsWith(".", StringComparison.Ordinal));
    }

    /// <summary>Whether a section's title names the risk factors (not their summary).</summary>
    public static bool IsRiskSectionTitle(string title) =>
        title.IndexOf("risk factors", StringComparison.OrdinalIgnoreCase) >= 0 && title.IndexOf("summary", StringComparison.OrdinalIgnoreCase) < 0;

    public static int CountWords(string text) => CountWords(text, 0, text.Length, int.MaxValue - 1);

    /// <summary>
    /// The words of <paramref name="text"/>, counted up to one more than <paramref name="atMost"/>: the outline only
    /// compares counts with short limits, and a block can be a whole filing's worth of one paragraph, so it stops
    /// reading there. <c>CountWords(t, n) &lt;= k</c> and <c>&gt; k</c> agree with the full count for any k up to n.
    /// </summary>
    public static int CountWords(string text, int atMost) => CountWords(text, 0, text.Length, atMost);

    /// <summary>The words of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, up to one more than <paramref name="atMost"/>.</summary>
    public static int CountWords(string text, int start, int end, int atMost)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var white = text[i] == ' ';
            if (!white && !inWord && ++count > atMost)
            {
                return count;
            }

            inWord = !white;
        }

        return count;
    }

    /// <summary>"Item 1A" (any case): where the item number ends.</summary>
    private static bool IsItemWithNumber(string text, out int afterNumber)
    {
        const int ItemWordAndSpace = 5;
        afterNumber = 0;
        if (text.Length <= ItemWordAndSpace || string.Compare(text, 0, "Item", 0, 4, StringComparison.OrdinalIgnoreCase) != 0 || (text[4] != ' ' && text[4] != '\u00A0') || !char.IsDigit(text[5]))
        {
            return false;
        }

        var i = ItemWordAndSpace;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && char.IsLetter(text[i]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
        {
            i++;
        }

        afterNumber = i;
        return true;
    }

    /// <summary>"Risk Factors" alone (any case, with a final period or colon).</summary>
    private static bool IsRiskFactorsTitle(string text)
    {
        const string Title = "Risk Factors";
        var length = text.Length;
        while (length > 0 && (text[length - 1] == '.' || text[length - 1] == ':'))
        {
            length--;
        }

        return length == Title.Length && string.Compare(text, 0, Title, 0, Title.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static bool StartsWithAny(string text, string[] openings)
    {
        foreach (var opening in openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
