using System;

namespace TypedFiling.Parsing.Figures;

/// <summary>What a word's ending says of it: participles, adverbs, plurals, possessives.</summary>
internal static class WordShapes
{
    private static readonly string[] LyNouns =
    {
        "supply", "family", "assembly", "italy", "july", "ally", "anomaly", "monopoly", "reply", "rally", "belly", "jelly",
        "bully", "lily", "oligopoly", "homily", "folly", "tally", "fly", "only",
    };

    /// <summary>"consolidated", "owned": a past participle or -ed adjective.</summary>
    public static bool IsParticiple(string w) => w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>"-ly" adverb ("wholly", "approximately").</summary>
    public static bool IsAdverb(string w)
    {
        if (w.Length <= 4 || !w.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var noun in LyNouns)
        {
            if (string.Equals(noun, w, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A plural-looking noun ("subsidiaries", "ATMs").</summary>
    public static bool IsPluralish(string w)
    {
        if (w.Length < 3)
        {
            return false;
        }

        char last = w[w.Length - 1];
        if (last != 's' && last != 'S')
        {
            return false;
        }

        char prev = char.ToLowerInvariant(w[w.Length - 2]);
        return prev != 's' && prev != 'u' && prev != 'i' && prev != '\'' && prev != '\u2019';
    }

    /// <summary>"IIJ's", "Company’s".</summary>
    public static bool IsPossessive(string w) =>
        w.Length > 2 && (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));

    /// <summary>"-ing" word long enough to be a participle ("operating"), not "ring".</summary>
    public static bool IsGerund(string w) => w.Length > 5 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
