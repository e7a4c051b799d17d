using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Figures;

/// <summary>Number words: one to ninety-nine ("twenty-one"), "a dozen", and "N hundred".</summary>
internal static class NumberWords
{
    private static readonly string[] Units =
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    private static readonly string[] Tens =
    {
        string.Empty, string.Empty, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };

    // Looked up once per word: the scanner asks at every word of a filing.
    private static readonly Dictionary<string, int> UnitValues = Index(Units, 1, 1);
    private static readonly Dictionary<string, int> TensValues = Index(Tens, 2, 10);

    private static Dictionary<string, int> Index(string[] words, int from, int factor)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = from; k < words.Length; k++)
        {
            index[words[k]] = k * factor;
        }

        return index;
    }

    /// <summary>Whether <paramref name="word"/> is a number word ("eight", "twenty") on its own.</summary>
    public static bool IsNumberWord(string word) => UnitValues.ContainsKey(word) || TensValues.ContainsKey(word);

    private static int UnitValue(TokenList t, int i) => t.IsWord(i) && UnitValues.TryGetValue(t.Value(i)!, out var value) ? value : -1;

    private static int TensValue(TokenList t, int i) => t.IsWord(i) && TensValues.TryGetValue(t.Value(i)!, out var value) ? value : -1;

    /// <summary>Reads a number word at token i. <paramref name="end"/> is its last token.</summary>
    public static bool TryRead(TokenList t, int i, out int value, out int end)
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

        int u = UnitValue(t, i);
        if (u > 0)
        {
            value = u;
        }
        else
        {
            int tens = TensValue(t, i);
            if (tens < 0) return false;
            value = tens;
            if (t.IsSymbol(i + 1, '-') && t.Joined(i + 1) && t.Joined(i + 2))
            {
                int u2 = UnitValue(t, i + 2);
                if (u2 > 0 && u2 < 10)
                {
                    value += u2;
                    end = i + 2;
                }
            }
        }

        if (value < 10 && t.Is(end + 1, "hundred"))
        {
            value *= 100;
            end++;
        }

        return true;
    }

    /// <summary>Only a small word ("one".."nine"), used for ratio sides like "two-for-one".</summary>
    public static bool TryReadSimple(TokenList t, int i, out int value)
    {
        value = UnitValue(t, i);
        if (value > 0) return true;
        value = TensValue(t, i);
        return value > 0;
    }
}
