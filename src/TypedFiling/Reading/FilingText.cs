using System;
using System.IO;
using System.Text;

namespace TypedFiling.Reading;

/// <summary>Decodes a filing's bytes as the tool and <see cref="FilingReader"/> read them.</summary>
internal static class FilingText
{
    /// <summary>How much of the file is looked at to tell text from binary: as much as the parser looks at.</summary>
    private const int SniffLength = Parsing.Model.FilingReadProblems.SniffLength;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 (with or without BOM), UTF-16 with a BOM, or else Latin-1; NUL bytes mean binary (<see cref="InvalidDataException"/>).</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var sniff = Math.Min(bytes.Length, SniffLength);
        if (Array.IndexOf(bytes, (byte)0, 0, sniff) >= 0)
        {
            throw new InvalidDataException(Parsing.Model.FilingReadProblems.Binary);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            // Old EDGAR text is often Windows-1252; Latin-1 keeps every byte as a character.
            return Latin1.GetString(bytes);
        }
    }

    // netstandard2.0 has no Encoding.Latin1; code page 28591 is ISO-8859-1 on every runtime.
    private static Encoding Latin1 { get; } = Encoding.GetEncoding(28591);
}
