using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Text;

/// <summary>
/// Turns character offsets into 1-based line and column numbers. Lines end where Roslyn's SourceText ends
/// them ("\r\n", "\n", "\r", U+0085, U+2028, U+2029), so that locations agree with the IDE.
/// </summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;

    /// <summary>Indexes the line starts of <paramref name="text"/> in one pass.</summary>
    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = starts.ToArray();
    }

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
