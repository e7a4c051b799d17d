using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Figures;

/// <summary>Closed word classes the scanner and labeler rely on.</summary>
internal static class WordLists
{
    private static HashSet<string> Set(params string[] words) => new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Function words: a noun phrase never contains or ends with one of these.</summary>
    public static readonly HashSet<string> Stop = Set(
        "a", "an", "the", "of", "in", "on", "at", "for", "to", "from", "by", "with", "as", "than", "into", "onto", "per",
        "over", "under", "between", "among", "during", "since", "until", "till", "after", "before", "about", "against",
        "through", "throughout", "within", "without", "upon", "via", "across", "toward", "towards", "including", "except",
        "and", "or", "but", "nor", "if", "that", "which", "who", "whom", "whose", "where", "when", "while", "because",
        "although", "though", "unless", "whether", "so", "then", "thus", "therefore", "however", "respectively",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "may", "might", "can", "could", "shall", "should", "must", "not", "no",
        "it", "its", "we", "our", "ours", "us", "they", "their", "them", "he", "his", "him", "she", "her", "you", "your",
        "i", "my", "me", "this", "these", "those", "such", "there", "here",
        "more", "less", "fewer", "most", "least", "also", "only", "each", "every", "all", "any", "some", "other", "another",
        "both", "either", "neither", "same", "very", "too", "again", "further", "even", "just", "still", "yet",
        "up", "down", "out", "off", "away", "totaled", "totalled", "amounted", "reached",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "old", "ago");

    public static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "our", "its", "their", "his", "her", "your", "my", "this", "these", "those", "that", "such");

    public static readonly HashSet<string> SubjectPronouns = Set("we", "it", "they", "he", "she", "i", "you", "who", "which", "that");

    /// <summary>Words before a number that make it a reference, not a figure ("Item 5", "Note 10").</summary>
    public static readonly HashSet<string> References = Set(
        "item", "items", "note", "notes", "part", "parts", "section", "sections", "form", "forms", "page", "pages", "rule",
        "rules", "article", "articles", "schedule", "schedules", "exhibit", "exhibits", "chapter", "chapters", "regulation",
        "no", "nos", "number", "paragraph", "paragraphs", "clause", "clauses", "appendix", "annex", "table", "figure",
        "step", "phase", "level", "tier", "class", "series", "title", "act", "law", "version", "release", "chart", "box",
        "line", "lines", "column", "row", "stage", "route", "highway", "block", "lot", "unit", "room", "suite", "floor",
        "building", "plan", "proposition", "amendment", "directive", "order", "case", "docket", "file", "id", "code",
        "model", "type", "grade", "tranche", "round", "generation", "gen", "vol", "volume", "issue", "edition",
        "aged", "age", "ages", "p", "pp", "para", "sec", "art", "fig", "tab", "ex", "nr");

    /// <summary>Prepositions after which a bare 4-digit number is a year.</summary>
    public static readonly HashSet<string> YearPrepositions = Set(
        "in", "since", "by", "until", "till", "during", "from", "of", "before", "after", "through", "throughout", "early",
        "late", "mid", "circa", "around", "than", "to", "and", "beginning", "starting", "ending", "effective");

    /// <summary>Nouns that are never the unit of a count.</summary>
    public static readonly HashSet<string> NotUnits = Set(
        "percent", "per", "cent", "percentage", "times", "time", "thousand", "million", "billion", "trillion", "hundred",
        "dozen", "mn", "bn", "st", "nd", "rd", "th", "am", "pm", "a.m", "p.m", "x");

    /// <summary>Words a reader can open a figure with, besides numbers, number words, months and currencies.</summary>
    public static readonly HashSet<string> PeriodOpenings = Set(
        "fiscal", "calendar", "year", "years", "quarter", "first", "second", "third", "fourth", "period", "a", "dozen");

    private static readonly string[] MonthNames =
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly string[] MonthAbbreviations =
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    };

    /// <summary>1..12 for a capitalized month name ("March") or abbreviation ("Sept", "Mar"); 0 otherwise.</summary>
    public static int Month(TokenList t, int i, out bool abbreviated)
    {
        abbreviated = false;
        if (!t.StartsUpper(i)) return 0;
        var w = t.Value(i)!;
        for (int m = 0; m < 12; m++)
        {
            if (string.Equals(w, MonthNames[m], StringComparison.OrdinalIgnoreCase)) return m + 1;
        }

        for (int m = 0; m < 12; m++)
        {
            if (string.Equals(w, MonthAbbreviations[m], StringComparison.OrdinalIgnoreCase))
            {
                abbreviated = true;
                return m + 1;
            }
        }

        if (string.Equals(w, "sept", StringComparison.OrdinalIgnoreCase))
        {
            abbreviated = true;
            return 9;
        }

        return 0;
    }

    public static bool IsMonthWord(TokenList t, int i) => Month(t, i, out _) > 0;

    /// <summary>"consolidated", "owned": a past participle or -ed adjective.</summary>
    public static bool IsParticiple(string w) => w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> LyNouns = Set(
        "supply", "family", "assembly", "italy", "july", "ally", "anomaly", "monopoly", "reply", "rally", "belly", "jelly",
        "bully", "lily", "oligopoly", "homily", "folly", "tally", "fly", "only");

    /// <summary>"-ly" adverb ("wholly", "approximately").</summary>
    public static bool IsAdverb(string w) =>
        w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !LyNouns.Contains(w);

    /// <summary>A plural-looking noun ("subsidiaries", "ATMs").</summary>
    public static bool IsPluralish(string w)
    {
        if (w.Length < 3) return false;
        char last = w[w.Length - 1];
        if (last != 's' && last != 'S') return false;
        char prev = char.ToLowerInvariant(w[w.Length - 2]);
        return prev != 's' && prev != 'u' && prev != 'i' && prev != '\'' && prev != '\u2019';
    }

    /// <summary>"IIJ's", "Company’s".</summary>
    public static bool IsPossessive(string w) =>
        w.Length > 2 && (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));
}
