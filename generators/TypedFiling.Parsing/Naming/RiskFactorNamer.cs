using System.Collections.Generic;

namespace TypedFiling.Parsing.Naming;

/// <summary>
/// Chooses the words that name a risk factor from its heading: the clause that says what the risk is
/// (the condition of an "If ..." heading, otherwise the first clause that is not the consequence every
/// risk factor shares), then the subject before its modal verb when the subject says something, else
/// the predicate after it; stop words, auxiliaries, one-letter words, the filer's self-reference ("the
/// Company", the company's name) and, in long names, adverbs are dropped.
/// </summary>
internal static class RiskFactorNamer
{
    public const int MaxWords = 5;

    /// <summary>Words of a company's name that say it is a company, not which one.</summary>
    private static readonly HashSet<string> CorporateSuffixes = new()
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "lp", "nv", "sa", "ag",
        "se", "bv", "spa", "kk", "holdings", "holding", "group", "the",
    };

    /// <summary>The name words of <paramref name="title"/>, as written (possibly empty).</summary>
    public static List<string> NameWords(string title, string? company = null) => NameWords(HeadingWords(title, company));

    /// <summary>The words of <paramref name="title"/> a name is made of, before clauses are chosen: split once for both the name and its remaining words.</summary>
    internal static List<Word> HeadingWords(string title, string? company) => WithoutSelfReference(Words.Split(title), company);

    /// <summary>The name words of a heading's <see cref="HeadingWords"/>.</summary>
    internal static List<string> NameWords(List<Word> headingWords)
    {
        var clauses = Clauses(headingWords, out var startsWithCondition);
        List<string>? fallback = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            var words = ClauseNameWords(clauses[i]);
            if (words.Count == 0)
            {
                continue;
            }

            fallback ??= words;
            if (!AllGeneric(words) && (words.Count >= 2 || i == clauses.Count - 1 || startsWithCondition))
            {
                return Shorten(words);
            }
        }

        return fallback is null ? new List<string>() : Shorten(fallback);
    }

    /// <summary>
    /// The heading's content words not already in its name, in order: what a clashing name is lengthened with
    /// before it takes a number. The same words a name may hold: no stop word, self-reference or one-letter word.
    /// </summary>
    public static List<string> RemainingWords(string title, List<string> used, string? company = null) => RemainingWords(HeadingWords(title, company), used);

    /// <summary>The remaining words of a heading's <see cref="HeadingWords"/>.</summary>
    internal static List<string> RemainingWords(List<Word> headingWords, List<string> used)
    {
        var remaining = new List<string>();
        foreach (var word in headingWords)
        {
            if (!word.IsBreak && !StopWords.Function.Contains(word.Lower) && !IsOneLetter(word.Text) && !used.Contains(word.Text) && !remaining.Contains(word.Text))
            {
                remaining.Add(word.Text);
            }
        }

        return remaining;
    }

    /// <summary>
    /// The words without the filer's name for itself: "Company" (or "Registrant") after "the", and the words of
    /// the company's name, capitalized as names are. "We" and "our" are stop words already.
    /// </summary>
    private static List<Word> WithoutSelfReference(List<Word> words, string? company)
    {
        HashSet<string>? own = null;
        if (company is not null)
        {
            foreach (var word in Words.Split(company))
            {
                if (!word.IsBreak && !IsOneLetter(word.Text) && !CorporateSuffixes.Contains(word.Lower) && !StopWords.Function.Contains(word.Lower))
                {
                    (own ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(word.Text.ToLowerInvariant());
                }
            }
        }

        var kept = new List<Word>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var capitalized = !word.IsBreak && char.IsUpper(word.Text[0]);
            var selfName = capitalized && (word.Lower == "company" || word.Lower == "registrant") && i > 0 && words[i - 1].Lower == "the";
            if (selfName || (capitalized && own is not null && own.Contains(word.Text.ToLowerInvariant())))
            {
                continue;
            }

            kept.Add(word);
        }

        return kept;
    }

    /// <summary>A single letter says nothing in a name ("a", the "U" of a badly split "U.S.").</summary>
    private static bool IsOneLetter(string word) => word.Length == 1 && char.IsLetter(word[0]);

    /// <summary>
    /// Splits the heading into clauses at punctuation and at words that open a clause. "If ..." and
    /// "In the event ..." headings put their condition first. A clause of fewer than two content words
    /// runs on past a comma, so an apposition ("NTT, IIJ's largest shareholder,") stays whole.
    /// </summary>
    private static List<List<Word>> Clauses(List<Word> words, out bool startsWithCondition)
    {
        var start = 0;
        startsWithCondition = false;
        if (words.Count > 0 && StopWords.Conditional.Contains(words[0].Lower))
        {
            startsWithCondition = true;
            start = 1;
        }
        else if (words.Count > 3 && words[0].Lower == "in" && words[1].Lower == "the" && words[2].Lower == "event")
        {
            startsWithCondition = true;
            start = words.Count > 3 && words[3].Lower == "that" ? 4 : 3;
        }

        var clauses = new List<List<Word>>();
        var current = new List<Word>();
        var content = 0;
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i];
            var opensClause = !word.IsBreak && StopWords.ClauseStart.Contains(word.Lower);
            var asResultOf = IsPhrase(words, i, AsAResultOf) || IsPhrase(words, i, DueTo) || IsPhrase(words, i, InWhich);
            if (word.IsBreak || opensClause || asResultOf)
            {
                if (word.IsBreak && word.Text == "," && content < 2 && current.Count > 0)
                {
                    continue;
                }

                Close(clauses, ref current);
                content = 0;
                continue;
            }

            current.Add(word);
            if (!StopWords.Function.Contains(word.Lower))
            {
                content++;
            }
        }

        Close(clauses, ref current);
        return clauses;
    }

    private static void Close(List<List<Word>> clauses, ref List<Word> current)
    {
        if (current.Count > 0)
        {
            clauses.Add(current);
            current = new List<Word>();
        }
    }

    // The phrases that open a clause, made once rather than for every word of every heading.
    private static readonly string[] AsAResultOf = { "as", "a", "result", "of" };
    private static readonly string[] DueTo = { "due", "to" };
    private static readonly string[] InWhich = { "in", "which" };

    private static bool IsPhrase(List<Word> words, int index, string[] phrase)
    {
        if (index + phrase.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[index + i].IsBreak || words[index + i].Lower != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The subject before the modal verb when it names something, else the predicate after it.</summary>
    private static List<string> ClauseNameWords(List<Word> clause)
    {
        var modal = -1;
        for (var i = 0; i < clause.Count; i++)
        {
            if (StopWords.Modal.Contains(clause[i].Lower))
            {
                modal = i;
                break;
            }
        }

        if (modal > 0)
        {
            var subject = ContentWords(clause, 0, modal);
            if (subject.Count > 0)
            {
                return subject;
            }
        }

        var from = modal + 1;
        while (from < clause.Count && (StopWords.Function.Contains(clause[from].Lower) || StopWords.Auxiliary.Contains(clause[from].Lower)))
        {
            from++;
        }

        return ContentWords(clause, from, clause.Count);
    }

    private static List<string> ContentWords(List<Word> clause, int from, int to)
    {
        var words = new List<string>();
        for (var i = from; i < to; i++)
        {
            var lower = clause[i].Lower;
            if (IsOneLetter(clause[i].Text))
            {
                continue;
            }

            if (StopWords.Function.Contains(lower))
            {
                // Keep the place of a conjunction: a long name may be cut there.
                if (StopWords.Conjunction.Contains(lower) && words.Count > 0 && words[words.Count - 1].Length > 0)
                {
                    words.Add(string.Empty);
                }

                continue;
            }

            words.Add(clause[i].Text);
        }

        return words;
    }

    private static bool AllGeneric(List<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length > 0 && !StopWords.Generic.Contains(word.ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// At most <see cref="MaxWords"/> words: adverbs go first (while two words remain), then the name is
    /// cut at the last conjunction that keeps two to five words, then at five.
    /// </summary>
    private static List<string> Shorten(List<string> words)
    {
        var count = CountWords(words);
        if (count > 2)
        {
            var kept = new List<string>();
            var remaining = count;
            foreach (var word in words)
            {
                if (word.Length > 0 && remaining > 2 && StopWords.IsAdverb(word.ToLowerInvariant()))
                {
                    remaining--;
                    continue;
                }

                kept.Add(word);
            }

            words = kept;
            count = remaining;
        }

        if (count > MaxWords)
        {
            var seen = 0;
            var cut = -1;
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Length == 0)
                {
                    if (seen >= 2 && seen <= MaxWords)
                    {
                        cut = i;
                    }
                }
                else
                {
                    seen++;
                }
            }

            if (cut > 0)
            {
                words = words.GetRange(0, cut);
            }
        }

        var result = new List<string>();
        foreach (var word in words)
        {
            if (word.Length > 0 && result.Count < MaxWords)
            {
                result.Add(word);
            }
        }

        return result;
    }

    private static int CountWords(List<string> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                count++;
            }
        }

        return count;
    }
}
