using System.Collections.Generic;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// One left-to-right pass over the tokens of a block. At each token the readers are tried in a fixed order
/// (fiscal period, date, ratio, money, percentage, quantity, bare year); each looks ahead a bounded number of
/// tokens, and a match consumes its tokens, so the cost is linear in the text length.
/// </summary>
internal sealed partial class ScanContext
{
    private int _floor;

    public ScanContext(TokenList tokens, FigureScanOptions options)
    {
        T = tokens;
        O = options;
    }

    public TokenList T { get; }

    public FigureScanOptions O { get; }

    public List<Draft> Drafts { get; } = new List<Draft>();

    public void Run()
    {
        int n = T.Count;
        int i = 0;
        while (i < n)
        {
            if (!CanStart(i))
            {
                i++;
                continue;
            }

            var d = TryPeriod(i) ?? TryDate(i) ?? TryRatio(i) ?? TryMoney(i) ?? TryPercent(i) ?? TryQuantity(i) ?? TryYear(i);
            if (d is null)
            {
                i++;
                continue;
            }

            Drafts.Add(d);
            _floor = d.LastTok + 1;
            for (var more = TryFollowingPeriodYear(d); more != null; more = TryFollowingPeriodYear(more))
            {
                Drafts.Add(more);
                d = more;
            }

            _floor = d.LastTok + 1;
            i = d.LastTok + 1;
        }
    }

    private Draft? Last => Drafts.Count == 0 ? null : Drafts[Drafts.Count - 1];

    /// <summary>
    /// Whether any reader can start a figure at token <paramref name="i"/>: a number, an opening parenthesis,
    /// a currency sign or code, a number word, a month, or a word that opens a period ("fiscal", "FY2010",
    /// "quarter"). Most words of a filing are none of these and skip the seven readers.
    /// </summary>
    private bool CanStart(int i)
    {
        if (T.IsNumber(i))
        {
            return true;
        }

        if (T.IsWord(i))
        {
            var word = T.Value(i)!;
            return WordLists.PeriodOpenings.Contains(word) || NumberWords.IsNumberWord(word) ||
                (word.Length >= 2 && word[0] == 'F' && word[1] == 'Y') || WordLists.IsMonthWord(T, i) ||
                CurrencyTable.TryPrefix(T, i, O, out _, out _);
        }

        return T.IsSymbol(i, '(') || CurrencyTable.TryPrefix(T, i, O, out _, out _);
    }

    /// <summary>A number that is part of a name or a reference: "IIJ-Global"-style compounds, "Form 20-F", "COVID-19",
    /// "Item 3.D", "Note 10", "No. 5", "3D".</summary>
    private bool IsNamePart(int n)
    {
        // glued to a word or number before it: "M 23", "COVID-19"
        if (T.Joined(n) && (T.IsWord(n - 1) || T.IsNumber(n - 1))) return true;
        if (T.Joined(n) && (T.IsSymbol(n - 1, '-') || T.IsSymbol(n - 1, '/') || T.IsSymbol(n - 1, '.') || T.IsSymbol(n - 1, '#') || T.IsSymbol(n - 1, '_'))
            && (T.IsSymbol(n - 1, '#') || (T.Joined(n - 1) && (T.IsWord(n - 2) || T.IsNumber(n - 2)))))
        {
            return true;
        }

        // glued to a word after it ("3D", "10b"), except scale and ordinal suffixes
        if (T.Joined(n + 1) && T.IsWord(n + 1))
        {
            var w = T.Value(n + 1)!.ToLowerInvariant();
            if (w != "m" && w != "k" && w != "bn" && w != "mn" && w != "st" && w != "nd" && w != "rd" && w != "th") return true;
        }

        // "20-F", "2-year", "3.D"
        if (T.Joined(n + 1) && (T.IsSymbol(n + 1, '-') || T.IsSymbol(n + 1, '.') || T.IsSymbol(n + 1, '_')) && T.Joined(n + 2) && (T.IsWord(n + 2) || T.IsNumber(n + 2))) return true;

        return IsReference(n);
    }

