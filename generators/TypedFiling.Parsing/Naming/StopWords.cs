using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Naming;

/// <summary>The word classes that naming rules consult, read from the parser's one lexicon (<see cref="WordTable"/>).</summary>
internal static class StopWords
{
    /// <summary>Words that carry no meaning of their own in a name.</summary>
    public static readonly WordClass Function = new(WordRole.NameFunction);

    /// <summary>Modal verbs: the subject before one names the risk when it says something.</summary>
    public static readonly WordClass Modal = new(WordRole.Modal);

    /// <summary>Words that open a condition: the condition is what the risk is.</summary>
    public static readonly WordClass Conditional = new(WordRole.Conditional);

    /// <summary>Words that start a new clause within a heading.</summary>
    public static readonly WordClass ClauseStart = new(WordRole.ClauseStart);

    /// <summary>Verbs that only carry a predicate ("we fail to attract" names as "attract").</summary>
    public static readonly WordClass Auxiliary = new(WordRole.Auxiliary);

    /// <summary>Words of the consequence that every risk factor shares: no name is made of them alone.</summary>
    public static readonly WordClass Generic = new(WordRole.Generic);

    /// <summary>Coordinating conjunctions where a long name may be cut.</summary>
    public static readonly WordClass Conjunction = new("and", "or");

    /// <summary>Words ending in "ly" that are not adverbs.</summary>
    private static readonly WordClass NotAdverbs = new(
        "supply", "family", "assembly", "monopoly", "anomaly", "italy", "july", "reply", "apply", "comply", "rely",
        "ally", "multiply", "daily", "weekly", "monthly", "quarterly", "yearly", "early", "only", "holy", "belly");

    /// <summary>
    /// Verbs that only link a subject to the risk it brings ("Our International Operations Expose Us to ..."): before an
    /// object pronoun, the subject ends at one as at a modal verb.
    /// </summary>
    private static readonly WordClass LinkingVerbs = new("exposes", "expose", "subjects", "subject");

    /// <summary>The objects of a linking verb: "exposes us to".</summary>
    private static readonly WordClass ObjectPronouns = new("us", "it", "them");

    /// <summary>Whether <paramref name="lower"/> is a verb that only links a subject to its risk ("exposes" of "exposes us to").</summary>
    public static bool IsLinkingVerb(string lower) => LinkingVerbs.Contains(lower);

    /// <summary>Whether <paramref name="lower"/> is the object of a linking verb.</summary>
    public static bool IsObjectPronoun(string lower) => ObjectPronouns.Contains(lower);

    /// <summary>Whether <paramref name="lower"/> is an adverb that a long name can do without.</summary>
    public static bool IsAdverb(string lower) => lower.Length >= 6 && lower.EndsWith("ly", System.StringComparison.Ordinal) && !NotAdverbs.Contains(lower);
}

/// <summary>A class of words: a role of the lexicon, or a short list of its own.</summary>
internal sealed class WordClass
{
    private readonly WordRole role;
    private readonly string[]? words;

    public WordClass(WordRole role) => this.role = role;

    public WordClass(params string[] words) => this.words = words;

    /// <summary>Whether <paramref name="word"/> (lower case for lists) belongs to the class.</summary>
    /// <remarks>Case-sensitive, as the lists always were: "US" (the country) is content, "us" is not.</remarks>
    public bool Contains(string word) => words is null ? IsLower(word) && WordTable.Is(word, role) : System.Array.IndexOf(words, word) >= 0;

    private static bool IsLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
