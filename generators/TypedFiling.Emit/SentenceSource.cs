using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedFiling.Emit;

/// <summary>
/// Where the figure rows of one risk factor find their sentences: a slice of the risk factor's <c>Text</c> constant when
/// the sentence stands in it word for word ("3:140:220": the table's text 3, from 140 for 220 characters), so the filing's words are
/// written once; otherwise (no bodies generated, a sentence of the heading) an index into the string pool.
/// </summary>
internal sealed class SentenceSource
{
    /// <summary>
    /// How far past the last sentence the next one is looked for. Figures come in text order, so their sentences do too;
    /// the bound keeps a sentence the body does not hold from costing a scan of the whole body for each figure.
    /// </summary>
    private const int SearchAhead = 1 << 14;

    private readonly string? text;
    private readonly string textName;
    private readonly List<string> texts;
    private string? textIndex;
    private int cursor;

    /// <param name="strings">The filing's string pool.</param>
    /// <param name="text">The risk factor's body, or null when bodies are not generated.</param>
    /// <param name="textName">The body's constant, as the table names it.</param>
    /// <param name="texts">The constants the table lists, to which this one is added at its first slice.</param>
    public SentenceSource(StringPool strings, string? text, string textName, List<string> texts)
    {
        Strings = strings;
        this.text = text;
        this.textName = textName;
        this.texts = texts;
    }

    public StringPool Strings { get; }

    /// <summary>Appends the row's sentence field for <paramref name="sentence"/>.</summary>
    public StringBuilder Append(StringBuilder row, string sentence)
    {
        if (text is not null && sentence.Length != 0 && cursor < text.Length)
        {
            var count = Math.Min(text.Length - cursor, sentence.Length + SearchAhead);
            var at = text.IndexOf(sentence, cursor, count, StringComparison.Ordinal);
            if (at >= 0)
            {
                cursor = at;
                if (textIndex is null)
                {
                    textIndex = texts.Count.ToString(CultureInfo.InvariantCulture);
                    texts.Add(textName);
                }

                return row.Append(textIndex).Append(':').Append(at.ToString(CultureInfo.InvariantCulture)).Append(':')
                    .Append(sentence.Length.ToString(CultureInfo.InvariantCulture));
            }
        }

        return row.Append(Strings.Index(sentence).ToString(CultureInfo.InvariantCulture));
    }
}
