using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>An amount as read: its value (scale applied), its tokens and the scale word.</summary>
internal struct Amount
{
    public decimal Value;
    public int First;
    public int Last;
    public string? Scale;

    /// <summary>Written in words ("five million", "half a million").</summary>
    public bool InWords;

    /// <summary>A whole number with no scale and no decimals: what a compound's minor part may follow ("3 dollars 50 cents").</summary>
    public bool IsWholeUnscaled;
}

/// <summary>Reads numbers: digits ("1,600", "0.2", "9 1/2", "9½"), number words ("twenty-one", "three thousand",
/// "half a million", "three quarters of a billion"), and the scale after either ("million", "bn", "lakh", "crore", glued "m"/"k").</summary>
internal static class NumberReader
{
    /// <summary>A scale word at i: "m", "k", "b" only glued to the number, "MM" only in capitals.</summary>
    public static bool TryScale(TokenList t, int i, bool money, out decimal multiplier)
    {
        multiplier = 1;
        var lexeme = t.Lex(i);
        if (lexeme is null || !lexeme.Has(WordRole.Scale))
        {
            return false;
        }

        if (lexeme.ScaleNeedsGlue && !t.Joined(i))
        {
            return false;
        }

        var w = t.Value(i)!;
        if (w.Length == 1 && (w == "b" || w == "B") && !money)
        {
            return false;
        }

        if (string.Equals(w, "mm", System.StringComparison.OrdinalIgnoreCase) && w != "MM")
        {
            return false;
        }

        multiplier = lexeme.Scale;
        return true;
    }

    /// <summary>A number token (with a fraction after it) and its scale.</summary>
    public static bool TryDigits(TokenList t, int i, bool money, out Amount amount)
    {
        amount = default;
        if (!t.TryNumber(i, out var value))
        {
            return false;
        }

        int last = i;
        bool whole = t.Value(i)!.IndexOf('.') < 0;
        if (TryFraction(t, i + 1, out var fraction, out var fractionLast) && whole)
        {
            value += fraction;
            last = fractionLast;
            whole = false;
        }

        amount.First = i;
        amount.Value = value;
        amount.IsWholeUnscaled = whole;
        ApplyScale(t, ref amount, last, money);
        return true;
    }

    private static void ApplyScale(TokenList t, ref Amount amount, int last, bool money)
    {
        amount.Last = last;
        if (TryScale(t, last + 1, money, out var multiplier) && TryMultiply(amount.Value, multiplier, out var scaled))
        {
            amount.Value = scaled;
            amount.Scale = t.Value(last + 1);
            amount.Last = last + 1;
            amount.IsWholeUnscaled = false;
        }
    }

    /// <summary>"½" glued, or " 1/2" (also " 3 / 4", as typeset text spaces it) after a whole number.</summary>
    private static bool TryFraction(TokenList t, int k, out decimal fraction, out int last)
    {
        fraction = 0;
        last = k;
        if (t.Joined(k) && t.IsAnySymbol(k))
        {
            fraction = t.SymbolAt(k) switch { '\u00BD' => 0.5m, '\u00BC' => 0.25m, '\u00BE' => 0.75m, '\u215B' => 0.125m, _ => 0m };
            return fraction > 0;
        }

        if (!t.IsNumber(k) || t.Joined(k) || !t.IsSymbol(k + 1, '/') || !t.IsNumber(k + 2))
        {
            return false;
        }

        if (!t.IsSmallInt(k, 15, out var top) || !t.IsSmallInt(k + 2, 16, out var bottom) || top >= bottom)
        {
            return false;
        }

        if (bottom != 2 && bottom != 4 && bottom != 8 && bottom != 16 && bottom != 3)
        {
            return false;
        }

        fraction = (decimal)top / bottom;
        last = k + 2;
        return true;
    }

