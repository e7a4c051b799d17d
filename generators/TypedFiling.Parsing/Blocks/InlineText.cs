using System;

namespace TypedFiling.Parsing.Blocks;

/// <summary>
/// Plain text and where each of its characters came from in the source. The map is kept as runs of
/// characters copied contiguously, so it costs a few integers per markup change, not one per character.
/// </summary>
internal sealed class InlineText
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

    /// <summary>
    /// <paramref name="first"/> and <paramref name="second"/> as one text, one space between them mapped to
    /// <paramref name="spaceSource"/> (the end of the first): a heading that a page break split in two.
    /// </summary>
    internal static InlineText Join(InlineText first, InlineText second, int spaceSource)
    {
        var count = first.runPlain.Length + 1 + second.runPlain.Length;
        var plain = new int[count];
        var source = new int[count];
        var width = new int[count];
        Array.Copy(first.runPlain, plain, first.runPlain.Length);
        Array.Copy(first.runSource, source, first.runPlain.Length);
        Array.Copy(first.runWidth, width, first.runPlain.Length);
        var space = first.runPlain.Length;
        plain[space] = first.Text.Length;
        source[space] = spaceSource;
        width[space] = 1;
        for (var i = 0; i < second.runPlain.Length; i++)
        {
            plain[space + 1 + i] = second.runPlain[i] + first.Text.Length + 1;
            source[space + 1 + i] = second.runSource[i];
            width[space + 1 + i] = second.runWidth[i];
        }

        return new InlineText(first.Text + " " + second.Text, plain, source, width);
    }

    private int RunOf(int index)
    {
        var run = Array.BinarySearch(runPlain, index);
        return run >= 0 ? run : ~run - 1;
    }

    /// <summary>
    /// Accumulates characters with their source offsets. One builder is reused for every block of a reader
    /// (<see cref="Clear"/>): its buffers grow to the longest block once, so a block costs only its final string
    /// and run arrays, not a new builder's growth.
    /// </summary>
    internal sealed class Builder
    {
        private char[] text;
        private int length;
        private int[] runPlain = new int[8];
        private int[] runSource = new int[8];
        private int[] runWidth = new int[8];
        private int runs;
        private int nextSource = -1;

        /// <summary>A builder for at most about <paramref name="capacity"/> characters (the block's raw length).</summary>
        public Builder(int capacity = 16) => text = new char[Math.Max(16, capacity)];

        public int Length => length;

        public char Last => text[length - 1];

        public char this[int index] => text[index];

        /// <summary>Appends <paramref name="c"/>, read from <paramref name="width"/> source characters at <paramref name="source"/>.</summary>
        public void Append(char c, int source, int width = 1)
        {
            if (source != nextSource || width != 1 || (runs > 0 && runWidth[runs - 1] != 1))
            {
                AddRun(source, width);
            }

            if (length == text.Length)
            {
                Array.Resize(ref text, text.Length * 2);
            }

            text[length++] = c;
            nextSource = source + width;
        }

        /// <summary>
        /// Appends the <paramref name="count"/> characters of <paramref name="chars"/> from <paramref name="index"/>,
        /// read one for one from the source at <paramref name="source"/>: what <see cref="Append(char, int, int)"/>
        /// does for each, in one copy.
        /// </summary>
        public void Append(string chars, int index, int count, int source)
        {
            if (source != nextSource || (runs > 0 && runWidth[runs - 1] != 1))
            {
                AddRun(source, 1);
            }

            if (length + count > text.Length)
            {
                Array.Resize(ref text, Math.Max(text.Length * 2, length + count));
            }

            chars.CopyTo(index, text, length, count);
            length += count;
            nextSource = source + count;
        }

        private void AddRun(int source, int width)
        {
            if (runs == runPlain.Length)
            {
                Array.Resize(ref runPlain, runs * 2);
                Array.Resize(ref runSource, runs * 2);
                Array.Resize(ref runWidth, runs * 2);
            }

            runPlain[runs] = length;
            runSource[runs] = source;
            runWidth[runs] = width;
            runs++;
        }

        /// <summary>Drops trailing characters (trailing whitespace).</summary>
        public void TrimEnd()
        {
            while (length > 0 && text[length - 1] == ' ')
            {
                length--;
            }

            while (runs > 0 && runPlain[runs - 1] >= length)
            {
                runs--;
            }

            nextSource = -1;
        }

        /// <summary>Empties the builder for the next block, keeping its buffers.</summary>
        public void Clear()
        {
            length = 0;
            runs = 0;
            nextSource = -1;
        }

        public override string ToString() => new(text, 0, length);

        public InlineText Build() => new(ToString(), Copy(runPlain), Copy(runSource), Copy(runWidth));

        private int[] Copy(int[] values)
        {
            var copy = new int[runs];
            Array.Copy(values, copy, runs);
            return copy;
        }
    }
}
