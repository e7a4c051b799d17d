using System;
using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>A currency as read: its code, its last token, how it was written and the multiplier of a minor unit or "MUSD".</summary>
internal struct CurrencyMatch
{
    public string Code;
    public int Last;
    public CurrencyForm Form;
    public CurrencySource Source;

    /// <summary>1; 0.01 for cents; 1,000,000 for "MUSD".</summary>
    public decimal Multiplier;
    public int MinorDigits;
}

/// <summary>Reads the currency before or after an amount from the lexicon's one currency table: signs ("€", "$"), signs with
/// letters ("US$", "HK $", "C$"), ISO and local codes in either case where they are not words ("EUR", "RMB", "usd", "Rs."),
/// names ("yen", "Swiss francs", "U.S. dollars") and minor units ("cents", "pence", "¢", glued "c").</summary>
internal static class CurrencyReader
{
    /// <summary>A currency written before the number, ending right before it (the reader checks the number).</summary>
    public static bool TryPrefix(ScanState s, int i, out CurrencyMatch match)
    {
        var t = s.T;
        match = default;
        if (t.IsAnySymbol(i))
        {
            var code = WordTable.SignCode(t.SymbolAt(i));
            if (code is null)
            {
                return false;
            }

            Resolve(s, code, CurrencySource.Symbol, i, CurrencyForm.Code, ref match);
            return true;
        }

        if (!TryWordPhrase(t, i, prefix: true, out var phrase, out var end))
        {
            return false;
        }

        if (phrase!.Form == CurrencyForm.DollarPrefix)
        {
            int sign = end + 1;
            bool spacedOk = phrase.First.Length > 1 || phrase.First == "C" || phrase.First == "c";
            if (!t.IsSymbol(sign, '$') || (!t.Joined(sign) && !spacedOk))
            {
                return false;
            }

            Resolve(s, phrase.Code, CurrencySource.Symbol, sign, CurrencyForm.Code, ref match);
            return true;
        }

        if (phrase.Form == CurrencyForm.Minor)
        {
            return false;
        }

        // "AUD$ 15", "MXN$15", "CAD $125,000": a code before a dollar sign
        if (phrase.Form == CurrencyForm.Code && t.IsSymbol(end + 1, '$') && (t.Joined(end + 1) || phrase.First.Length > 1) && t.IsNumber(end + 2))
        {
            Resolve(s, phrase.Code, CurrencySource.Symbol, end + 1, CurrencyForm.Code, ref match);
            return true;
        }

        // "ALL 5 solutions": a code that is also a word is a code only glued to its amount ("ALL5")
        if (phrase.Form == CurrencyForm.Code && phrase.ExactCase && phrase.Multiplier == 1 && !t.Joined(end + 1) && IsWordCode(phrase.First))
        {
            return false;
        }

        // "Rs. 250 crore": the period of an abbreviated code
        if (t.IsSymbol(end + 1, '.') && t.Joined(end + 1) && t.IsNumber(end + 2))
        {
            end++;
        }

        Resolve(s, phrase.Code, phrase.Form == CurrencyForm.Name ? CurrencySource.Name : CurrencySource.Code, end, phrase.Form, ref match);
        match.Multiplier = phrase.Multiplier;
        return true;
    }

    /// <summary>A currency written after the number: "yen", "Swiss francs", "EUR", "KWD", "5 €", "20€", "10$", "64.2 cents", "43c".</summary>
    public static bool TrySuffix(ScanState s, int i, out CurrencyMatch match)
    {
        var t = s.T;
        match = default;
        if (t.IsAnySymbol(i))
        {
            char c = t.SymbolAt(i);
            if (c == '\u00A2')
            {
                Resolve(s, CurrencyData.Dollar, CurrencySource.Symbol, i, CurrencyForm.Minor, ref match);
                return true;
            }

            var code = WordTable.SignCode(c);

            // a spaced sign before another number is that number's prefix ("5 $10 bills" is not "5 $")
            if (code is null || (!t.Joined(i) && t.IsNumber(i + 1)))
            {
                return false;
            }

            Resolve(s, code, CurrencySource.Symbol, i, CurrencyForm.Code, ref match);
            return true;
        }

        // "43c", "50p": a glued minor-unit letter
        if (t.Joined(i) && t.IsNumber(i - 1) && (t.IsExact(i, "c") || t.IsExact(i, "p")) && !t.IsWord(i + 1 < t.Count && t.Joined(i + 1) ? i + 1 : -1))
        {
            Resolve(s, t.IsExact(i, "c") ? CurrencyData.Dollar : "GBP", CurrencySource.Name, i, CurrencyForm.Minor, ref match);
            return true;
        }

        if (!TryWordPhrase(t, i, prefix: false, out var phrase, out var end) || phrase!.Form == CurrencyForm.DollarPrefix)
        {
            // "US$" after the number: "3.14US$"
            if (phrase is { Form: CurrencyForm.DollarPrefix } && t.IsSymbol(end + 1, '$') && t.Joined(end + 1))
            {
                Resolve(s, phrase.Code, CurrencySource.Symbol, end + 1, CurrencyForm.Code, ref match);
                return true;
            }

            return false;
        }

        var source = phrase.Form == CurrencyForm.Code ? CurrencySource.Code : CurrencySource.Name;
        Resolve(s, phrase.Code, source, end, phrase.Form, ref match);
        match.Multiplier = phrase.Form == CurrencyForm.Minor ? 0 : phrase.Multiplier;
        return true;
    }