    /// <summary>value × multiplier, or false if it would overflow decimal.</summary>
    public static bool TryMultiply(decimal value, decimal multiplier, out decimal result)
    {
        result = 0;
        if (multiplier != 1 && value > decimal.MaxValue / multiplier)
        {
            return false;
        }

        result = value * multiplier;
        return true;
    }

    private static int WordNumber(TokenList t, int i) => t.Lex(i) is { Number: >= 0 } lexeme && lexeme.Has(WordRole.NumberWord) ? lexeme.Number : -1;

    /// <summary>"one" .. "ninety-nine", "forty five": 0..99, or -1.</summary>
    private static int ReadBelowHundred(TokenList t, int i, out int last)
    {
        last = i;
        int v = WordNumber(t, i);
        if (v < 0 || v >= 100)
        {
            return -1;
        }

        if (v >= 20 && v % 10 == 0)
        {
            int k = t.IsSymbol(i + 1, '-') && t.Joined(i + 1) && t.Joined(i + 2) ? i + 2 : i + 1;
            int u = WordNumber(t, k);
            if (u > 0 && u < 10)
            {
                v += u;
                last = k;
            }
        }

        return v;
    }

    /// <summary>Number words with their scales: "five million", "three thousand", "one hundred and five", "half a million",
    /// "a quarter million", "three quarters of a billion", "a dozen", "one point three". An article alone is not a number.</summary>
    public static bool TryWords(TokenList t, int i, out Amount amount)
    {
        amount = default;
        amount.First = i;
        amount.InWords = true;
        bool article = t.Is(i, "a") || t.Is(i, "an");
        var tally = new WordTally { Total = 0, Current = -1, Last = -1, Next = article ? i + 1 : i };
        if (TryFractionWords(t, tally.Next, article, out var fraction, out var fractionEnd))
        {
            tally.Current = fraction;
            tally.Last = fractionEnd;
            tally.Next = fractionEnd + 1;
        }

        while (t.InRange(tally.Next))
        {
            if (!TakeNumberWord(t, article, ref tally, ref amount))
            {
                break;
            }
        }

        if (tally.Last < 0)
        {
            return false;
        }

        TakePointDigit(t, ref tally);
        amount.Value = tally.Total + (tally.Current > 0 ? tally.Current : 0);
        amount.Last = tally.Last;
        amount.IsWholeUnscaled = amount.Scale is null && amount.Value == decimal.Truncate(amount.Value);
        return amount.Value > 0 || (tally.Current == 0 && WordNumber(t, i) == 0);
    }

    /// <summary>Takes the number word at tally.Next into the tally, in the order "twenty", "hundred", "million", "dozen";
    /// false where it is none of them (or one that cannot follow what was read).</summary>
    private static bool TakeNumberWord(TokenList t, bool article, ref WordTally tally, ref Amount amount)
    {
        int k = tally.Next;

        // units after nothing, after a scale or after whole hundreds ("two hundred five")
        bool takesUnits = tally.Current <= 0 || (tally.Current >= 100 && tally.Current % 100 == 0);
        int end = k;
        int v = takesUnits ? ReadBelowHundred(t, k, out end) : -1;
        if (v >= 0)
        {
            tally.Current = (tally.Current < 0 ? 0 : tally.Current) + v;
            tally.Last = end;
            tally.Next = end + 1;
            return true;
        }

        if (t.Is(k, "hundred") && tally.Current is > 0 and < 100)
        {
            tally.Current *= 100;
            TakeWordBeforeAnd(t, ref tally);
            return true;
        }

        if (t.Lex(k) is { } scale && scale.Has(WordRole.Scale) && !scale.ScaleNeedsGlue && (tally.Current > 0 || (article && tally.Current < 0)))
        {
            tally.Total += (tally.Current < 0 ? 1 : tally.Current) * scale.Scale;
            tally.Current = 0;
            amount.Scale = t.Value(k);
            TakeWordBeforeAnd(t, ref tally);
            return true;
        }

        if (t.Is(k, "dozen") && tally.Last < 0)
        {
            tally.Current = 12;
            tally.Last = k;
            tally.Next = k + 1;
            return true;
        }

        return false;
    }

