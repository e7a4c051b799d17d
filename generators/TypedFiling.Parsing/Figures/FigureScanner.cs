using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// Finds the figures (money, percentages, quantities, dates, fiscal periods, ratios) in one block of plain text.
/// A single left-to-right pass over words with bounded look-ahead: no regular expressions, cost linear in the
/// text length, deterministic, and it never throws.
/// </summary>
public static class FigureScanner
{
    /// <summary>Scans one paragraph or bullet (markdown already stripped, soft line breaks already spaces).</summary>
    /// <returns>The figures in text order.</returns>
    public static IReadOnlyList<FigureMatch> Scan(string text, FigureScanOptions options)
    {
        if (string.IsNullOrEmpty(text)) return Array.Empty<FigureMatch>();
        options ??= FigureScanOptions.Default;
        try
        {
            return ScanCore(text, options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !options.ThrowOnInternalError)
        {
            // Defensive: a bug must not break the build that calls the generator. Tests assert this never happens.
            return Array.Empty<FigureMatch>();
        }
    }

    /// <summary>Scans with <see cref="FigureScanOptions.Default"/>.</summary>
    public static IReadOnlyList<FigureMatch> Scan(string text) => Scan(text, FigureScanOptions.Default);

    private static IReadOnlyList<FigureMatch> ScanCore(string text, FigureScanOptions options)
    {
        var tokens = new TokenList(text);
        var ctx = new ScanContext(tokens, options);
        ctx.Run();
        var drafts = ctx.Drafts;
        if (drafts.Count == 0) return Array.Empty<FigureMatch>();

        // sentence of every token, and each sentence's token bounds
        var starts = SentenceSplitter.Starts(text);
        int n = tokens.Count;
        var tokSentence = new int[n];
        var sentFirst = new int[starts.Count];
        var sentLast = new int[starts.Count];
        for (int s = 0; s < starts.Count; s++)
        {
            sentFirst[s] = int.MaxValue;
            sentLast[s] = -1;
        }

        int si = 0;
        for (int k = 0; k < n; k++)
        {
            while (si + 1 < starts.Count && tokens[k].Start >= starts[si + 1]) si++;
            tokSentence[k] = si;
            if (sentFirst[si] == int.MaxValue) sentFirst[si] = k;
            sentLast[si] = k;
        }

        var owner = new int[n];
        for (int k = 0; k < n; k++) owner[k] = -1;
        for (int d = 0; d < drafts.Count; d++)
        {
            for (int k = drafts[d].FirstTok; k <= drafts[d].LastTok; k++) owner[k] = d;
        }

        AsOfResolver.Resolve(tokens, drafts, tokSentence);
        new FigureLabeler(tokens, drafts, owner, tokSentence, sentFirst, sentLast).Apply();

        var sentenceText = new Dictionary<int, string>();
        var result = new List<FigureMatch>(drafts.Count);
        foreach (var d in drafts)
        {
            int s = tokSentence[d.CoreTok];
            if (!sentenceText.TryGetValue(s, out var sentence))
            {
                int end = s + 1 < starts.Count ? starts[s + 1] : text.Length;
                sentence = SentenceSplitter.Normalize(text, starts[s], end);
                sentenceText[s] = sentence;
            }

            int start = tokens[d.FirstTok].Start;
            int length = tokens[d.LastTok].End - start;
            result.Add(new FigureMatch(
                d.Kind,
                start,
                length,
                text.Substring(start, length),
                sentence,
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
                d.Label));
        }

        return result;
    }

    /// <summary>Drops trailing zeros of the decimal's scale (9.2 × 1e9 is 9200000000, not 9200000000.0).</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