    private static void Resolve(ScanState s, string code, CurrencySource source, int last, CurrencyForm form, ref CurrencyMatch match)
    {
        match.Last = last;
        match.Form = form;
        match.Multiplier = 1;
        if (code == CurrencyData.Dollar)
        {
            match.Code = s.O.DollarCurrency;
            match.Source = s.O.DollarSource == CurrencySource.Symbol ? source : s.O.DollarSource;
        }
        else if (code == CurrencyData.Yen)
        {
            match.Code = s.O.YenCurrency;
            match.Source = s.O.YenSource == CurrencySource.Symbol ? source : s.O.YenSource;
        }
        else
        {
            match.Code = code;
            match.Source = source;
        }

        match.MinorDigits = CurrencyPhrases.MinorDigitsOf(match.Code);
    }

    /// <summary>The longest currency phrase of the lexicon that starts at token i.</summary>
    private static bool TryWordPhrase(TokenList t, int i, bool prefix, out CurrencyPhrase? phrase, out int end)
    {
        phrase = null;
        end = i;
        if (!t.IsWord(i))
        {
            return false;
        }

        var lexeme = t.Lex(i);
        int afterFirst = i;
        string? dotted = null;
        if (t.Value(i)!.Length == 1 && t.IsSymbol(i + 1, '.') && t.Joined(i + 1) && t.IsWord(i + 2) && t.Joined(i + 2) && t.Value(i + 2)!.Length == 1)
        {
            // "U.S.", "U.K.", "U.A.E.": letters and dots read as one word
            dotted = Dotted(t, i, out afterFirst);
            lexeme = WordTable.Find(dotted);
        }

        if (lexeme?.Currencies is null)
        {
            return false;
        }

        foreach (var candidate in lexeme.Currencies)
        {
            if (candidate.ExactCase && (dotted is not null || !string.Equals(candidate.First, t.Value(i), StringComparison.Ordinal)))
            {
                continue;
            }

            if (candidate.Form == CurrencyForm.Name && prefix && candidate.Rest.Length == 0 && t.StartsLower(i) && IsAmbiguousName(candidate))
            {
                continue;
            }

            if (MatchRest(t, afterFirst + 1, candidate.Rest, out end))
            {
                phrase = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool IsWordCode(string code) => Array.IndexOf(CurrencyData.CodesThatAreWords, code.ToLowerInvariant()) >= 0;

    /// <summary>Bare names that are English words before a number ("real 5", "won 3") are not currencies.</summary>
    private static bool IsAmbiguousName(CurrencyPhrase phrase) => phrase.First is "real" or "won" or "sol" or "mark" or "marks" or "rand";

    private static string Dotted(TokenList t, int i, out int last)
    {
        var chars = new char[8];
        int n = 0, k = i;
        last = i;
        while (n < chars.Length && t.IsWord(k) && t.Value(k)!.Length == 1 && (k == i || t.Joined(k)))
        {
            chars[n++] = char.ToLowerInvariant(t.Value(k)![0]);
            last = k;
            if (t.IsSymbol(k + 1, '.') && t.Joined(k + 1))
            {
                last = k + 1;
                k += 2;
            }
            else
            {
                break;
            }
        }

        return new string(chars, 0, n);
    }

    private static bool MatchRest(TokenList t, int k, string[] rest, out int end)
    {
        end = k - 1;
        foreach (var word in rest)
        {
            if (!t.IsWord(k))
            {
                return false;
            }

            if (t.Value(k)!.Length == 1 && t.IsSymbol(k + 1, '.'))
            {
                if (!string.Equals(Dotted(t, k, out var last), word, StringComparison.Ordinal))
                {
                    return false;
                }

                end = last;
                k = last + 1;
                continue;
            }

            if (!string.Equals(t.Value(k), word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            end = k++;
        }

        return true;
    }
}
