using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Text;

/// <summary>
/// Turns character offsets into 1-based line and column numbers. Lines end where Roslyn's SourceText ends
/// them ("\r\n", "\n", "\r", U+0085, U+2028, U+2029), so that locations agree with the IDE.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] lineStarts;

    /// <summary>Indexes the line starts of <paramref name="text"/> in one pass.</summary>
    public LineMap(string text)
        : this(text, CancellationToken.None)
    {
    }

    /// <summary>Indexes the line starts of <paramref name="text"/>, polling <paramref name="cancellationToken"/> as it goes.</summary>
    internal LineMap(string text, CancellationToken cancellationToken)
    {
        var starts = new List<int> { 0 };
        var poll = 0;
        var i = ParsePolls.IndexOfAny(text, LineBreaks, 0, ref poll, cancellationToken, ParseStage.Lines);
        while (i >= 0)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
            i = ParsePolls.IndexOfAny(text, LineBreaks, i + 1, ref poll, cancellationToken, ParseStage.Lines);
        }

        lineStarts = starts.ToArray();
    }

    // Where Roslyn's SourceText ends lines; "\r\n" is one break.
    private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    /// <summary>The number of lines (a file with no line break has one).</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }

    /// <summary>The range from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public SourceRange Range(int start, int end)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceRange(start, end - start, startLine, startColumn, endLine, endColumn);
    }
}
