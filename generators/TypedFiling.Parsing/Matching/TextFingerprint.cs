using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedFiling.Parsing.Matching;

/// <summary>
/// A small, stable stand-in for a risk factor's text that a lock file can keep instead of the text itself: a
/// hash of its words (same hash, same words) and a bottom-k sketch of its word pairs, from which the
/// similarity of two texts is estimated (the k smallest hashes of the union, and how many both hold).
/// Hashes are FNV-1a of the lower-case words, so the fingerprint is the same on every machine and run.
/// </summary>
/// <param name="Hash">The hash of the text's words in order, 16 hex digits.</param>
/// <param name="Sketch">The smallest hashes of the text's distinct word pairs, ascending, at most <see cref="SketchSize"/>.</param>
internal sealed record TextFingerprint(string Hash, Model.EquatableArray<uint> Sketch)
{
    /// <summary>How many word-pair hashes a sketch keeps: enough to tell a reworded body from another one.</summary>
    public const int SketchSize = 32;

    /// <summary>The fingerprint of <paramref name="text"/>.</summary>
    public static TextFingerprint Of(string text)
    {
        var words = Similarity.Words(text);
        var hash = 14695981039346656037UL;
        var pairs = new HashSet<uint>();
        for (var i = 0; i < words.Count; i++)
        {
            hash = Fnv64(hash, words[i]);
            hash = Fnv64(hash, " ");
            if (i + 1 < words.Count)
            {
                pairs.Add(Fnv32(Fnv32(Fnv32(2166136261U, words[i]), " "), words[i + 1]));
            }
        }

        var sorted = new List<uint>(pairs);
        sorted.Sort();
        if (sorted.Count > SketchSize)
        {
            sorted.RemoveRange(SketchSize, sorted.Count - SketchSize);
        }

        return new TextFingerprint(hash.ToString("x16", CultureInfo.InvariantCulture), new Model.EquatableArray<uint>(sorted.ToArray()));
    }

    /// <summary>The sketch as lock files write it: 8 hex digits per hash, separated by spaces.</summary>
    public string SketchText()
    {
        var text = new StringBuilder(Sketch.Count * 9);
        foreach (var value in Sketch)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(value.ToString("x8", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>Reads <see cref="SketchText"/> back; null when it is not a list of 8-hex-digit values in ascending order.</summary>
    public static Model.EquatableArray<uint>? ParseSketch(string text)
    {
        var values = new List<uint>();
        foreach (var part in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length != 8 || !uint.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) ||
                (values.Count > 0 && value <= values[values.Count - 1]) || values.Count == SketchSize)
            {
                return null;
            }

            values.Add(value);
        }

        return new Model.EquatableArray<uint>(values.ToArray());
    }

    /// <summary>
    /// The estimated Dice similarity of the two texts' word pairs: 1 for the same words; else the share of the
    /// union's smallest hashes that both sketches hold (a Jaccard estimate), turned into Dice.
    /// </summary>
    public double SimilarityTo(TextFingerprint other)
    {
        if (string.Equals(Hash, other.Hash, StringComparison.Ordinal))
        {
            return 1;
        }

        int a = 0, b = 0, union = 0, shared = 0;
        while (union < SketchSize && (a < Sketch.Count || b < other.Sketch.Count))
        {
            if (b >= other.Sketch.Count || (a < Sketch.Count && Sketch[a] < other.Sketch[b]))
            {
                a++;
            }
            else if (a >= Sketch.Count || other.Sketch[b] < Sketch[a])
            {
                b++;
            }
            else
            {
                shared++;
                a++;
                b++;
            }

            union++;
        }

        if (union == 0)
        {
            return 0;
        }

        var jaccard = (double)shared / union;
        return 2 * jaccard / (1 + jaccard);
    }

    private static ulong Fnv64(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static uint Fnv32(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619U;
        }

        return hash;
    }
}
