using System;
using System.Collections.Generic;
using System.Text;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Plain text and where each of its characters came from in the source. The map is kept as runs of
/// characters copied contiguously, so it costs a few integers per markup change, not one per character.
/// </summary>
public sealed class InlineText
{
    // Run i covers plain characters [runPlain[i], runPlain[i + 1]) read from the source starting at
    // runSource[i]; a run with runWidth[i] > 1 is one character decoded from that many (an entity).
    private readonly int[] runPlain;
    private readonly int[] runSource;
    private readonly int[] runWidth;

    private InlineText(string text, int[] runPlain, int[] runSource, int[] runWidth)
    {
        Text = text;
        this.runPlain = runPlain;
        this.runSource = runSource;
        this.runWidth = runWidth;
    }

    /// <summary>The plain text.</summary>
    public string Text { get; }

    /// <summary>The source offset of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int SourceOffset(int index)
    {
        var run = RunOf(index);
        return runSource[run] + (index - runPlain[run]);
    }

    /// <summary>The source offset just past the character at <paramref name="index"/>.</summary>
    public int SourceEnd(int index)
    {
        var run = RunOf(index);
        return runWidth[run] > 1 ? runSource[run] + runWidth[run] : runSource[run] + (index - runPlain[run]) + 1;
    }

    /// <summary>The text from <paramref name="start"/> on, with its map (a bullet dropped from a block's start).</summary>
    internal InlineText Slice(int start)
    {
        if (start <= 0)
        {
            return this;
        }

        var first = RunOf(start);
        var count = runPlain.Length - first;
        var plain = new int[count];
        var source = new int[count];
        var width = new int[count];
        for (var i = 0; i < count; i++)
        {
            plain[i] = runPlain[first + i] - start;
            source[i] = runSource[first + i];
            width[i] = runWidth[first + i];
        }

        // The first run may begin before the cut.
        if (plain[0] < 0)
        {
            source[0] += width[0] > 1 ? 0 : -plain[0];
            plain[0] = 0;
        }

        return new InlineText(Text.Substring(start), plain, source, width);
    }

    /// <summary>The <paramref name="length"/> characters from <paramref name="start"/>, with their map (a run-in heading's words).</summary>
    internal InlineText Slice(int start, int length)
    {
        var tail = Slice(start);
        if (length >= tail.Text.Length)
        {
            return tail;
        }

        var runs = tail.RunOf(length - 1) + 1;
        var plain = new int[runs];
        var source = new int[runs];
        var width = new int[runs];
        Array.Copy(tail.runPlain, plain, runs);
        Array.Copy(tail.runSource, source, runs);
        Array.Copy(tail.runWidth, width, runs);
        return new InlineText(tail.Text.Substring(0, length), plain, source, width);
    }

    private int RunOf(int index)
    {
        var run = Array.BinarySearch(runPlain, index);
        return run >= 0 ? run : ~run - 1;
    }

    /// <summary>Accumulates characters with their source offsets.</summary>
    internal sealed class Builder
    {
        private readonly StringBuilder text;
        private readonly List<int> runPlain = new();
        private readonly List<int> runSource = new();
        private readonly List<int> runWidth = new();
        private int nextSource = -1;

        /// <summary>A builder for at most about <paramref name="capacity"/> characters (the block's raw length).</summary>
        public Builder(int capacity = 16) => text = new StringBuilder(capacity);

        public int Length => text.Length;

        public char Last => text[text.Length - 1];

        /// <summary>Appends <paramref name="c"/>, read from <paramref name="width"/> source characters at <paramref name="source"/>.</summary>
        public void Append(char c, int source, int width = 1)
        {
            if (source != nextSource || width != 1 || (runWidth.Count > 0 && runWidth[runWidth.Count - 1] != 1))
            {
                runPlain.Add(text.Length);
                runSource.Add(source);
                runWidth.Add(width);
            }

            text.Append(c);
            nextSource = source + width;
        }

        /// <summary>Drops trailing characters (trailing whitespace).</summary>
        public void TrimEnd()
        {
            var length = text.Length;
            while (length > 0 && text[length - 1] == ' ')
            {
                length--;
            }

            text.Length = length;
            while (runPlain.Count > 0 && runPlain[runPlain.Count - 1] >= length)
            {
                runPlain.RemoveAt(runPlain.Count - 1);
                runSource.RemoveAt(runSource.Count - 1);
                runWidth.RemoveAt(runWidth.Count - 1);
            }

            nextSource = -1;
        }

        public override string ToString() => text.ToString();

        public InlineText Build() => new(text.ToString(), runPlain.ToArray(), runSource.ToArray(), runWidth.ToArray());
    }
}
