using System;
using System.IO;
using System.Text;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Loading;

/// <summary>Reads a filing's text from disk, turning every way that can fail into one clear reason.</summary>
internal static class FilingFile
{
    /// <summary>How much of the file is looked at to tell text from binary: as much as the parser looks at.</summary>
    private const int SniffLength = FilingReadProblems.SniffLength;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the file at <paramref name="path"/>; throws <see cref="FilingInputException"/>.</summary>
    public static string ReadText(string path)
    {
        if (Directory.Exists(path))
        {
            throw new FilingInputException(path, "is a directory, not a filing");
        }

        if (!File.Exists(path))
        {
            throw FilingInputException.ReadProblem(path, FilingReadProblems.NotFound);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw new FilingInputException(path, "cannot be read: " + exception.Message);
        }

        return Decode(path, bytes);
    }

    /// <summary>UTF-8 (with or without BOM), UTF-16 with a BOM, or else Windows Latin-1; NUL bytes mean binary.</summary>
    internal static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var sniff = Math.Min(bytes.Length, SniffLength);
        if (Array.IndexOf(bytes, (byte)0, 0, sniff) >= 0)
        {
            throw FilingInputException.ReadProblem(path, FilingReadProblems.Binary);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            // Old EDGAR text is often Windows-1252; Latin-1 keeps every byte as a character.
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
