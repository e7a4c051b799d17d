using System.Collections.Generic;

namespace TypedFiling.Parsing.Figures;

/// <summary>The sentence of every token of a block, each sentence's token bounds, and its normalized text (made once).</summary>
internal sealed class SentenceIndex
{
    private readonly string text;
    private readonly List<int> starts;
    private readonly string?[] texts;

    public SentenceIndex(string text, TokenList tokens, System.Threading.CancellationToken cancellationToken)
    {
        this.text = text;
        starts = SentenceSplitter.Starts(text, cancellationToken);
        int n = tokens.Count;
        TokenSentence = new int[n];
        First = new int[starts.Count];
        Last = new int[starts.Count];
        texts = new string?[starts.Count];
        for (int s = 0; s < starts.Count; s++)
        {
            First[s] = int.MaxValue;
            Last[s] = -1;
        }

        int si = 0;
        for (int k = 0; k < n; k++)
        {
            while (si + 1 < starts.Count && tokens[k].Start >= starts[si + 1])
            {
                si++;
            }

            TokenSentence[k] = si;
            if (First[si] == int.MaxValue)
            {
                First[si] = k;
            }

            Last[si] = k;
        }
    }

    public int[] TokenSentence { get; }

    public int[] First { get; }

    public int[] Last { get; }

    /// <summary>The whitespace-normalized text of the sentence of token <paramref name="tok"/>.</summary>
    public string Text(int tok)
    {
        int s = TokenSentence[tok];
        if (texts[s] is { } made)
        {
            return made;
        }

        int end = s + 1 < starts.Count ? starts[s + 1] : text.Length;
        return texts[s] = SentenceSplitter.Normalize(text, starts[s], end);
    }
}
