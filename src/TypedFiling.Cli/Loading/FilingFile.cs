using System;
using System.IO;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Loading;

/// <summary>Reads a filing's text from disk, turning every way that can fail into one clear reason.</summary>
internal static class FilingFile
{
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

    /// <summary>Decoded as <see cref="FilingReader"/> decodes files; NUL bytes mean binary.</summary>
    internal static string Decode(string path, byte[] bytes)
    {
        try
        {
            return Reading.FilingText.Decode(bytes);
        }
        catch (InvalidDataException)
        {
            throw FilingInputException.ReadProblem(path, FilingReadProblems.Binary);
        }
    }
}
