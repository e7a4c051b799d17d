using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// Finds the figures (money, percentages, quantities, dates, fiscal periods, ratios) in one block of plain text.
/// A single left-to-right pass over the tokens: each token says, from its kind and its lexicon entry, which readers can
/// start at it (a digit, a currency sign or code, a number word, a month, a period word), so most tokens cost one flag
/// test; the readers look ahead a bounded number of tokens (<see cref="Bounds"/>) and a match consumes its tokens.
/// No regular expressions, cost linear in the text, deterministic, and it never throws.
/// </summary>
internal static class FigureScanner
{
    [Flags]
    private enum Starts
    {
        None = 0,
        Period = 1,
        Date = 2,
        Ratio = 4,
        Money = 8,
        Percent = 16,
        Quantity = 32,
        Year = 64,
        Number = Period | Date | Ratio | Money | Percent | Quantity | Year,
        NumberWord = Period | Ratio | Money | Percent | Quantity,
    }

    /// <summary>Scans one paragraph or bullet (markdown already stripped, soft line breaks already spaces).</summary>
    /// <returns>The figures in text order.</returns>
    public static IReadOnlyList<FigureMatch> Scan(string text, FigureScanOptions options) => Scan(text, options, CancellationToken.None);

    /// <summary>Scans one block, polling <paramref name="cancellationToken"/> every <see cref="ParsePolls.Chars"/> characters.</summary>
    public static IReadOnlyList<FigureMatch> Scan(string text, FigureScanOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<FigureMatch>();
        }

        options ??= FigureScanOptions.Default;
        try
        {
            return ScanCore(text, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && ex is not OperationCanceledException && !options.ThrowOnInternalError)
        {
            // Defensive: a bug must not break the build that calls the generator. Tests assert this never happens.
            return Array.Empty<FigureMatch>();
        }
    }

    /// <summary>Scans with <see cref="FigureScanOptions.Default"/>.</summary>
    public static IReadOnlyList<FigureMatch> Scan(string text) => Scan(text, FigureScanOptions.Default);

    private static Starts StartsAt(TokenList t, int i)
    {
        var token = t[i];
        if (token.Kind == TokenKind.Number)
        {
            return Starts.Number;
        }

        if (token.Kind == TokenKind.Symbol)
        {
            char c = t.SymbolAt(i);
            if (c == '(' || c == '-' || c == '\u2212')
            {
                return Starts.Money | Starts.Percent;
            }

            return WordTable.SignCode(c) is null ? Starts.None : Starts.Money;
        }

        var lexeme = token.Lexeme;
        if (lexeme is null)
        {
            // "FY2010"; "U.S.$" starts with a letter the table does not hold alone
            var w = token.Value!;
            if (w.Length >= 2 && w[0] == 'F' && w[1] == 'Y')
            {
                return Starts.Period;
            }

            return w.Length == 1 && t.IsSymbol(i + 1, '.') ? Starts.Money : Starts.None;
        }

        var starts = Starts.None;
        var roles = lexeme.Roles;
        if ((roles & WordRole.PeriodOpening) != 0)
        {
            starts |= Starts.Period;
        }

        if ((roles & WordRole.Month) != 0)
        {
            starts |= Starts.Date;
        }

        if ((roles & WordRole.NumberWord) != 0)
        {
            starts |= Starts.NumberWord;
        }

        if ((roles & (WordRole.Currency | WordRole.Negation)) != 0)
        {
            starts |= Starts.Money | Starts.Percent;
        }

        if ((roles & WordRole.Determiner) != 0 && (t.Has(i + 1, WordRole.NumberWord) || t.Has(i + 1, WordRole.Currency) || t.Has(i + 1, WordRole.Scale)))
        {
            // "a dozen engineers", "a dollar", "a million dollars", "an estimated"
            starts |= Starts.Money | Starts.Quantity;
        }

        return starts;
    }

