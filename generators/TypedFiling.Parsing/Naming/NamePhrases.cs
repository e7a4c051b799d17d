using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Naming;

/// <summary>
/// Rewrites a heading's words before its name is chosen, for phrases whose words say nothing of the risk:
/// <list type="bullet">
/// <item>idioms are dropped: "from time to time", "one or more", "in connection with", "actual or perceived", "there
/// can be no assurance that" at the start and "expects that" (the risk is what follows them), and "failure to" or
/// "inability to" before what fails, as "fail to" is;</item>
/// <item>"such as" opens a clause, as "including" does: what follows is an example;</item>
/// <item>a tense or an alternative inserted between commas (", and may continue to face,", ", or failure to comply
/// with,") is dropped: the words before it take what follows it;</item>
/// <item>a class or series named by a letter ("class A", "series B-1", "class B-1, B-2 and C") is dropped with its
/// letters, since a name never holds a one-letter word and "class" alone tells nothing.</item>
/// </list>
/// </summary>
internal static class NamePhrases
{
    /// <summary>Idioms that say nothing of the risk, in lower case, word by word.</summary>
    private static readonly string[][] Idioms =
    {
        new[] { "from", "time", "to", "time" },
        new[] { "one", "or", "more" },
        new[] { "in", "connection", "with" },
        new[] { "with", "respect", "to" },
        new[] { "a", "number", "of" },
        new[] { "a", "variety", "of" },
        new[] { "in", "the", "future" },
        new[] { "over", "time" },
        new[] { "at", "any", "time" },
        new[] { "in", "whole", "or", "in", "part" },
        new[] { "among", "other", "things" },
        new[] { "in", "the", "past" },
        new[] { "from", "period", "to", "period" },
        new[] { "from", "quarter", "to", "quarter" },
        new[] { "from", "year", "to", "year" },
        new[] { "actual", "or", "perceived" },
        new[] { "expects", "that" },
        new[] { "expect", "that" },
        new[] { "believes", "that" },
        new[] { "believe", "that" },
        new[] { "anticipates", "that" },
        new[] { "anticipate", "that" },
        new[] { "failure", "to" },
        new[] { "failures", "to" },
        new[] { "inability", "to" },
    };

    /// <summary>Openings that put the risk in what follows them ("There can be no assurance that ..."), only at the start.</summary>
    private static readonly string[][] Openings =
    {
        new[] { "there", "can", "be", "no", "assurance", "that" },
        new[] { "there", "is", "no", "assurance", "that" },
        new[] { "there", "can", "be", "no", "guarantee", "that" },
        new[] { "there", "is", "no", "guarantee", "that" },
        new[] { "no", "assurance", "can", "be", "given", "that" },
    };

    /// <summary>An insertion between commas has at most this many words ("and in the future may continue to engage in").</summary>
    private const int MaxInsertionWords = 8;

    /// <summary>The prepositions an alternative inserted between commas ends with (", or disputes relating to,").</summary>
    private static readonly string[] Prepositions = { "to", "of", "in", "with", "for", "on", "by", "from" };

    /// <summary>"Such as": an example follows.</summary>
    private static readonly string[] SuchAs = { "such", "as" };

    /// <summary>Words that a letter names one of.</summary>
    private static readonly string[] LabelledWords = { "class", "series" };

    /// <summary>The words with idioms dropped, "such as" a clause break and letter-named classes dropped.</summary>
    public static List<Word> Rewrite(List<Word> words)
    {
        List<Word>? rewritten = null;
        for (var i = 0; i < words.Count; i++)
        {
            var skip = IdiomLength(words, i);
            if (skip == 0 && Matches(words, i, SuchAs))
            {
                (rewritten ??= Copy(words, i)).Add(new Word(";", IsBreak: true));
                i++;
                continue;
            }

            skip = skip > 0 ? skip : LabelledLength(words, i);
            skip = skip > 0 ? skip : InsertionLength(words, i);
            if (skip > 0)
            {
                rewritten ??= Copy(words, i);
                i += skip - 1;
                continue;
            }

            rewritten?.Add(words[i]);
        }

        return rewritten ?? words;
    }

    private static List<Word> Copy(List<Word> words, int count) => words.GetRange(0, count);

    /// <summary>How many words an idiom at <paramref name="index"/> takes, or 0.</summary>
    private static int IdiomLength(List<Word> words, int index)
    {
        foreach (var opening in Openings)
        {
            if (index == 0 && Matches(words, index, opening))
            {
                return opening.Length;
            }
        }

        foreach (var idiom in Idioms)
        {
            if (Matches(words, index, idiom))
            {
                return idiom.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// How many words an insertion between commas takes at <paramref name="index"/>, commas included, or 0: a tense ("We
    /// have engaged in<b>, and in the future may engage in,</b> strategic acquisitions") or an alternative that ends with
    /// a preposition ("Changes in<b>, or failure to comply with,</b> the laws"). What the sentence is about is what
    /// follows it.
    /// </summary>
    private static int InsertionLength(List<Word> words, int index)
    {
        if (words[index].Text != "," || index + 1 >= words.Count || !(words[index + 1].Lower is "and" or "or"))
        {
            return 0;
        }

        var end = index + 2;
        while (end < words.Count && !words[end].IsBreak && end <= index + MaxInsertionWords + 1)
        {
            end++;
        }

        if (end >= words.Count || words[end].Text != "," || end == index + 2)
        {
            return 0;
        }

        var alternative = words[index + 1].Lower == "or" && Array.IndexOf(Prepositions, words[end - 1].Lower) >= 0;
        return IsTense(words, index + 2, end) || alternative ? end - index + 1 : 0;
    }

    /// <summary>Whether words[<paramref name="from"/>..<paramref name="to"/>) are a tense: the time, a modal verb, the verb ("in the future may engage in").</summary>
    private static bool IsTense(List<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (StopWords.Modal.Contains(words[i].Lower))
            {
                return true;
            }

            if (!StopWords.Function.Contains(words[i].Lower) && !(words[i].Lower is "future" or "past" or "currently"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many words "class" and its letters ("B-1, B-2 and C") take at <paramref name="index"/>, or 0.</summary>
    private static int LabelledLength(List<Word> words, int index)
    {
        if (words[index].IsBreak || Array.IndexOf(LabelledWords, words[index].Lower) < 0 || index + 1 >= words.Count || !IsLetterLabel(words[index + 1]))
        {
            return 0;
        }

        var end = index + 2;
        while (end + 1 < words.Count && (words[end].Text == "," || words[end].Lower is "and" or "or") && IsLetterLabel(words[end + 1]))
        {
            end += 2;
        }

        return end - index;
    }

    /// <summary>A letter, alone or with a number ("A", "B-1", "C2"): what names a class.</summary>
    private static bool IsLetterLabel(Word word)
    {
        var text = word.Text;
        if (word.IsBreak || text.Length == 0 || !char.IsLetter(text[0]) || (text.Length > 1 && char.IsLetter(text[1])))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]) && text[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(List<Word> words, int index, string[] phrase)
    {
        if (index + phrase.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[index + i].IsBreak || !string.Equals(words[index + i].Lower, phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
