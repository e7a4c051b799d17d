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

    /// <summary>
    /// A clause of fewer content words than this runs on past a comma that separates the items of a list ("legal,
    /// regulatory and governmental proceedings"); a longer one has said enough ("If we are unable to manage new product
    /// launches, our business and ..." ends at its comma).
    /// </summary>
    private const int MaxListedContent = 3;

    /// <summary>An item of a list between commas has at most this many words ("capital market", "political").</summary>
    private const int MaxListItemWords = 3;

    /// <summary>Forms of one verb share at least this many first letters ("grant", "granted").</summary>
    private const int StemLength = 4;

    /// <summary>What a predicate says of a generic subject names the risk alone in at least this many words.</summary>
    private const int MinWordsSaidAlone = 3;

    /// <summary>Words of a company's name that say it is a company, not which one.</summary>
    private static readonly HashSet<string> CorporateSuffixes = new()
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "lp", "nv", "sa", "ag",
        "se", "bv", "spa", "kk", "holdings", "holding", "group", "the",
    };

    /// <summary>The name words of <paramref name="title"/>, as written (possibly empty).</summary>
    public static List<string> NameWords(string title, string? company = null) => NameWords(HeadingWords(title, company));

    /// <summary>The words of <paramref name="title"/> a name is made of, before clauses are chosen: split once for both the name and its remaining words.</summary>
    internal static List<Word> HeadingWords(string title, string? company) => WithoutSelfReference(NamePhrases.Rewrite(Words.Split(title)), company);

    /// <summary>The name words of a heading's <see cref="HeadingWords"/>.</summary>
    internal static List<string> NameWords(List<Word> headingWords)
    {
        var clauses = Clauses(headingWords, out var startsWithCondition);
        List<string>? fallback = null;
        List<string>? firstSaid = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            var words = ClauseNameWords(clauses[i]);
            if (words.Count == 0)
            {
                continue;
            }

            fallback ??= words;
            if (firstSaid is not null && clauses[i][0].Lower == "which")
            {
                // "Our business is affected by seasonality, which could result in ...": the risk is what acts on the subject.
                break;
            }

            if (!AllGeneric(words) && (words.Count >= 2 || i == clauses.Count - 1 || startsWithCondition))
            {
                return Shorten(words);
            }

            // A subject every risk factor shares ("Our business could be harmed by cyber attacks on ..."): what the first
            // such clause says of it, where it says enough to pass over the clauses after it.
            if (AllGeneric(words) && firstSaid is null && SaidOfGenericSubject(clauses[i], out var alone) is { Count: > 0 } said)
            {
                if (alone && CountWords(said) >= MinWordsSaidAlone && CountModals(clauses[i]) <= 1)
                {
                    return Shorten(said);
                }

                firstSaid = said;
            }
        }

        // No clause names more than what every risk factor shares: the first thing the heading says of its subject.
        return firstSaid is not null ? Shorten(firstSaid) : fallback is null ? new List<string>() : Shorten(fallback);
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
    /// The words without the filer's name for itself: "Company" after "the", "company" after "our", "registrant" (the
    /// SEC's word for the filer), and the words of the company's name, capitalized as names are. "We" and "our" are stop
    /// words already.
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
            var companyWord = (word.Lower == "company" || word.Lower == "registrant") && i > 0;
            var selfName = word.Lower == "registrant" || (companyWord && ((capitalized && words[i - 1].Lower == "the") || words[i - 1].Lower == "our"));
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
                if (word.IsBreak && word.Text == "," && current.Count > 0 && (content < 2 || (content < MaxListedContent && (IsListComma(words, i) || IsSerialComma(words, i))) || EndsArticleAndWord(current)))
                {
                    continue;
                }

                Close(clauses, ref current);
                content = 0;
                if (opensClause && word.Lower == "which")
                {
                    // Kept, a function word the name skips: a clause it opens says what follows from the one before.
                    current.Add(word);
                }

                continue;
            }

            current.Add(word);
            if (!StopWords.Function.Contains(word.Lower) && !StopWords.Auxiliary.Contains(word.Lower))
            {
                content++;
            }
        }

        Close(clauses, ref current);
        return clauses;
    }

    /// <summary>
    /// Whether the comma at <paramref name="index"/> separates the items of a list ("legal, regulatory and governmental
    /// proceedings"): an "and" or "or" follows within a few words, before any other break, and not at once.
    /// </summary>
    private static bool IsListComma(List<Word> words, int index)
    {
        if (index + 1 >= words.Count || words[index + 1].IsBreak || StopWords.Conjunction.Contains(words[index + 1].Lower))
        {
            return false;
        }

        for (var i = index + 2; i < words.Count && i <= index + MaxListItemWords + 1; i++)
        {
            if (words[i].IsBreak)
            {
                // The list goes on, or ends with a serial comma: "hire, train, manage, and retain".
                return words[i].Text == "," && (IsListComma(words, i) || (i + 1 < words.Count && StopWords.Conjunction.Contains(words[i + 1].Lower)));
            }

            if (StopWords.Conjunction.Contains(words[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the comma at <paramref name="index"/> stands before the "and" or "or" of a short clause's last item ("We must
    /// attract, retain, and motivate key talent"; "grow, or manage the risks"): the clause goes on past it.
    /// </summary>
    private static bool IsSerialComma(List<Word> words, int index) =>
        index + 1 < words.Count && !words[index + 1].IsBreak && StopWords.Conjunction.Contains(words[index + 1].Lower);

    /// <summary>
    /// Whether the clause so far ends in an indefinite article and one word ("Managing a complex, global IT infrastructure"):
    /// the article's noun is still to come, so the comma separates its adjectives, not clauses.
    /// </summary>
    private static bool EndsArticleAndWord(List<Word> current) =>
        current.Count >= 2 && !current[current.Count - 1].IsBreak && current[current.Count - 2].Lower is "a" or "an";

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

    /// <summary>
    /// The subject before the modal verb (or before a verb that only links it to its risk: "... Expose Us to Risks")
    /// when it names something, else the predicate after it.
    /// </summary>
    private static List<string> ClauseNameWords(List<Word> clause)
    {
        var verb = PredicateStart(clause);
        var predicate = PredicateWords(clause, verb + 1);
        if (verb > 0 && ContentWords(clause, 0, verb) is var subject && subject.Count > 0)
        {
            // "We have pursued and may continue to pursue acquisitions": the subject is the predicate's own verb.
            return CountWords(subject) == 1 && predicate.Count > 0 && SameStem(subject[0], predicate[0]) ? predicate : subject;
        }

        return predicate;
    }

    /// <summary>
    /// For a clause whose subject is only words every risk factor shares ("our operations", "our business"), what its
    /// predicate says of it: the predicate's other words, alone where the predicate names what acts on the subject
    /// ("impacted by political events": <paramref name="alone"/>) or says three words, else after the subject
    /// ("Operations Difficult Predict"); empty for any other clause.
    /// </summary>
    private static List<string> SaidOfGenericSubject(List<Word> clause, out bool alone)
    {
        alone = false;
        var verb = PredicateStart(clause);
        if (verb <= 0 || ContentWords(clause, 0, verb) is not { Count: > 0 } subject || !AllGeneric(subject))
        {
            return new List<string>();
        }

        var predicate = PredicateWords(clause, verb + 1);
        var said = WithoutGeneric(predicate);
        var count = CountWords(said);
        alone = count >= MinWordsSaidAlone || (count > 0 && CountWords(said) < CountWords(predicate));
        return count == 0 || alone ? said : Join(subject, said);
    }

    /// <summary>Whether two words are forms of one ("pursued", "pursue"): the same first four letters, in any case.</summary>
    private static bool SameStem(string a, string b) =>
        a.Length >= StemLength && b.Length >= StemLength && string.Compare(a, 0, b, 0, StemLength, System.StringComparison.OrdinalIgnoreCase) == 0;

    private static int CountModals(List<Word> clause)
    {
        var count = 0;
        foreach (var word in clause)
        {
            count += StopWords.Modal.Contains(word.Lower) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Where the predicate starts: the first modal verb, a linking verb before an object pronoun ("expose us"), or a form
    /// of "be" between a subject and a consequence that every risk factor shares ("Our results have been adversely
    /// affected by"); -1 where there is none.
    /// </summary>
    private static int PredicateStart(List<Word> clause)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            var lower = clause[i].Lower;
            if (StopWords.Modal.Contains(lower) ||
                (i > 0 && i + 1 < clause.Count && StopWords.IsLinkingVerb(lower) && StopWords.IsObjectPronoun(clause[i + 1].Lower)) ||
                (i > 0 && lower is "is" or "are" or "was" or "were" or "been" && IsGenericParticipleAt(clause, i + 1) && AllGeneric(ContentWords(clause, 0, i))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a consequence every risk factor shares ("affected", "impacted") stands at <paramref name="index"/>, after any adverbs.</summary>
    private static bool IsGenericParticipleAt(List<Word> clause, int index)
    {
        while (index < clause.Count && (StopWords.IsAdverb(clause[index].Lower) || StopWords.Conjunction.Contains(clause[index].Lower)))
        {
            index++;
        }

        return index < clause.Count && clause[index].Lower is "affected" or "impacted" or "harmed";
    }

    /// <summary>The predicate's content words from <paramref name="from"/>, after its auxiliaries and function words.</summary>
    private static List<string> PredicateWords(List<Word> clause, int from)
    {
        while (from < clause.Count && (StopWords.Function.Contains(clause[from].Lower) || StopWords.Auxiliary.Contains(clause[from].Lower)))
        {
            from++;
        }

        return ContentWords(clause, from, clause.Count);
    }

    private static List<string> WithoutGeneric(List<string> words) => words.FindAll(w => w.Length == 0 || !StopWords.Generic.Contains(w.ToLowerInvariant()));

    private static List<string> Join(List<string> first, List<string> second)
    {
        var joined = new List<string>(first);
        joined.AddRange(second);
        return joined;
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

            if (words.Count == 0 && StopWords.Auxiliary.Contains(lower))
            {
                // "continue to obtain" once "Failure to" is gone: the verb that carries the predicate is what names it.
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
    /// At most <see cref="MaxWords"/> words, no phrase twice: adverbs go first (while two words remain), then the name is
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
        foreach (var word in WithoutRepeatedPhrases(words))
        {
            if (word.Length > 0 && result.Count < MaxWords)
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>
    /// The words without a phrase of two or more that they said before ("Conflicts of interest, or the appearance of
    /// conflicts of interest"); a single word may come back ("common stock and preferred stock").
    /// </summary>
    private static List<string> WithoutRepeatedPhrases(List<string> words)
    {
        var content = words.FindAll(w => w.Length > 0);
        var kept = new List<string>(content.Count);
        for (var i = 0; i < content.Count; i++)
        {
            if (i + 1 < content.Count && SaidBefore(content, i))
            {
                i++;
                continue;
            }

            kept.Add(content[i]);
        }

        return kept.Count == content.Count ? words : kept;
    }

    /// <summary>Whether the two words at <paramref name="index"/> stand together earlier in <paramref name="words"/>.</summary>
    private static bool SaidBefore(List<string> words, int index)
    {
        for (var j = 0; j + 1 < index; j++)
        {
            if (string.Equals(words[j], words[index], System.StringComparison.OrdinalIgnoreCase) &&
                string.Equals(words[j + 1], words[index + 1], System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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
