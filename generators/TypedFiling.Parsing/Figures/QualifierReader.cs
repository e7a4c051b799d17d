namespace TypedFiling.Parsing.Figures;

/// <summary>The hedge before a figure ("approximately", "more than", "no more than", "in excess of", "approx."),
/// looked for only above the floor: a hedge an earlier figure took is not taken twice.</summary>
internal static class QualifierReader
{
    public static void Apply(ScanState s, Draft d)
    {
        Find(s, d.FirstTok, out var q, out var start);
        if (q == Qualifier.None)
        {
            return;
        }

        d.Qualifier = q;
        d.QualifierText = s.T.Slice(start, d.FirstTok - 1);
        d.FirstTok = start;
    }

    private static void Find(ScanState s, int first, out Qualifier q, out int start)
    {
        var t = s.T;
        q = Qualifier.None;
        start = first;
        if (first - 2 >= s.Floor && t.IsSymbol(first - 1, '.') && t.Is(first - 2, "approx"))
        {
            q = Qualifier.Approximately;
            start = first - 2;
            return;
        }

        int p = first - 1;
        if (p < s.Floor || !t.IsWord(p))
        {
            return;
        }

        bool Ok(int k) => k >= s.Floor && t.IsWord(k);

        if (t.Is(p, "than") && Ok(p - 1))
        {
            if (t.Is(p - 1, "more") || t.Is(p - 1, "greater") || t.Is(p - 1, "higher"))
            {
                bool atMost = Ok(p - 2) && t.Is(p - 2, "no");
                q = atMost ? Qualifier.AtMost : Qualifier.MoreThan;
                start = atMost ? p - 2 : p - 1;
            }
            else if (t.Is(p - 1, "less") || t.Is(p - 1, "fewer") || t.Is(p - 1, "lower"))
            {
                bool atLeast = Ok(p - 2) && t.Is(p - 2, "no");
                q = atLeast ? Qualifier.AtLeast : Qualifier.LessThan;
                start = atLeast ? p - 2 : p - 1;
            }

            return;
        }

        if (Ok(p - 1) && TwoWords(t, p, out q))
        {
            start = q == Qualifier.InExcessOf ? p - 2 : p - 1;
            if (q == Qualifier.InExcessOf && !(Ok(p - 2) && t.Is(p - 2, "in")))
            {
                q = Qualifier.None;
            }

            return;
        }

        if (t.Is(p, "estimated"))
        {
            q = Qualifier.Estimated;
            start = Ok(p - 1) && (t.Is(p - 1, "an") || t.Is(p - 1, "a")) ? p - 1 : p;
            return;
        }

        q = OneWord(t.Value(p)!);
        if (q != Qualifier.None)
        {
            start = p;
        }
    }

    /// <summary>"up to", "at least", "at most", "(in) excess of".</summary>
    private static bool TwoWords(TokenList t, int p, out Qualifier q)
    {
        q = t.Is(p, "to") && t.Is(p - 1, "up") ? Qualifier.UpTo
            : t.Is(p, "least") && t.Is(p - 1, "at") ? Qualifier.AtLeast
            : t.Is(p, "most") && t.Is(p - 1, "at") ? Qualifier.AtMost
            : t.Is(p, "of") && t.Is(p - 1, "excess") ? Qualifier.InExcessOf
            : Qualifier.None;
        return q != Qualifier.None;
    }

    private static Qualifier OneWord(string w) => w.ToLowerInvariant() switch
    {
        "approximately" or "approx" => Qualifier.Approximately,
        "about" => Qualifier.About,
        "around" => Qualifier.Around,
        "over" or "above" => Qualifier.Over,
        "under" or "below" => Qualifier.LessThan,
        "nearly" => Qualifier.Nearly,
        "almost" => Qualifier.Almost,
        "roughly" => Qualifier.Roughly,
        _ => Qualifier.None,
    };
}
