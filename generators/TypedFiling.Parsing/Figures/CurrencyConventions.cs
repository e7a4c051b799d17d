using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// What a filing says its bare signs mean, read once over all its blocks in order: "all references to “$” are to Canadian
/// dollars", "“¥” or “Renminbi” refers to the legal currency of China", "expressed in Canadian dollars", "(in thousands of
/// yen)". A statement applies to the bare "$" or "¥" (and "dollars") of every block after it; a filing's <c>Currency</c>
/// metadata still wins. Blocks without one of the cue words are not tokenized.
/// </summary>
internal sealed class CurrencyConventions
{
    private static readonly string[] Cues = { "refer", "are to", "mean", "expressed in", "presented in", "thousands of", "millions of", "stated in", "reported in", "denote" };

    private readonly List<(int Offset, char Sign, string Code)> statements;
    private FigureScanOptions? lastBase;
    private FigureScanOptions? lastOptions;
    private int lastApplied = -1;

    private CurrencyConventions(List<(int Offset, char Sign, string Code)> statements) => this.statements = statements;

    public static readonly CurrencyConventions None = new(new List<(int, char, string)>());

    public int Count => statements.Count;

    /// <summary>
    /// Reads the statements of <paramref name="blocks"/> that start before <paramref name="until"/> (a source offset),
    /// polling for cancellation per block. A statement applies to the blocks after it only, so when figures are read
    /// up to some block, the blocks from there on need not be read (most of a whole 10-K follows its risk factors).
    /// </summary>
    public static CurrencyConventions Read(IReadOnlyList<Block> blocks, CancellationToken cancellationToken, int until = int.MaxValue)
    {
        List<(int, char, string)>? statements = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            ParsePolls.Check(cancellationToken, ParseStage.Conventions, i);
            if (block.Start >= until)
            {
                break;
            }

            if (!HasCue(block.Text))
            {
                continue;
            }

            var offset = block.Content.SourceOffset(0);
            foreach (var (sign, code) in ReadCued(block.Text, cancellationToken))
            {
                (statements ??= new List<(int, char, string)>()).Add((offset, sign, code));
            }
        }

