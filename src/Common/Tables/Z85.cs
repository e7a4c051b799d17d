namespace TypedFiling.Tables;

/// <summary>
/// ZeroMQ's Z85: four bytes as five characters of an alphabet with no quote, backslash or tilde, so a packed table is a
/// C# literal with nothing to escape, a sixteenth shorter than Base64 (which takes four characters for three bytes).
/// </summary>
internal static class Z85
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

    private static readonly byte[] Values = Decoder();

    /// <summary>The first <paramref name="length"/> bytes of <paramref name="data"/>, a multiple of four, as characters.</summary>
    public static string Encode(byte[] data, int length)
    {
        var chars = new char[length / 4 * 5];
        for (int i = 0, c = 0; i < length; i += 4, c += 5)
        {
            var value = ((uint)data[i] << 24) | ((uint)data[i + 1] << 16) | ((uint)data[i + 2] << 8) | data[i + 3];
            for (var k = 4; k >= 0; k--)
            {
                chars[c + k] = Alphabet[(int)(value % 85)];
                value /= 85;
            }
        }

        return new string(chars);
    }

    /// <summary>The bytes of the characters of <paramref name="text"/> from <paramref name="start"/>; null when they are no Z85.</summary>
    public static byte[]? Decode(string text, int start)
    {
        var count = text.Length - start;
        if (count % 5 != 0)
        {
            return null;
        }

        var bytes = new byte[count / 5 * 4];
        for (int c = start, i = 0; c < text.Length; c += 5, i += 4)
        {
            ulong value = 0;
            for (var k = 0; k < 5; k++)
            {
                var ch = text[c + k];
                var digit = ch < Values.Length ? Values[ch] : (byte)255;
                if (digit == 255)
                {
                    return null;
                }

                value = (value * 85) + digit;
            }

            if (value > uint.MaxValue)
            {
                return null;
            }

            bytes[i] = (byte)(value >> 24);
            bytes[i + 1] = (byte)(value >> 16);
            bytes[i + 2] = (byte)(value >> 8);
            bytes[i + 3] = (byte)value;
        }

        return bytes;
    }

    private static byte[] Decoder()
    {
        var values = new byte[128];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 255;
        }

        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (byte)i;
        }

        return values;
    }
}
