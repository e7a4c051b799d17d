using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>A word (letters, digits after a letter, inner apostrophes), a number (digits with "," thousands groups and
/// one "." decimal part) or a single other character.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, bool spaceBefore, string? value, Lexeme? lexeme = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        SpaceBefore = spaceBefore;
        Value = value;
        Lexeme = lexeme;
    }

    public TokenKind Kind { get; }
    public int Start { get; }
    public int End { get; }
    public bool SpaceBefore { get; }
    public string? Value { get; }

    /// <summary>What the lexicon knows of a word, looked up once per distinct word (null for unknown words).</summary>
    public Lexeme? Lexeme { get; }
}

/// <summary>One pass over the characters; no backtracking.</summary>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="list"/>.</summary>
    public static void Tokenize(string text, List<Token> list, CancellationToken cancellationToken)
    {
        int i = 0, n = text.Length;
        bool space = true;
        int poll = ParsePolls.Chars; // a block can be a whole filing's worth of one paragraph
        while (i < n)
        {
            if (i >= poll)
            {
                poll = i + ParsePolls.Chars;
                ParsePolls.Check(cancellationToken, ParseStage.Tokens, i);
            }

            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            int s = i;
            if (IsDigit(c))
            {
                i = ScanNumber(text, i);
                list.Add(new Token(TokenKind.Number, s, i, space, TokenStrings.Get(text, s, i - s)));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < n)
                {
                    char d = text[i];
                    if (IsDigit(d) && IsCurrencyCode(text, s, i))
                    {
                        // "RMB1.2 billion", "USD3.14", "Rs20": a currency code glued to its amount is a word of its own
                        break;
                    }

                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                        continue;
                    }

                    if ((d == '\'' || d == '\u2019') && i + 1 < n && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                        continue;
                    }

                    break;
                }

                var word = TokenStrings.GetWord(text, s, i - s, out var lexeme);
                list.Add(new Token(TokenKind.Word, s, i, space, word, lexeme));
            }
            else
            {
                i++;
                list.Add(new Token(TokenKind.Symbol, s, i, space, null));
            }

            space = false;
        }
    }

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Whether the letters from <paramref name="start"/> to <paramref name="end"/> are a currency code or local prefix.</summary>
    private static bool IsCurrencyCode(string text, int start, int end)
    {
        if (end - start < 2 || end - start > 4)
        {
            return false;
        }

        TokenStrings.GetWord(text, start, end - start, out var lexeme);
        if (lexeme?.Currencies is null)
        {
            return false;
        }

        foreach (var phrase in lexeme.Currencies)
        {
            if (phrase.Form == CurrencyForm.Code && phrase.Rest.Length == 0 && (!phrase.ExactCase || string.CompareOrdinal(phrase.First, 0, text, start, end - start) == 0 && phrase.First.Length == end - start))
            {
                return true;
            }
        }

        return false;
    }

    private static int ScanNumber(string text, int i)
    {
        int n = text.Length;
        int start = i;
        while (i < n && IsDigit(text[i]))
        {
            i++;
        }

        // Indian grouping, "12,34,567.89": pairs of digits before the last group of three
        if (i - start <= 2)
        {
            int k = i;
            while (k + 2 < n && text[k] == ',' && IsDigit(text[k + 1]) && IsDigit(text[k + 2]) && k + 3 < n && text[k + 3] == ',')
            {
                k += 3;
            }

            if (k > i && k + 3 < n && IsDigit(text[k + 1]) && IsDigit(text[k + 2]) && IsDigit(text[k + 3]) && (k + 4 >= n || !IsDigit(text[k + 4])))
            {
                i = k;
            }
        }
        while (i + 3 < n && text[i] == ',' && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3])
               && (i + 4 >= n || !IsDigit(text[i + 4])))
        {
            i += 4;
        }

        if (i + 1 < n && text[i] == '.' && IsDigit(text[i + 1]))
        {
            i++;
            while (i < n && IsDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }
}

/// <summary>
/// The strings of tokens, shared: filings repeat their words, so a word's string is made once per thread and
/// handed out again, instead of one new string per token. A small fixed table per thread (a later word takes an
/// earlier one's slot), so it is thread-safe without locks and its memory is bounded.
/// </summary>
internal static class TokenStrings
{
    private const int Size = 4096;
    private const int MaxLength = 32;

    [ThreadStatic]
    private static string?[]? table;

    [ThreadStatic]
    private static Lexeme?[]? lexemes;

    /// <summary>A word's shared string and its lexeme: the lexicon is asked once per word string, not once per token.</summary>
    public static string GetWord(string text, int start, int length, out Lexeme? lexeme)
    {
        if (length > MaxLength)
        {
            var longWord = text.Substring(start, length);
            lexeme = WordTable.Find(longWord);
            return longWord;
        }

        var slot = Slot(text, start, length);
        var slots = table ??= new string?[Size];
        var found = lexemes ??= new Lexeme?[Size];
        var cached = slots[slot];
        if (cached is not null && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0)
        {
            lexeme = found[slot];
            return cached;
        }

        var made = text.Substring(start, length);
        lexeme = WordTable.Find(made);
        slots[slot] = made;
        found[slot] = lexeme;
        return made;
    }

    private static int Slot(string text, int start, int length)
    {
        var hash = 17;
        for (var i = 0; i < length; i++)
        {
            hash = (hash * 31) + text[start + i];
        }

        return hash & (Size - 1);
    }

    public static string Get(string text, int start, int length)
    {
        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        return GetWord(text, start, length, out _);
    }
}
