using System.Collections.Generic;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// Gives each money, percentage and quantity figure the as-of date or period its sentence states: "As of March 31, 2010",
/// "as at ...", "at March 31, 2010", "for/in/during the fiscal year ended ...", "as of that date". The nearest such
/// context before the figure in the same sentence wins; failing that, the nearest one after it.
/// </summary>
internal static class AsOfResolver
{
    private readonly struct Context
    {
        public Context(int tok, int sentence, string text, FigureDate date, bool isPeriod)
        {
            Tok = tok;
            Sentence = sentence;
            Text = text;
            Date = date;
            IsPeriod = isPeriod;
        }

        public int Tok { get; }
        public int Sentence { get; }
        public string Text { get; }
        public FigureDate Date { get; }
        public bool IsPeriod { get; }
    }

    public static void Resolve(TokenList t, List<Draft> drafts, int[] tokSentence)
    {
        var contexts = new List<Context>();
        int di = 0;
        Draft? lastDated = null;
        for (int k = 0; k < t.Count; k++)
        {
            // "as of that date" refers to the last date or period before it in the sentence
            while (di < drafts.Count && drafts[di].FirstTok <= k)
            {
                var d = drafts[di];
                if (d.FirstTok == k)
                {
                    var c = ContextOf(t, d, tokSentence);
                    if (c.HasValue)
                    {
                        contexts.Add(c.Value);
                    }
                }

                if (d.Kind == FigureKind.Date || d.Kind == FigureKind.FiscalPeriod)
                {
                    lastDated = d;
                }

                di++;
            }

            if (t.Is(k, "as") && (t.Is(k + 1, "of") || t.Is(k + 1, "at")) && (t.Is(k + 2, "that") || t.Is(k + 2, "such")) && t.Is(k + 3, "date")
                && lastDated?.Date is not null && tokSentence[lastDated.LastTok] == tokSentence[k])
            {
                contexts.Add(new Context(k, tokSentence[k], t.Slice(k, k + 3), lastDated.Date, false));
            }
        }

        contexts.Sort((a, b) => a.Tok.CompareTo(b.Tok));
        int p = 0;
        foreach (var d in drafts)
        {
            if (d.Kind != FigureKind.Money && d.Kind != FigureKind.Percentage && d.Kind != FigureKind.Quantity)
            {
                continue;
            }

            while (p < contexts.Count && contexts[p].Tok < d.FirstTok)
            {
                p++;
            }

            int s = tokSentence[d.CoreTok];
            Context? chosen = null;
            if (p > 0 && contexts[p - 1].Sentence == s)
            {
                chosen = contexts[p - 1];
            }
            else
            {
                for (int q = p; q < contexts.Count && contexts[q].Sentence == s; q++)
                {
                    if (contexts[q].Tok > d.LastTok)
                    {
                        chosen = contexts[q];
                        break;
                    }
                }
            }

            if (chosen.HasValue)
            {
                d.AsOf = chosen.Value.Date;
                d.AsOfText = chosen.Value.Text;
                d.AsOfIsPeriod = chosen.Value.IsPeriod;
            }
        }
    }

    private static Context? ContextOf(TokenList t, Draft d, int[] tokSentence)
    {
        if (d.Date is null)
        {
            return null;
        }

        int p = d.FirstTok;
        int start = -1;
        if (d.Kind == FigureKind.Date)
        {
            if ((t.Is(p - 1, "of") || t.Is(p - 1, "at")) && t.Is(p - 2, "as"))
            {
                start = p - 2;
            }
            else if (t.Is(p - 1, "at") && d.Date.Precision == DatePrecision.Day)
            {
                start = p - 1;
            }
        }
        else if (d.Kind == FigureKind.FiscalPeriod)
        {
            int s = t.Is(p - 1, "the") ? p - 1 : p;
            if (t.Is(s - 1, "for") || t.Is(s - 1, "in") || t.Is(s - 1, "during") || t.Is(s - 1, "through") || t.Is(s - 1, "throughout"))
            {
                start = s - 1;
            }
            else if ((t.Is(s - 1, "of") || t.Is(s - 1, "at")) && t.Is(s - 2, "as"))
            {
                start = s - 2;
            }
        }

        if (start < 0 || tokSentence[start] != tokSentence[p])
        {
            return null;
        }

        return new Context(start, tokSentence[p], t.Slice(start, d.LastTok), d.Date, d.Kind == FigureKind.FiscalPeriod);
    }
}