    private static Draft? Read(ScanState s, int i, Starts starts)
    {
        Draft? d = null;
        if ((starts & Starts.Period) != 0)
        {
            d = PeriodReader.TryRead(s, i);
        }

        if (d is null && (starts & Starts.Date) != 0)
        {
            d = DateReader.TryRead(s, i);
        }

        if (d is null && (starts & Starts.Ratio) != 0)
        {
            d = RatioReader.TryRead(s, i);
        }

        if (d is null && (starts & Starts.Money) != 0)
        {
            d = MoneyReader.TryRead(s, i);
        }

        if (d is null && (starts & Starts.Percent) != 0)
        {
            d = PercentReader.TryRead(s, i);
        }

        if (d is null && (starts & Starts.Quantity) != 0)
        {
            d = QuantityReader.TryRead(s, i);
        }

        if (d is null && (starts & Starts.Year) != 0)
        {
            d = YearReader.TryRead(s, i);
        }

        return d;
    }

    private static void Run(ScanState s, CancellationToken cancellationToken)
    {
        var t = s.T;
        int n = t.Count;
        int i = 0;
        int poll = ParsePolls.Chars;
        while (i < n)
        {
            if (t[i].Start >= poll)
            {
                // by characters, not sentence ends: one sentence can be a whole filing's worth of text
                poll = t[i].Start + ParsePolls.Chars;
                ParsePolls.Check(cancellationToken, ParseStage.Figures, t[i].Start);
            }

            var starts = StartsAt(t, i);
            var d = starts == Starts.None ? null : Read(s, i, starts);
            if (d is null)
            {
                i++;
                continue;
            }

            // a reader that restates the last figure ("thirty percent (30%)") extends it instead of adding one
            if (!ReferenceEquals(d, s.Last))
            {
                s.Drafts.Add(d);
            }

            s.Floor = d.LastTok + 1;
            for (var more = PeriodReader.TryFollowingPeriodYear(s, d); more != null; more = PeriodReader.TryFollowingPeriodYear(s, more))
            {
                s.Drafts.Add(more);
                d = more;
            }

            s.Floor = d.LastTok + 1;
            i = d.LastTok + 1;
        }
    }

    private static IReadOnlyList<FigureMatch> ScanCore(string text, FigureScanOptions options, CancellationToken cancellationToken)
    {
        var tokens = TokenList.Rent(text, cancellationToken);
        var matches = ScanTokens(text, tokens, options, cancellationToken);

        // Not returned when the scan threw: the next block makes a new list.
        TokenList.Return(tokens);
        return matches;
    }

    private static IReadOnlyList<FigureMatch> ScanTokens(string text, TokenList tokens, FigureScanOptions options, CancellationToken cancellationToken)
    {
        var state = new ScanState(tokens, options);
        Run(state, cancellationToken);
        var drafts = state.Drafts;
        if (drafts.Count == 0)
        {
            return Array.Empty<FigureMatch>();
        }

        var sentences = new SentenceIndex(text, tokens, cancellationToken);
        var owner = new int[tokens.Count];
        for (int k = 0; k < owner.Length; k++)
        {
            owner[k] = -1;
        }

        for (int d = 0; d < drafts.Count; d++)
        {
            for (int k = drafts[d].FirstTok; k <= drafts[d].LastTok; k++)
            {
                owner[k] = d;
            }
        }

        AsOfResolver.Resolve(tokens, drafts, sentences.TokenSentence);
        new FigureLabeler(tokens, drafts, owner, sentences.TokenSentence, sentences.First, sentences.Last).Apply();
        return Results(text, tokens, drafts, sentences);
    }

    private static IReadOnlyList<FigureMatch> Results(string text, TokenList tokens, List<Draft> drafts, SentenceIndex sentences)
    {
        var result = new List<FigureMatch>(drafts.Count);
        foreach (var d in drafts)
        {
            int start = tokens[d.FirstTok].Start;
            int length = tokens[d.LastTok].End - start;
            result.Add(new FigureMatch(
                d.Kind,
                start,
                length,
                text.Substring(start, length),
                sentences.Text(d.CoreTok),
                Normalize(d.Value),
                d.Value2.HasValue ? Normalize(d.Value2.Value) : null,
                d.Currency,
                d.Scale,
                d.Unit,
                d.Qualifier,
                d.QualifierText,
                d.IsNegative,
                d.Date,
                d.Period,
                d.PeriodMonths,
                d.AsOfText,
                d.AsOf,
                d.AsOfIsPeriod,
                d.Label,
                d.CurrencySource,
                d.TranslationOf is null ? null : tokens[d.TranslationOf.FirstTok].Start,
                d.IsPoints));
        }

        return result;
    }

    /// <summary>Drops trailing zeros of the decimal's scale (9.2 × 1e9 is 9200000000, not 9200000000.0).</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
