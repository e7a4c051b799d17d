namespace TypedFiling.Parsing.Figures;

/// <summary>Ratios: "1 to 5 split", "two-for-one", "1-for-10 reverse split", "a ratio of 3:1".</summary>
internal static class RatioReader
{
    private static bool ReadRatioSide(ScanState s, int i, out decimal value)
    {
        var t = s.T;
        value = 0;
        if (t.IsNumber(i))
        {
            return t.TryNumber(i, out value);
        }

        if (NumberReader.TryReadSimple(t, i, out int v))
        {
            value = v;
            return true;
        }

        return false;
    }

    /// <summary>After a ratio: "split", "stock split", "reverse split", "reverse stock split". Returns the last token or -1.</summary>
    private static int ReadSplitPhrase(ScanState s, int k)
    {
        var t = s.T;
        int j = k;
        int n = 0;
        while (n < Bounds.SplitPhraseWords && (t.Is(j, "reverse") || t.Is(j, "forward") || t.Is(j, "stock") || t.Is(j, "share") || t.Is(j, "split")))
        {
            if (t.Is(j, "split"))
            {
                return j;
            }

            j++;
            n++;
        }

        return -1;
    }

    private static bool RatioContextBefore(ScanState s, int i)
    {
        var t = s.T;
        for (int k = i - 1; k >= i - Bounds.RatioContextBack && k >= s.Floor; k--)
        {
            if (t.Is(k, "ratio") || t.Is(k, "ratios"))
            {
                return true;
            }
        }

        return false;
    }

    public static Draft? TryRead(ScanState s, int i)
    {
        var t = s.T;
        if (!ReadRatioSide(s, i, out decimal a))
        {
            return null;
        }

        if (t.IsNumber(i) && t.Joined(i) && (t.IsWord(i - 1) || t.IsNumber(i - 1)))
        {
            return null;
        }

        decimal b;
        int last;
        if (t.IsSymbol(i + 1, '-') && t.Joined(i + 1) && (t.Is(i + 2, "for") || t.Is(i + 2, "to")) && t.Joined(i + 2)
            && t.IsSymbol(i + 3, '-') && t.Joined(i + 3) && t.Joined(i + 4) && ReadRatioSide(s, i + 4, out b))
        {
            last = i + 4;
            if (t.Is(i + 2, "to") && ReadSplitPhrase(s, last + 1) < 0 && !RatioContextBefore(s, i))
            {
                return null;
            }
        }
        else if ((t.Is(i + 1, "to") || t.Is(i + 1, "for")) && ReadRatioSide(s, i + 2, out b)
                 && !(t.Joined(i + 3) && (t.IsWord(i + 3) || t.IsNumber(i + 3) || t.IsSymbol(i + 3, '-') || t.IsSymbol(i + 3, '%'))))
        {
            last = i + 2;
            if (ReadSplitPhrase(s, last + 1) < 0 && !(t.Is(i - 1, "of") && RatioContextBefore(s, i)))
            {
                return null;
            }
        }
        else if (t.IsNumber(i) && t.IsSymbol(i + 1, ':') && t.Joined(i + 1) && t.Joined(i + 2) && t.IsNumber(i + 2) && t.TryNumber(i + 2, out b))
        {
            last = i + 2;
            if (!RatioContextBefore(s, i) && !t.Is(last + 1, "ratio") && ReadSplitPhrase(s, last + 1) < 0)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var d = new Draft { Kind = FigureKind.Ratio, FirstTok = i, CoreTok = i, LastTok = last, Value = a, Value2 = b };
        int split = ReadSplitPhrase(s, last + 1);
        if (split >= 0)
        {
            d.Unit = t.Slice(last + 1, split);
            d.LastTok = split;
        }

        return d;
    }
}
