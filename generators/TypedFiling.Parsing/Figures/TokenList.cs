using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>The tokens of one block with bounds-checked look-ups (every helper is safe for any index).</summary>
internal sealed class TokenList
{
    /// <summary>
    /// The largest token buffer a thread keeps between blocks (32 bytes a token, so 2 MB): a filing's ordinary
    /// paragraphs reuse one buffer, and one enormous paragraph does not pin its tokens' memory afterwards.
    /// </summary>
    private const int MaxKeptTokens = 1 << 16;

    [ThreadStatic]
    private static TokenList? spare;

    private readonly List<Token> tokens;

    public TokenList(string text)
        : this(text, CancellationToken.None)
    {
    }

    private TokenList(string text, CancellationToken cancellationToken)
    {
        Text = text;
        tokens = new List<Token>(Math.Min((text.Length / 3) + 4, 1 << 16));
        Tokenizer.Tokenize(text, tokens, cancellationToken);
    }

    public string Text { get; private set; }

    /// <summary>
    /// The tokens of <paramref name="text"/> in the thread's spare list when it has one: the scanner tokenizes
    /// every block, and a new list each time cost more bytes than the text. Hand it back with <see cref="Return"/>.
    /// </summary>
    public static TokenList Rent(string text, CancellationToken cancellationToken)
    {
        var list = spare;
        if (list is null)
        {
            return new TokenList(text, cancellationToken);
        }

        spare = null;
        list.Text = text;
        Tokenizer.Tokenize(text, list.tokens, cancellationToken);
        return list;
    }

    /// <summary>Gives a rented list back for the next block; nothing may use it after.</summary>
    public static void Return(TokenList list)
    {
        if (list.tokens.Capacity > MaxKeptTokens)
        {
            return;
        }

        list.tokens.Clear();
        list.Text = string.Empty;
        spare = list;
    }

    public int Count => tokens.Count;

    public Token this[int i] => tokens[i];

    public bool InRange(int i) => i >= 0 && i < tokens.Count;

    public bool IsWord(int i) => InRange(i) && tokens[i].Kind == TokenKind.Word;

    public bool IsNumber(int i) => InRange(i) && tokens[i].Kind == TokenKind.Number;

    public bool IsSymbol(int i, char c) => InRange(i) && tokens[i].Kind == TokenKind.Symbol && Text[tokens[i].Start] == c;

    public bool IsAnySymbol(int i) => InRange(i) && tokens[i].Kind == TokenKind.Symbol;

    public char SymbolAt(int i) => IsAnySymbol(i) ? Text[tokens[i].Start] : '\0';

    /// <summary>Case-insensitive word test.</summary>
    public bool Is(int i, string word) => IsWord(i) && string.Equals(tokens[i].Value, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Case-sensitive word test.</summary>
    public bool IsExact(int i, string word) => IsWord(i) && string.Equals(tokens[i].Value, word, StringComparison.Ordinal);

    public string? Value(int i) => InRange(i) ? tokens[i].Value : null;

    /// <summary>The lexicon's entry for the word at i (cached by the tokenizer), or null.</summary>
    public Lexeme? Lex(int i) => IsWord(i) ? tokens[i].Lexeme : null;

    /// <summary>Whether the word at i has <paramref name="role"/> in the lexicon.</summary>
    public bool Has(int i, WordRole role) => IsWord(i) && tokens[i].Lexeme is { } lexeme && lexeme.Has(role);

    /// <summary>The month (1..12) of a capitalized month word at i ("March", "Sept"), or 0.</summary>
    public int Month(int i, out bool abbreviated)
    {
        abbreviated = false;
        if (!StartsUpper(i) || tokens[i].Lexeme is not { Month: > 0 } lexeme)
        {
            return 0;
        }

        abbreviated = lexeme.MonthAbbreviated;
        return lexeme.Month;
    }

    public bool IsMonth(int i) => Month(i, out _) > 0;

    /// <summary>A minus sign at i: '-' or U+2212 glued to what follows and not to a word or number before ("-$2.0 million", "−3.0%").</summary>
    public bool IsMinusSign(int i) =>
        (IsSymbol(i, '-') || IsSymbol(i, '\u2212')) && Joined(i + 1) && !(Joined(i) && (IsWord(i - 1) || IsNumber(i - 1)));

    /// <summary>"to", "and", "through", "-", en and em dash: what joins the two ends of a range.</summary>
    public bool IsRangeWord(int i) =>
        Is(i, "to") || Is(i, "and") || Is(i, "through") || IsSymbol(i, '-') || IsSymbol(i, '\u2013') || IsSymbol(i, '\u2014');

    /// <summary>A sentence ends at i ('.', '?', '!'): where the scanner polls for cancellation.</summary>
    public bool EndsSentence(int i) => IsSymbol(i, '.') || IsSymbol(i, '?') || IsSymbol(i, '!');

    /// <summary>Token i touches token i-1 (no white space between them).</summary>
    public bool Joined(int i) => i > 0 && i < tokens.Count && !tokens[i].SpaceBefore;

    public bool StartsUpper(int i) => IsWord(i) && char.IsUpper(Text[tokens[i].Start]);

    public bool StartsLower(int i) => IsWord(i) && char.IsLower(Text[tokens[i].Start]);

    /// <summary>Text from the start of token a to the end of token b, as written.</summary>
    public string Slice(int a, int b) => Text.Substring(tokens[a].Start, tokens[b].End - tokens[a].Start);

    /// <summary>The last token of a chain of words/numbers joined by '-' (or '/') with no space: "available-for-sale".</summary>
    public int CompoundEnd(int i)
    {
        int e = i;
        while (IsSymbolJoiner(e + 1) && Joined(e + 1) && Joined(e + 2) && (IsWord(e + 2) || IsNumber(e + 2)))
        {
            e += 2;
        }

        return e;
    }

    /// <summary>The first token of the hyphen chain that ends at token i.</summary>
    public int CompoundStart(int i)
    {
        int s = i;
        while (IsSymbolJoiner(s - 1) && Joined(s) && Joined(s - 1) && (IsWord(s - 2) || IsNumber(s - 2)))
        {
            s -= 2;
        }

        return s;
    }

    private bool IsSymbolJoiner(int i) => IsSymbol(i, '-') || IsSymbol(i, '\u2011');

    /// <summary>Parses a number token ("1,600", "0.2") invariantly; false for anything too long or out of range.</summary>
    public bool TryNumber(int i, out decimal value)
    {
        value = 0;
        if (!IsNumber(i))
        {
            return false;
        }

        var s = tokens[i].Value!;
        if (s.Length > Bounds.MaxNumberChars)
        {
            return false;
        }

        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A bare 4-digit number 1900-2099 with no separators.</summary>
    public bool IsYearLike(int i, out int year)
    {
        year = 0;
        if (!IsNumber(i))
        {
            return false;
        }

        var s = tokens[i].Value!;
        if (s.Length != 4)
        {
            return false;
        }

        year = ((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + (s[3] - '0');
        return year >= 1900 && year <= 2099;
    }

    /// <summary>A number of one or two digits in 1..max with no separators.</summary>
    public bool IsSmallInt(int i, int max, out int v)
    {
        v = 0;
        if (!IsNumber(i))
        {
            return false;
        }

        var s = tokens[i].Value!;
        if (s.Length > 2)
        {
            return false;
        }

        for (int k = 0; k < s.Length; k++)
        {
            v = (v * 10) + (s[k] - '0');
        }

        return v >= 1 && v <= max;
    }
}
