using System.Collections.Generic;

namespace TypedFiling.Parsing.Naming;

/// <summary>The word lists that naming rules consult.</summary>
internal static class StopWords
{
    /// <summary>Words that carry no meaning of their own in a name.</summary>
    public static readonly HashSet<string> Function = new()
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
        "into", "onto", "over", "under", "about", "against", "between", "among", "through", "during", "within", "upon",
        "as", "than", "up", "out", "off", "per", "via",
        "we", "our", "ours", "us", "you", "your", "it", "its", "they", "them", "their", "he", "his", "she", "her", "i",
        "this", "that", "these", "those", "such", "which", "who", "whom", "whose", "what",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "may", "might", "could", "can", "cannot", "will", "would", "should", "must", "shall",
        "not", "no", "able", "unable", "other", "others", "any", "all", "some", "certain", "each", "every", "more", "most",
        "much", "many", "also", "very", "there", "here", "so", "too", "if", "then",
    };

    /// <summary>Modal verbs: the subject before one names the risk when it says something.</summary>
    public static readonly HashSet<string> Modal = new()
    {
        "may", "might", "could", "can", "cannot", "will", "would", "should", "must", "shall",
    };

    /// <summary>Words that open a condition: the condition is what the risk is.</summary>
    public static readonly HashSet<string> Conditional = new() { "if", "unless", "should", "when", "whether" };

    /// <summary>Words that start a new clause within a heading.</summary>
    public static readonly HashSet<string> ClauseStart = new()
    {
        "if", "unless", "which", "because", "although", "while", "whereas", "including", "especially", "particularly",
        "whether", "where",
    };

    /// <summary>Verbs that only carry a predicate ("we fail to attract" names as "attract").</summary>
    public static readonly HashSet<string> Auxiliary = new()
    {
        "fail", "fails", "failed", "need", "needs", "continue", "continues", "choose", "chooses", "seek", "seeks",
        "do", "does", "did", "are", "is", "be", "been", "have", "has", "had", "not", "able", "unable", "to", "get",
    };

    /// <summary>Words of the consequence that every risk factor shares: no name is made of them alone.</summary>
    public static readonly HashSet<string> Generic = new()
    {
        "business", "businesses", "results", "result", "operations", "operating", "financial", "condition", "conditions",
        "affected", "adversely", "materially", "harmed", "harm", "adverse", "effect", "effects", "impact", "impacted",
        "negatively", "significantly", "suffer", "prospects", "performance", "company",
    };

    /// <summary>Coordinating conjunctions where a long name may be cut.</summary>
    public static readonly HashSet<string> Conjunction = new() { "and", "or" };

    /// <summary>Words ending in "ly" that are not adverbs.</summary>
    public static readonly HashSet<string> NotAdverbs = new()
    {
        "supply", "family", "assembly", "monopoly", "anomaly", "italy", "july", "reply", "apply", "comply", "rely",
        "ally", "multiply", "daily", "weekly", "monthly", "quarterly", "yearly", "early", "only", "holy", "belly",
    };

    /// <summary>Whether <paramref name="lower"/> is an adverb that a long name can do without.</summary>
    public static bool IsAdverb(string lower) => lower.Length >= 6 && lower.EndsWith("ly", System.StringComparison.Ordinal) && !NotAdverbs.Contains(lower);
}
