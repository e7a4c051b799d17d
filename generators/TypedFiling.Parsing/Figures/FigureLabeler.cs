using System;
using System.Collections.Generic;
using System.Text;
using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// Finds the filing's own words for what a figure measures, inside its sentence. Rules, first match wins:
/// <list type="number">
/// <item>quantity: its unit noun phrase; ratio: its split phrase;</item>
/// <item>"of" + noun phrase after the figure ("¥0.2 billion of revenues");</item>
/// <item>a noun phrase right after the figure ("74.2% share ownership");</item>
/// <item>the subject noun phrase before "was/were/is/are/of/totaled/amounted to" in front of the figure
/// ("The acquisition price of IIJ-Global was ¥9.2 billion"), skipping as-of dates and periods and cutting
/// "related to ..." tails;</item>
/// <item>"in" + lower-case noun phrase after the figure ("¥9.0 billion in short-term borrowings");</item>
/// <item>"was/were" + noun phrase after the figure;</item>
/// <item>the noun phrase before "such as" in front of the figure;</item>
/// <item>a past-tense verb before the figure and "in/on/into" + name after it ("invested in Trust Networks");</item>
/// <item>the previous figure's label when the figure follows it after "and", "or" or a comma.</item>
/// </list>
/// Labels are at most six words, without leading articles or possessives.
/// </summary>
internal sealed class FigureLabeler
{
    private const int MaxWords = Bounds.MaxLabelWords;

