using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Lexicon;

/// <summary>Turns the rows of <see cref="CurrencyData"/> into the lexicon's currency phrases and the country table.</summary>
internal static class CurrencyPhrases
{
    private static readonly Dictionary<string, string> CountryCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Known = new HashSet<string>(StringComparer.Ordinal);
    private static readonly Dictionary<string, int> MinorDigits = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The code of the currency of a country as written after "legal currency of" ("China", "the United States"),
    /// dots removed and lower case; null if unknown.</summary>
    public static string? OfCountry(string country)
    {
        EnsureBuilt();
        return CountryCodes.TryGetValue(country, out var code) ? code : null;
    }

    /// <summary>Whether <paramref name="code"/> is an active ISO 4217 code (historic and crypto codes are not).</summary>
    public static bool IsActiveIsoCode(string code)
    {
        EnsureBuilt();
        return Known.Contains(code);
    }

    /// <summary>Digits of the minor unit of <paramref name="code"/> (2 when unknown).</summary>
    public static int MinorDigitsOf(string code)
    {
        EnsureBuilt();
        return MinorDigits.TryGetValue(code, out var digits) ? digits : 2;
    }

    private static void EnsureBuilt() => WordTable.Find("the");

    internal static void AddAll(Dictionary<string, Lexeme> words)
    {
        foreach (var row in CurrencyData.Rows)
        {
            AddRow(words, row.Split('|'));
        }

        foreach (var code in CurrencyData.OtherActiveCodes.Split(' '))
        {
            Known.Add(code);
            AddCode(words, code);
        }

        foreach (var entry in words.Values)
        {
            entry.Currencies?.Sort((a, b) => b.Rest.Length.CompareTo(a.Rest.Length));
        }
    }

    private static string Field(string[] fields, int k) => k < fields.Length ? fields[k] : string.Empty;

    private static IEnumerable<string> List(string field) => field.Length == 0 ? Array.Empty<string>() : field.Split(',');

    private static void AddRow(Dictionary<string, Lexeme> words, string[] f)
    {
        var historic = f[0][0] == '!';
        var code = historic ? f[0].Substring(1) : f[0];
        var digits = int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
        MinorDigits[code] = digits;
        var crypto = code == "BTC" || code == "ETH";
        if (!historic && !crypto)
        {
            Known.Add(code);
        }

        AddCode(words, code);

        foreach (var raw in List(Field(f, 2)))
        {
            var isDefault = raw.EndsWith("*", StringComparison.Ordinal);
            var name = isDefault ? raw.Substring(0, raw.Length - 1) : raw;
            if (!char.IsLetter(name[0]))
            {
                continue;
            }

            var meaning = code == "USD" && isDefault ? CurrencyData.Dollar : code;
            if (isDefault)
            {
                AddPhrase(words, name, meaning, CurrencyForm.Name, digits, false, 1m);
            }

            foreach (var adjective in List(Field(f, 3)))
            {
                AddPhrase(words, adjective + " " + name, code, CurrencyForm.Name, digits, false, 1m);
            }
        }

        foreach (var country in List(Field(f, 4)))
        {
            CountryCodes[Normalize(country)] = code;
        }

        foreach (var local in List(Field(f, 5)))
        {
            if (IsLetters(local))
            {
                AddPhrase(words, local, code, CurrencyForm.Code, digits, true, 1m);
            }
        }

        foreach (var prefix in List(Field(f, 6)))
        {
            AddPhrase(words, prefix, code, CurrencyForm.DollarPrefix, digits, prefix.Length == 1, 1m);
        }

        foreach (var minor in List(Field(f, 7)))
        {
            AddPhrase(words, minor, code == "USD" ? CurrencyData.Dollar : code, CurrencyForm.Minor, digits, false, 1m);
        }
    }

    private static void AddCode(Dictionary<string, Lexeme> words, string code)
    {
        var isWord = Array.IndexOf(CurrencyData.CodesThatAreWords, code.ToLowerInvariant()) >= 0;
        var digits = MinorDigits.TryGetValue(code, out var d) ? d : 2;
        AddPhrase(words, code, code, CurrencyForm.Code, digits, isWord, 1m);

        // "30 MUSD", "120 MEUR": millions of the code, in the style of European financial writing
        AddPhrase(words, "M" + code, code, CurrencyForm.Code, digits, true, 1e6m);
    }

    private static bool IsLetters(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower case, dots dropped ("U.S." is "us"), one space between words.</summary>
    internal static string Normalize(string phrase) => phrase.Replace(".", string.Empty).Replace("\u2019", "'").ToLowerInvariant();

    private static void AddPhrase(Dictionary<string, Lexeme> words, string phrase, string code, CurrencyForm form, int digits, bool exactCase, decimal multiplier)
    {
        var parts = Normalize(phrase).Split(' ');
        var first = exactCase ? phrase.Split(' ')[0].Replace(".", string.Empty) : parts[0];
        var rest = new string[parts.Length - 1];
        Array.Copy(parts, 1, rest, 0, rest.Length);
        var lexeme = WordTable.Get(words, first);
        lexeme.Roles |= WordRole.Currency;
        lexeme.Currencies ??= new List<CurrencyPhrase>();
        foreach (var existing in lexeme.Currencies)
        {
            if (existing.Form == form && existing.ExactCase == exactCase && string.Equals(existing.First, first, StringComparison.Ordinal) && SameWords(existing.Rest, rest))
            {
                return;
            }
        }

        lexeme.Currencies.Add(new CurrencyPhrase(first, rest, code, form, digits, exactCase, multiplier));
    }

    private static bool SameWords(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                return false;
            }
        }

        return true;
    }
}