    /// <summary>Takes the word at tally.Next and an "and" after it when units follow ("one hundred and five").</summary>
    private static void TakeWordBeforeAnd(TokenList t, ref WordTally tally)
    {
        int k = tally.Next;
        tally.Last = k++;
        if (t.Is(k, "and") && ReadBelowHundred(t, k + 1, out _) > 0)
        {
            k++;
        }

        tally.Next = k;
    }

    /// <summary>"one point three": a digit word after "point" when what was read is below a hundred.</summary>
    private static void TakePointDigit(TokenList t, ref WordTally tally)
    {
        if (tally.Current > 0 && tally.Current < 100 && t.Is(tally.Last + 1, "point") && ReadBelowHundred(t, tally.Last + 2, out var pointEnd) is >= 0 and < 10 and var digit)
        {
            tally.Current += digit / 10m;
            tally.Last = pointEnd;
        }
    }

    /// <summary>"half a", "half", "a quarter", "three quarters of a", "one-half of": the fraction before a scale.</summary>
    private static bool TryFractionWords(TokenList t, int k, bool article, out decimal fraction, out int last)
    {
        fraction = 0;
        last = k;
        int count = 1;
        int q = k;
        if (!article && ReadBelowHundred(t, k, out var countEnd) is > 0 and < 10 and var n && (t.Is(countEnd + 1, "quarters") || t.Is(countEnd + 1, "quarter")))
        {
            count = n;
            q = countEnd + 1;
        }

        if (t.Is(q, "half") && q == k)
        {
            fraction = 0.5m;
        }
        else if (t.Is(q, "quarter") || t.Is(q, "quarters"))
        {
            fraction = 0.25m * count;
        }
        else
        {
            return false;
        }

        last = q;
        int m = q + 1;
        if (t.Is(m, "of"))
        {
            m++;
        }

        if (t.Is(m, "a") || t.Is(m, "an"))
        {
            m++;
        }

        // only before a scale: "half a million", "three quarters of a billion"; "a quarter" alone is a period
        if (!(t.Lex(m) is { } scale && scale.Has(WordRole.Scale) && !scale.ScaleNeedsGlue))
        {
            return false;
        }

        last = m - 1;
        return true;
    }

    /// <summary>A small number word for counts and periods ("eight", "twenty-one", "a dozen", "three hundred").</summary>
    public static bool TryCount(TokenList t, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        if (t.Is(i, "a") && t.Is(i + 1, "dozen"))
        {
            value = 12;
            end = i + 1;
            return true;
        }

        if (t.Is(i, "dozen") && !t.Is(i - 1, "a"))
        {
            value = 12;
            return true;
        }

        value = ReadBelowHundred(t, i, out end);
        if (value <= 0)
        {
            return false;
        }

        if (value < 10 && t.Is(end + 1, "hundred"))
        {
            value *= 100;
            end++;
        }

        return true;
    }

    /// <summary>Only one word ("one".."ninety"), used for ratio sides like "two-for-one".</summary>
    public static bool TryReadSimple(TokenList t, int i, out int value)
    {
        value = WordNumber(t, i);
        return value > 0 && value < 100;
    }

    /// <summary>Number words as <see cref="TryWords"/> reads them, passed by reference so reading allocates nothing.</summary>
    private struct WordTally
    {
        /// <summary>What the groups closed by a scale add up to ("three million" of "three million two hundred").</summary>
        public decimal Total;

        /// <summary>The group being read, before its scale; -1 before any number word.</summary>
        public decimal Current;

        /// <summary>The last token read, or -1.</summary>
        public int Last;

        /// <summary>The token to read next.</summary>
        public int Next;
    }
}
