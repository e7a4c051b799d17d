namespace TypedFiling.Parsing.Text;

/// <summary>
/// One string for each short value that repeats in a text ("c-12", "iso4217:USD", "-6", a concept's name), read from
/// the text in place: a look-up compares the characters where they stand, so a repeat costs no new string.
/// Direct-mapped: a value that misses takes its slot.
/// </summary>
internal sealed class StringPool
{
    private const int Slots = 1024;
    private const int MaxLength = 96;

    private readonly string?[] strings = new string?[Slots];

    /// <summary>text[<paramref name="start"/>..<paramref name="end"/>) as a string, the pooled one when it was seen before.</summary>
    public string Get(string text, int start, int end)
    {
        var length = end - start;
        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        // Eight characters spread over the value, the end's first: "us-gaap:...Revenues" and its neighbours differ there.
        var step = length <= 8 ? 1 : length / 8;
        var hash = (uint)length;
        for (var i = end - 1; i >= start; i -= step)
        {
            hash = (hash * 31) + text[i];
        }

        var slot = (int)(hash % Slots);
        var pooled = strings[slot];
        if (pooled is not null && pooled.Length == length && string.CompareOrdinal(pooled, 0, text, start, length) == 0)
        {
            return pooled;
        }

        return strings[slot] = text.Substring(start, length);
    }
}