    /// <summary>"Item 5", "Note 10", "No. 5", "page 12", "aged 45".</summary>
    private bool IsReference(int n)
    {
        var prev = T.Value(n - 1);
        if (T.IsWord(n - 1) && WordLists.References.Contains(prev!)) return true;
        if (T.IsSymbol(n - 1, '.') && T.IsWord(n - 2) && WordLists.References.Contains(T.Value(n - 2)!)) return true;

        // "Item 4., 5 and 6" style lists are rare; "Items 7 and 8": the second number follows "and" after a reference number
        if ((T.Is(n - 1, "and") || T.IsSymbol(n - 1, ',')) && T.IsNumber(n - 2) && T.IsWord(n - 3) && WordLists.References.Contains(T.Value(n - 3)!)) return true;
        return false;
    }

    /// <summary>Looks back from the figure's first token for a qualifier that no earlier figure consumed.</summary>
    private void FindQualifier(int first, out Qualifier q, out int start)
    {
        q = Qualifier.None;
        start = first;
        int p = first - 1;
        if (p < _floor || !T.IsWord(p)) return;

        bool Ok(int k) => k >= _floor && T.IsWord(k);

        if (T.Is(p, "than") && Ok(p - 1))
        {
            if (T.Is(p - 1, "more"))
            {
                if (Ok(p - 2) && T.Is(p - 2, "no"))
                {
                    q = Qualifier.AtMost;
                    start = p - 2;
                }
                else
                {
                    q = Qualifier.MoreThan;
                    start = p - 1;
                }
            }
            else if (T.Is(p - 1, "less") || T.Is(p - 1, "fewer"))
            {
                q = Qualifier.LessThan;
                start = p - 1;
            }

            return;
        }

        if (T.Is(p, "to") && Ok(p - 1) && T.Is(p - 1, "up"))
        {
            q = Qualifier.UpTo;
            start = p - 1;
            return;
        }

        if (T.Is(p, "least") && Ok(p - 1) && T.Is(p - 1, "at"))
        {
            q = Qualifier.AtLeast;
            start = p - 1;
            return;
        }

        if (T.Is(p, "most") && Ok(p - 1) && T.Is(p - 1, "at"))
        {
            q = Qualifier.AtMost;
            start = p - 1;
            return;
        }

        if (T.Is(p, "of") && Ok(p - 1) && T.Is(p - 1, "excess") && Ok(p - 2) && T.Is(p - 2, "in"))
        {
            q = Qualifier.InExcessOf;
            start = p - 2;
            return;
        }

        if (T.Is(p, "estimated"))
        {
            q = Qualifier.Estimated;
            start = Ok(p - 1) && (T.Is(p - 1, "an") || T.Is(p - 1, "a")) ? p - 1 : p;
            return;
        }

        var w = T.Value(p)!.ToLowerInvariant();
        switch (w)
        {
            case "approximately":
            case "approx":
                q = Qualifier.Approximately;
                break;
            case "about":
                q = Qualifier.About;
                break;
            case "around":
                q = Qualifier.Around;
                break;
            case "over":
                q = Qualifier.Over;
                break;
            case "nearly":
                q = Qualifier.Nearly;
                break;
            case "almost":
                q = Qualifier.Almost;
                break;
            case "roughly":
                q = Qualifier.Roughly;
                break;
            default:
                return;
        }

        start = p;
    }

    /// <summary>"approx." before a figure: the period after "approx" is a token of its own.</summary>
    private void FindQualifierWithAbbreviation(int first, out Qualifier q, out int start)
    {
        if (first - 2 >= _floor && T.IsSymbol(first - 1, '.') && T.Is(first - 2, "approx"))
        {
            q = Qualifier.Approximately;
            start = first - 2;
            return;
        }

        FindQualifier(first, out q, out start);
    }

    private void ApplyQualifier(Draft d)
    {
        FindQualifierWithAbbreviation(d.FirstTok, out var q, out var start);
        if (q == Qualifier.None) return;
        d.Qualifier = q;
        d.QualifierText = T.Slice(start, d.FirstTok - 1);
        d.FirstTok = start;
    }
}