        return statements is null ? None : new CurrencyConventions(statements);
    }

    /// <summary>The statements of one text, in order: the sign ('$' or '¥') and the code it means.</summary>
    internal static List<(char Sign, string Code)> ReadBlock(string text, CancellationToken cancellationToken = default) =>
        HasCue(text) ? ReadCued(text, cancellationToken) : new List<(char, string)>();

    /// <summary><see cref="ReadBlock"/> for a text known to hold a cue.</summary>
    private static List<(char Sign, string Code)> ReadCued(string text, CancellationToken cancellationToken)
    {
        var found = new List<(char, string)>();
        var t = TokenList.Rent(text, cancellationToken);
        Read(t, found, cancellationToken);
        TokenList.Return(t);
        return found;
    }

    private static void Read(TokenList t, List<(char Sign, string Code)> found, CancellationToken cancellationToken)
    {
        var s = new ScanState(t, FigureScanOptions.Default);
        int poll = ParsePolls.Chars;
        for (int k = 0; k < t.Count; k++)
        {
            if (t[k].Start >= poll)
            {
                poll = t[k].Start + ParsePolls.Chars;
                ParsePolls.Check(cancellationToken, ParseStage.ConventionsText, t[k].Start);
            }

            char sign = QuotedSign(t, k);
            if (sign != '\0')
            {
                var code = MeaningAfter(s, k + 3);
                if (code is not null)
                {
                    found.Add((sign, code));
                }

                continue;
            }

            if (IsReportingCue(t, k, out var next))
            {
                var code = NameAt(s, next);
                if (code is null)
                {
                    continue;
                }

                if (code == "CNY" || code == "JPY")
                {
                    found.Add(('¥', code));
                }
                else if (IsDollarCurrency(code))
                {
                    found.Add(('$', code));
                }
            }
        }
    }

    /// <summary>The options a block at <paramref name="offset"/> is scanned with: the statements before it applied to
    /// the signs its metadata leaves open.</summary>
    public FigureScanOptions OptionsAt(int offset, FigureScanOptions options)
    {
        int applied = 0;
        while (applied < statements.Count && statements[applied].Offset < offset)
        {
            applied++;
        }

        if (applied == 0)
        {
            return options;
        }

        if (applied == lastApplied && ReferenceEquals(options, lastBase))
        {
            return lastOptions!;
        }

        var dollar = options.DollarCurrency;
        var dollarSource = options.DollarSource;
        var yen = options.YenCurrency;
        var yenSource = options.YenSource;
        for (int k = 0; k < applied; k++)
        {
            var (_, sign, code) = statements[k];
            if (sign == '$' && options.DollarSource != CurrencySource.Metadata)
            {
                dollar = code;
                dollarSource = CurrencySource.FilingConvention;
            }
            else if (sign == '¥' && options.YenSource != CurrencySource.Metadata)
            {
                yen = code;
                yenSource = CurrencySource.FilingConvention;
            }
        }

        lastApplied = applied;
        lastBase = options;
        lastOptions = new FigureScanOptions
        {
            DollarCurrency = dollar, DollarSource = dollarSource, YenCurrency = yen, YenSource = yenSource,
            ThrowOnInternalError = options.ThrowOnInternalError,
        };
        return lastOptions;
    }

    private static bool HasCue(string text)
    {
        foreach (var cue in Cues)
        {
            if (text.IndexOf(cue, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(TokenList t, int k) =>
        t.IsSymbol(k, '"') || t.IsSymbol(k, '\u201C') || t.IsSymbol(k, '\u201D') || t.IsSymbol(k, '\'') || t.IsSymbol(k, '\u2018') || t.IsSymbol(k, '\u2019');

    /// <summary>“$” or “¥” in quotes at k: the bare sign a statement is about.</summary>
    private static char QuotedSign(TokenList t, int k)
    {
        if (!IsQuote(t, k) || !IsQuote(t, k + 2))
        {
            return '\0';
        }

        char c = t.SymbolAt(k + 1);
        return c == '$' ? '$' : c == '¥' || c == '\uFFE5' ? '¥' : '\0';
    }

    /// <summary>The currency a statement gives its sign: after "refer(s) to", "are to", "mean(s)", "denote(s)", "represent(s)"
    /// within <see cref="Bounds.ConventionWindow"/> tokens, a currency name ("Canadian dollars", "Renminbi") or "the
    /// legal/lawful currency of" a country.</summary>
    private static string? MeaningAfter(ScanState s, int k)
    {
        var t = s.T;
        int end = Math.Min(t.Count, k + Bounds.ConventionWindow);
        bool verb = false;
        for (int m = k; m < end; m++)
        {
            if (t.EndsSentence(m))
            {
                return null;
            }

            if (!verb)
            {
                verb = t.Is(m, "refer") || t.Is(m, "refers") || (t.Is(m, "to") && (t.Is(m - 1, "are") || t.Is(m - 1, "is")))
                    || t.Is(m, "mean") || t.Is(m, "means") || t.Is(m, "denote") || t.Is(m, "denotes") || t.Is(m, "represent") || t.Is(m, "represents");
                continue;
            }

            if (QuotedSign(t, m) != '\0')
            {
                return null;
            }

            if (t.Is(m, "currency") && t.Is(m + 1, "of"))
            {
                var country = Country(t, m + 2);
                if (country is not null)
                {
                    return country;
                }
            }

            var code = NameAt(s, m);
            if (code is not null)
            {
                return code;
            }
        }

        return null;
    }

    private static string? Country(TokenList t, int k)
    {
        if (t.Is(k, "the"))
        {
            k++;
        }

        string? best = null;
        var words = new System.Text.StringBuilder();
        for (int n = 0; n < 5 && t.IsWord(k); n++, k++)
        {
            if (words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(CurrencyPhrases.Normalize(t.Value(k)!));
            best = CurrencyPhrases.OfCountry(words.ToString()) ?? best;
        }

        return best;
    }

    /// <summary>A currency name or code at k ("Canadian dollars", "U.S. dollars", "Renminbi", "RMB"), or null.</summary>
    private static string? NameAt(ScanState s, int k)
    {
        if (!CurrencyReader.TrySuffix(s, k, out var match) || match.Form == CurrencyForm.Minor || s.T.IsAnySymbol(k))
        {
            return null;
        }

        return match.Code;
    }

    /// <summary>"expressed in", "presented in", "stated in", "reported in", "in thousands of", "in millions of".</summary>
    private static bool IsReportingCue(TokenList t, int k, out int next)
    {
        next = k + 2;
        if (t.Is(k + 1, "in") && (t.Is(k, "expressed") || t.Is(k, "presented") || t.Is(k, "stated") || t.Is(k, "reported")))
        {
            if (t.Is(next, "thousands") || t.Is(next, "millions"))
            {
                next += t.Is(next + 1, "of") ? 2 : 1;
            }

            return true;
        }

        return t.Is(k, "in") && (t.Is(k + 1, "thousands") || t.Is(k + 1, "millions")) && t.Is(k + 2, "of") && (next = k + 3) > 0;
    }

    private static bool IsDollarCurrency(string code) =>
        code is "USD" or "CAD" or "AUD" or "NZD" or "HKD" or "SGD" or "TWD";
}
