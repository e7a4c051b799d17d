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

    /// <summary>What a step of the backward walk returns when the phrase starts after the token it looked at: below every
    /// sentence's first token, so the walk stops on it.</summary>
    private const int PhraseStarted = int.MinValue;

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

    private readonly TokenList t;
    private readonly List<Draft> drafts;
    private readonly int[] owner;
    private readonly int[] sentFirst;
    private readonly int[] sentLast;
    private readonly int[] tokSentence;

    public FigureLabeler(TokenList t, List<Draft> drafts, int[] owner, int[] tokSentence, int[] sentFirst, int[] sentLast)
    {
        this.t = t;
        this.drafts = drafts;
        this.owner = owner;
        this.tokSentence = tokSentence;
        this.sentFirst = sentFirst;
        this.sentLast = sentLast;
    }

    public void Apply()
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Kind == FigureKind.Date || d.Kind == FigureKind.FiscalPeriod)
            {
                continue;
            }

            d.Label = Compute(k, d);
        }
    }

    private string? Compute(int index, Draft d)
    {
        if (d.Kind == FigureKind.Quantity || d.Kind == FigureKind.Ratio)
        {
            return d.Unit;
        }

        int s = tokSentence[d.CoreTok];
        int sFirst = sentFirst[s], sLast = sentLast[s];
        int before = d.FirstTok - 1, after = d.LastTok + 1;
        if (before < sFirst)
        {
            before = -1;
        }

        string? label;

        if (t.Is(after, "of") && (label = Forward(after + 1, sLast, skipDeterminers: true, requireLower: true)) != null)
        {
            return label;
        }

        if ((label = Forward(after, sLast, skipDeterminers: false, requireLower: true)) != null)
        {
            return label;
        }

        int subjectEnd = TriggerBefore(before, sFirst);
        if (subjectEnd >= 0 && (label = Backward(subjectEnd, sFirst)) != null && !Trivial.Contains(label))
        {
            return label;
        }

        if (t.Is(after, "in") && (label = Forward(after + 1, sLast, skipDeterminers: true, requireLower: true)) != null)
        {
            return label;
        }

        if ((t.Is(after, "was") || t.Is(after, "were") || t.Is(after, "is") || t.Is(after, "are"))
            && (label = Forward(after + 1, sLast, skipDeterminers: true, requireLower: true)) != null)
        {
            return label;
        }

        if (before >= sFirst + 1 && t.Is(before, "as") && t.Is(before - 1, "such") && (label = Backward(before - 2, sFirst)) != null)
        {
            return label;
        }

        if ((label = VerbAndTarget(before, after, sFirst, sLast)) != null)
        {
            return label;
        }

        if (index > 0 && before >= sFirst && (t.Is(before, "and") || t.Is(before, "or") || t.IsSymbol(before, ',')))
        {
            var prev = drafts[index - 1];
            if (prev.Kind == d.Kind && prev.LastTok == before - 1)
            {
                return prev.Label;
            }
        }

        return null;
    }

    /// <summary>The token before the trigger word in front of the figure, or -1.</summary>
    private int TriggerBefore(int before, int sFirst)
    {
        if (before < sFirst || !t.IsWord(before))
        {
            return -1;
        }

        var w = t.Value(before)!.ToLowerInvariant();
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
                if (t.Is(before - 1, "amounted") || t.Is(before - 1, "amounting") || t.Is(before - 1, "equal") || t.Is(before - 1, "amount"))
                {
                    return before - 2 >= sFirst ? before - 2 : -1;
                }

                return -1;
            default:
                return -1;
        }
    }

    private bool Stops(int k) => !t.IsWord(k) || owner[k] >= 0 || WordTable.IsFunction(t.Value(k)!);

    /// <summary>A noun phrase reading forward from token k.</summary>
    private string? Forward(int k, int sLast, bool skipDeterminers, bool requireLower)
    {
        if (skipDeterminers)
        {
            for (int n = 0; n < Bounds.LabelDeterminers && k <= sLast && t.IsWord(k) && (WordTable.IsDeterminer(t.Value(k)!) || WordShapes.IsPossessive(t.Value(k)!)); n++)
            {
                k++;
            }
        }

        if (k > sLast || !t.IsWord(k) || (requireLower && !t.StartsLower(k)))
        {
            return null;
        }

        int first = k, last = -1, words = 0;
        while (words < MaxWords && k <= sLast && t.IsWord(k) && owner[k] < 0)
        {
            int ce = t.CompoundEnd(k);
            if (ce > sLast)
            {
                break;
            }

            var w = t.Value(k)!;
            var lastPiece = t.IsWord(ce) ? t.Value(ce)! : w;
            if (WordTable.IsFunction(w) || WordShapes.IsAdverb(w) || t.IsMonth(k))
            {
                break;
            }

            bool postModifier = WordShapes.IsParticiple(lastPiece) || (lastPiece.Length > 5 && lastPiece.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
            if (postModifier && Stops(ce + 1))
            {
                break;
            }

            last = ce;
            words++;
            k = ce + 1;
            if (WordShapes.IsPluralish(lastPiece))
            {
                break;
            }
        }

        return last < 0 ? null : t.Slice(first, last);
    }

    /// <summary>A noun phrase reading backward from token k (its last word).</summary>
    private string? Backward(int k, int sFirst)
    {
        var parts = WalkBack(k, sFirst);
        if (parts.Count == 0)
        {
            return null;
        }

        parts.Reverse();
        CutConnectorTail(parts);
        TrimEnds(parts);
        if (parts.Count == 0 || t.IsAnySymbol(parts[0].A))
        {
            return null;
        }

        return Join(parts);
    }

    /// <summary>The phrase's pieces (words, compounds, parentheses, connectors) from token k back to where the phrase
    /// starts, last piece first, in at most <see cref="Bounds.LabelLookBack"/> steps.</summary>
    private List<(int A, int B)> WalkBack(int k, int sFirst)
    {
        var parts = new List<(int A, int B)>();
        int p = k;
        int guard = 0;
        while (p >= sFirst && guard++ < Bounds.LabelLookBack)
        {
            p = StepBack(p, sFirst, parts);
        }

        return parts;
    }

    /// <summary>One step of the backward walk at token p: the token to look at next, or <see cref="PhraseStarted"/>.</summary>
    private int StepBack(int p, int sFirst, List<(int A, int B)> parts)
    {
        if (owner[p] >= 0)
        {
            return SkipDateOrPeriod(p, sFirst);
        }

        if (t.IsSymbol(p, ')'))
        {
            return TakeParenthesis(p, sFirst, parts);
        }

        return t.IsWord(p) ? TakeWord(p, sFirst, parts) : PhraseStarted;
    }

    /// <summary>A date or period inside the subject ("Revenues for fiscal 2010 were") is stepped over with the prepositions
    /// before it; any other figure ends the walk.</summary>
    private int SkipDateOrPeriod(int p, int sFirst)
    {
        var od = drafts[owner[p]];
        if (od.Kind != FigureKind.Date && od.Kind != FigureKind.FiscalPeriod)
        {
            return PhraseStarted;
        }

        p = od.FirstTok - 1;
        for (int n = 0; n < Bounds.LabelDeterminers && p >= sFirst && (t.Is(p, "the") || t.Is(p, "for") || t.Is(p, "in") || t.Is(p, "during") || t.Is(p, "of") || t.Is(p, "as") || t.Is(p, "at") || t.Is(p, "on")); n++)
        {
            p--;
        }

        return p;
    }

    /// <summary>A short parenthesis of words ending at p ("(ADSs)") is a piece of the phrase; an empty, long or mixed one
    /// ends the walk.</summary>
    private int TakeParenthesis(int p, int sFirst, List<(int A, int B)> parts)
    {
        int open = -1;
        for (int q = p - 1; q >= sFirst && q >= p - Bounds.LabelParenthesisBack; q--)
        {
            if (t.IsSymbol(q, '('))
            {
                open = q;
                break;
            }

            if (!t.IsWord(q) && !t.IsSymbol(q, '-'))
            {
                break;
            }
        }

        if (open < 0 || open == p - 1)
        {
            return PhraseStarted;
        }

        parts.Add((open, p));
        return open - 1;
    }

    /// <summary>The word (or compound) ending at p: a piece of the phrase, or the word before it (a determiner, a function
    /// word, a verb, an adverb).</summary>
    private int TakeWord(int p, int sFirst, List<(int A, int B)> parts)
    {
        int cs = t.CompoundStart(p);
        if (cs < sFirst)
        {
            return PhraseStarted;
        }

        var w = t.Value(p)!;
        var firstPiece = t.IsWord(cs) ? t.Value(cs)! : w;

        // "of" joins two nouns ("cost of revenues"): it never ends the phrase
        if (t.Is(p, "of"))
        {
            if (parts.Count == 0)
            {
                return PhraseStarted;
            }

            parts.Add((p, p));
            return p - 1;
        }

        int connector = parts.Count > 0 ? ConnectorEndingAt(p, sFirst) : -1;
        if (connector >= 0)
        {
            parts.Add((connector, p));
            return connector - 1;
        }

        if (WordTable.IsDeterminer(firstPiece) || WordShapes.IsPossessive(w))
        {
            // a determiner after "of" is inside the phrase ("cost of the acquisition"); any other starts it
            if (parts.Count > 0 && t.Is(p - 1, "of") && p - 1 >= sFirst)
            {
                parts.Add((cs, p));
                return cs - 1;
            }

            return PhraseStarted;
        }

        if (WordTable.IsFunction(w))
        {
            return RestartBeforeConnector(p, sFirst, parts);
        }

        if (PrecedesPhrase(p, w, sFirst))
        {
            return PhraseStarted;
        }

        parts.Add((cs, p));
        return cs - 1;
    }

    /// <summary>The first word of "related to", "relating to", "(not) subject to", "attributable to", "due to" or
    /// "associated with" ending at p, or -1. The walk keeps it as one piece: <see cref="CutConnectorTail"/> then cuts the
    /// phrase there, but for "(not) subject to", which stays in the label.</summary>
    private int ConnectorEndingAt(int p, int sFirst)
    {
        if (t.Is(p, "to") && (t.Is(p - 1, "related") || t.Is(p - 1, "relating") || t.Is(p - 1, "subject") || t.Is(p - 1, "attributable") || t.Is(p - 1, "due")) && p - 1 >= sFirst)
        {
            return t.Is(p - 1, "subject") && t.Is(p - 2, "not") && p - 2 >= sFirst ? p - 2 : p - 1;
        }

        if (t.Is(p, "with") && t.Is(p - 1, "associated") && p - 1 >= sFirst)
        {
            return p - 1;
        }

        return -1;
    }

    /// <summary>A function word at p starts the phrase, but for "and"/"or" after a connector ("costs related to A and B"):
    /// what was read is the connector's object, so the walk starts over before the connector ("costs").</summary>
    private int RestartBeforeConnector(int p, int sFirst, List<(int A, int B)> parts)
    {
        if ((t.Is(p, "and") || t.Is(p, "or")) && parts.Count > 0)
        {
            int c = FindCutConnector(p - 1, sFirst);
            if (c >= 0)
            {
                parts.Clear();
                return c - 1;
            }
        }

        return PhraseStarted;
    }

    /// <summary>Whether the word at p comes before the phrase: a verb, a participle after its subject ("IIJ recorded",
    /// "we incurred"), or an adverb.</summary>
    private bool PrecedesPhrase(int p, string w, int sFirst)
    {
        if (Verbs.Contains(w))
        {
            return true;
        }

        if (WordShapes.IsParticiple(w) && p - 1 >= sFirst && t.IsWord(p - 1))
        {
            var pw = t.Value(p - 1)!;
            if (WordTable.IsSubjectPronoun(pw) || (t.StartsUpper(p - 1) && !WordTable.IsDeterminer(pw) && !WordShapes.IsPossessive(pw)))
            {
                return true;
            }
        }

        return WordShapes.IsAdverb(w);
    }

    /// <summary>Cuts "... related to X" (pieces in reading order): the head before the connector is what is measured.</summary>
    private void CutConnectorTail(List<(int A, int B)> parts)
    {
        for (int i = 1; i < parts.Count; i++)
        {
            var (a, b) = parts[i];
            if (b == a + 1 && t.Is(b, "to") && (t.Is(a, "related") || t.Is(a, "relating") || t.Is(a, "attributable") || t.Is(a, "due")))
            {
                parts.RemoveRange(i, parts.Count - i);
                break;
            }

            if (b == a + 1 && t.Is(b, "with") && t.Is(a, "associated"))
            {
                parts.RemoveRange(i, parts.Count - i);
                break;
            }
        }
    }

    /// <summary>Trims the pieces (in reading order) to a label: no participle or "of" at the end, at most
    /// <see cref="MaxWords"/> pieces, no "of", determiner or possessive at the start.</summary>
    private void TrimEnds(List<(int A, int B)> parts)
    {
        // a participle right before the trigger ("Intangible assets estimated of ...") is not part of the name
        while (parts.Count > 1 && IsSingleWord(parts[parts.Count - 1]) && (WordShapes.IsParticiple(t.Value(parts[parts.Count - 1].B)!) || t.Is(parts[parts.Count - 1].B, "of")))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        while (parts.Count > MaxWords)
        {
            parts.RemoveAt(0);
        }

        while (parts.Count > 0 && IsSingleWord(parts[0]) && (t.Is(parts[0].A, "of") || WordTable.IsDeterminer(t.Value(parts[0].A)!) || WordShapes.IsPossessive(t.Value(parts[0].A)!)))
        {
            parts.RemoveAt(0);
        }
    }

    /// <summary>The pieces' text, one space between pieces.</summary>
    private string Join(List<(int A, int B)> parts)
    {
        var sb = new StringBuilder();
        foreach (var (a, b) in parts)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(t.Slice(a, b));
        }

        return sb.ToString();
    }

    private bool IsSingleWord((int A, int B) part) => part.A == part.B && t.IsWord(part.A);

    /// <summary>Looks back (within the clause) for "related to"/"relating to"/"attributable to"/"associated with";
    /// returns the index of its first word or -1.</summary>
    private int FindCutConnector(int p, int sFirst)
    {
        for (int n = 0; p >= sFirst && n < Bounds.LabelConnectorBack; n++)
        {
            if (owner[p] >= 0)
            {
                break;
            }

            if (t.IsAnySymbol(p) && !t.IsSymbol(p, '-'))
            {
                break;
            }

            if ((t.Is(p, "to") && (t.Is(p - 1, "related") || t.Is(p - 1, "relating") || t.Is(p - 1, "attributable")))
                || (t.Is(p, "with") && t.Is(p - 1, "associated")))
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
        if (!(t.Is(after, "in") || t.Is(after, "on") || t.Is(after, "into")))
        {
            return null;
        }

        int p = before;
        for (int n = 0; n < 4 && p >= sFirst && (t.Is(p, "a") || t.Is(p, "an") || t.Is(p, "the") || t.Is(p, "total") || t.Is(p, "of") || t.Is(p, "additional") || t.Is(p, "aggregate") || t.Is(p, "further")); n++)
        {
            p--;
        }

        if (p < sFirst || !t.IsWord(p) || owner[p] >= 0)
        {
            return null;
        }

        var v = t.Value(p)!;
        if (!(Verbs.Contains(v) || (WordShapes.IsParticiple(v) && !WordTable.IsFunction(v))))
        {
            return null;
        }

        int k = after + 1;
        for (int n = 0; n < Bounds.LabelDeterminers && k <= sLast && t.IsWord(k) && (WordTable.IsDeterminer(t.Value(k)!) || WordShapes.IsPossessive(t.Value(k)!)); n++)
        {
            k++;
        }

        int first = k, last = -1, words = 0;
        while (words < 4 && k <= sLast && t.IsWord(k) && owner[k] < 0 && !WordTable.IsFunction(t.Value(k)!))
        {
            last = t.CompoundEnd(k);
            words++;
            k = last + 1;
        }

        if (last < 0)
        {
            return null;
        }

        return v + " " + t.Value(after) + " " + t.Slice(first, last);
    }
}