    private static readonly HashSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "recorded", "invested", "incurred", "issued", "borrowed", "paid", "received", "reported", "experienced", "raised",
        "spent", "generated", "recognized", "recognised", "produced", "acquired", "completed", "made", "expect", "expects",
        "owned", "owns", "own", "holds", "held", "hold", "had", "record", "records", "invest", "invests", "borrow", "pay",
        "pays", "receive", "receives", "incur", "incurs", "issue", "issues", "spend", "spends", "lost", "lose", "loses",
        "estimate", "estimates", "totaled", "totalled", "reached",
    };

    private static readonly HashSet<string> Trivial = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "total", "aggregate", "amount", "sum", "additional", "further", "estimated amount", "total amount", "aggregate amount",
        "amounts", "figure", "level", "value", "rate",
    };

    private readonly TokenList _t;
    private readonly List<Draft> _drafts;
    private readonly int[] _owner;
    private readonly int[] _sentFirst;
    private readonly int[] _sentLast;
    private readonly int[] _tokSentence;

    public FigureLabeler(TokenList t, List<Draft> drafts, int[] owner, int[] tokSentence, int[] sentFirst, int[] sentLast)
    {
        _t = t;
        _drafts = drafts;
        _owner = owner;
        _tokSentence = tokSentence;
        _sentFirst = sentFirst;
        _sentLast = sentLast;
    }

    public void Apply()
    {
        for (int k = 0; k < _drafts.Count; k++)
        {
            var d = _drafts[k];
            if (d.Kind == FigureKind.Date || d.Kind == FigureKind.FiscalPeriod) continue;
            d.Label = Compute(k, d);
        }
    }

    private string? Compute(int index, Draft d)
    {
        if (d.Kind == FigureKind.Quantity || d.Kind == FigureKind.Ratio) return d.Unit;
        int s = _tokSentence[d.CoreTok];
        int sFirst = _sentFirst[s], sLast = _sentLast[s];
        int before = d.FirstTok - 1, after = d.LastTok + 1;
        if (before < sFirst) before = -1;
        string? label;

        if (_t.Is(after, "of") && (label = Forward(after + 1, sLast, skipDeterminers: true, requireLower: true)) != null) return label;
        if ((label = Forward(after, sLast, skipDeterminers: false, requireLower: true)) != null) return label;

        int subjectEnd = TriggerBefore(before, sFirst);
        if (subjectEnd >= 0 && (label = Backward(subjectEnd, sFirst)) != null && !Trivial.Contains(label)) return label;

        if (_t.Is(after, "in") && (label = Forward(after + 1, sLast, skipDeterminers: true, requireLower: true)) != null) return label;

        if ((_t.Is(after, "was") || _t.Is(after, "were") || _t.Is(after, "is") || _t.Is(after, "are"))
            && (label = Forward(after + 1, sLast, skipDeterminers: true, requireLower: true)) != null)
        {
            return label;
        }

        if (before >= sFirst + 1 && _t.Is(before, "as") && _t.Is(before - 1, "such") && (label = Backward(before - 2, sFirst)) != null) return label;

        if ((label = VerbAndTarget(before, after, sFirst, sLast)) != null) return label;

        if (index > 0 && before >= sFirst && (_t.Is(before, "and") || _t.Is(before, "or") || _t.IsSymbol(before, ',')))
        {
            var prev = _drafts[index - 1];
            if (prev.Kind == d.Kind && prev.LastTok == before - 1) return prev.Label;
        }

        return null;
    }

    /// <summary>The token before the trigger word in front of the figure, or -1.</summary>
    private int TriggerBefore(int before, int sFirst)
    {
        if (before < sFirst || !_t.IsWord(before)) return -1;
        var w = _t.Value(before)!.ToLowerInvariant();
        switch (w)
        {
            case "was":
            case "were":
            case "is":
            case "are":
            case "of":
            case "totaled":
            case "totalled":
            case "totaling":
            case "totalling":
            case "reached":
                return before - 1 >= sFirst ? before - 1 : -1;
            case "to":
                if (_t.Is(before - 1, "amounted") || _t.Is(before - 1, "amounting") || _t.Is(before - 1, "equal") || _t.Is(before - 1, "amount"))
                {
                    return before - 2 >= sFirst ? before - 2 : -1;
                }

                return -1;
            default:
                return -1;
        }
    }

    private bool Stops(int k) => !_t.IsWord(k) || _owner[k] >= 0 || WordTable.IsFunction(_t.Value(k)!);

    /// <summary>A noun phrase reading forward from token k.</summary>
    private string? Forward(int k, int sLast, bool skipDeterminers, bool requireLower)
    {
        if (skipDeterminers)
        {
            for (int n = 0; n < Bounds.LabelDeterminers && k <= sLast && _t.IsWord(k) && (WordTable.IsDeterminer(_t.Value(k)!) || WordShapes.IsPossessive(_t.Value(k)!)); n++)
            {
                k++;
            }
        }

        if (k > sLast || !_t.IsWord(k) || (requireLower && !_t.StartsLower(k))) return null;
        int first = k, last = -1, words = 0;
        while (words < MaxWords && k <= sLast && _t.IsWord(k) && _owner[k] < 0)
        {
            int ce = _t.CompoundEnd(k);
            if (ce > sLast) break;
            var w = _t.Value(k)!;
            var lastPiece = _t.IsWord(ce) ? _t.Value(ce)! : w;
            if (WordTable.IsFunction(w) || WordShapes.IsAdverb(w) || _t.IsMonth(k)) break;
            bool postModifier = WordShapes.IsParticiple(lastPiece) || (lastPiece.Length > 5 && lastPiece.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
            if (postModifier && Stops(ce + 1)) break;
            last = ce;
            words++;
            k = ce + 1;
            if (WordShapes.IsPluralish(lastPiece)) break;
        }

        return last < 0 ? null : _t.Slice(first, last);
    }

    /// <summary>A noun phrase reading backward from token k (its last word).</summary>
    private string? Backward(int k, int sFirst)
    {
        var parts = new List<(int A, int B)>();
        int p = k;
        int guard = 0;
        while (p >= sFirst && guard++ < Bounds.LabelLookBack)
        {
            if (_owner[p] >= 0)
            {
                var od = _drafts[_owner[p]];
                if (od.Kind != FigureKind.Date && od.Kind != FigureKind.FiscalPeriod) break;
                p = od.FirstTok - 1;
                for (int n = 0; n < Bounds.LabelDeterminers && p >= sFirst && (_t.Is(p, "the") || _t.Is(p, "for") || _t.Is(p, "in") || _t.Is(p, "during") || _t.Is(p, "of") || _t.Is(p, "as") || _t.Is(p, "at") || _t.Is(p, "on")); n++)
                {
                    p--;
                }

                continue;
            }

            if (_t.IsSymbol(p, ')'))
            {
                int open = -1;
                for (int q = p - 1; q >= sFirst && q >= p - Bounds.LabelParenthesisBack; q--)
                {
                    if (_t.IsSymbol(q, '('))
                    {
                        open = q;
                        break;
                    }

                    if (!_t.IsWord(q) && !_t.IsSymbol(q, '-')) break;
                }

                if (open < 0 || open == p - 1) break;
                parts.Add((open, p));
                p = open - 1;
                continue;
            }

            if (!_t.IsWord(p)) break;
            int cs = _t.CompoundStart(p);
            if (cs < sFirst) break;
            var w = _t.Value(p)!;
            var firstPiece = _t.IsWord(cs) ? _t.Value(cs)! : w;

            if (_t.Is(p, "of"))
            {
                if (parts.Count == 0) break;
                parts.Add((p, p));
                p--;
                continue;
            }

            if (parts.Count > 0 && _t.Is(p, "to") && (_t.Is(p - 1, "related") || _t.Is(p - 1, "relating") || _t.Is(p - 1, "subject") || _t.Is(p - 1, "attributable") || _t.Is(p - 1, "due")) && p - 1 >= sFirst)
            {
                int a = _t.Is(p - 1, "subject") && _t.Is(p - 2, "not") && p - 2 >= sFirst ? p - 2 : p - 1;
                parts.Add((a, p));
                p = a - 1;
                continue;
            }

            if (parts.Count > 0 && _t.Is(p, "with") && _t.Is(p - 1, "associated") && p - 1 >= sFirst)
            {
                parts.Add((p - 1, p));
                p -= 2;
                continue;
            }

            if (WordTable.IsDeterminer(firstPiece) || WordShapes.IsPossessive(w))
            {
                if (parts.Count > 0 && _t.Is(p - 1, "of") && p - 1 >= sFirst)
                {
                    parts.Add((cs, p));
                    p = cs - 1;
                    continue;
                }

                break;
            }

            if (WordTable.IsFunction(w))
            {
                if ((_t.Is(p, "and") || _t.Is(p, "or")) && parts.Count > 0)
                {
                    int c = FindCutConnector(p - 1, sFirst);
                    if (c >= 0)
                    {
                        parts.Clear();
                        p = c - 1;
                        continue;
                    }
                }

                break;
            }

            if (Verbs.Contains(w)) break;
            if (WordShapes.IsParticiple(w) && p - 1 >= sFirst && _t.IsWord(p - 1))
            {
                var pw = _t.Value(p - 1)!;
                if (WordTable.IsSubjectPronoun(pw) || (_t.StartsUpper(p - 1) && !WordTable.IsDeterminer(pw) && !WordShapes.IsPossessive(pw))) break;
            }

            if (WordShapes.IsAdverb(w)) break;
            parts.Add((cs, p));
            p = cs - 1;
        }

        if (parts.Count == 0) return null;
        parts.Reverse();

        // cut "... related to X": the head before the connector is what is measured
        for (int i = 1; i < parts.Count; i++)
        {
            var (a, b) = parts[i];
            if (b == a + 1 && _t.Is(b, "to") && (_t.Is(a, "related") || _t.Is(a, "relating") || _t.Is(a, "attributable") || _t.Is(a, "due")))
            {
                parts.RemoveRange(i, parts.Count - i);
                break;
            }

            if (b == a + 1 && _t.Is(b, "with") && _t.Is(a, "associated"))
            {
                parts.RemoveRange(i, parts.Count - i);
                break;
            }
        }

        // a participle right before the trigger ("Intangible assets estimated of ...") is not part of the name
        while (parts.Count > 1 && IsSingleWord(parts[parts.Count - 1]) && (WordShapes.IsParticiple(_t.Value(parts[parts.Count - 1].B)!) || _t.Is(parts[parts.Count - 1].B, "of")))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        while (parts.Count > MaxWords) parts.RemoveAt(0);
        while (parts.Count > 0 && IsSingleWord(parts[0]) && (_t.Is(parts[0].A, "of") || WordTable.IsDeterminer(_t.Value(parts[0].A)!) || WordShapes.IsPossessive(_t.Value(parts[0].A)!)))
        {
            parts.RemoveAt(0);
        }

        if (parts.Count == 0 || _t.IsAnySymbol(parts[0].A)) return null;
        var sb = new StringBuilder();
        foreach (var (a, b) in parts)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(_t.Slice(a, b));
        }

        return sb.ToString();
    }

    private bool IsSingleWord((int A, int B) part) => part.A == part.B && _t.IsWord(part.A);

    /// <summary>Looks back (within the clause) for "related to"/"relating to"/"attributable to"/"associated with";
    /// returns the index of its first word or -1.</summary>
    private int FindCutConnector(int p, int sFirst)
    {
        for (int n = 0; p >= sFirst && n < Bounds.LabelConnectorBack; n++)
        {
            if (_owner[p] >= 0) break;
            if (_t.IsAnySymbol(p) && !_t.IsSymbol(p, '-')) break;
            if ((_t.Is(p, "to") && (_t.Is(p - 1, "related") || _t.Is(p - 1, "relating") || _t.Is(p - 1, "attributable")))
                || (_t.Is(p, "with") && _t.Is(p - 1, "associated")))
            {
                return p - 1 >= sFirst ? p - 1 : -1;
            }

            p--;
        }

        return -1;
    }

    /// <summary>"IIJ invested ¥0.8 billion in Internet Revolution Inc." gives "invested in Internet Revolution Inc".</summary>
    private string? VerbAndTarget(int before, int after, int sFirst, int sLast)
    {
        if (!(_t.Is(after, "in") || _t.Is(after, "on") || _t.Is(after, "into"))) return null;
        int p = before;
        for (int n = 0; n < 4 && p >= sFirst && (_t.Is(p, "a") || _t.Is(p, "an") || _t.Is(p, "the") || _t.Is(p, "total") || _t.Is(p, "of") || _t.Is(p, "additional") || _t.Is(p, "aggregate") || _t.Is(p, "further")); n++)
        {
            p--;
        }

        if (p < sFirst || !_t.IsWord(p) || _owner[p] >= 0) return null;
        var v = _t.Value(p)!;
        if (!(Verbs.Contains(v) || (WordShapes.IsParticiple(v) && !WordTable.IsFunction(v)))) return null;

        int k = after + 1;
        for (int n = 0; n < Bounds.LabelDeterminers && k <= sLast && _t.IsWord(k) && (WordTable.IsDeterminer(_t.Value(k)!) || WordShapes.IsPossessive(_t.Value(k)!)); n++) k++;
        int first = k, last = -1, words = 0;
        while (words < 4 && k <= sLast && _t.IsWord(k) && _owner[k] < 0 && !WordTable.IsFunction(_t.Value(k)!))
        {
            last = _t.CompoundEnd(k);
            words++;
            k = last + 1;
        }

        if (last < 0) return null;
        return v + " " + _t.Value(after) + " " + _t.Slice(first, last);
    }
}
