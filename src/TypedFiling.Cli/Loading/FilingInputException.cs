using System;

namespace TypedFiling.Cli.Loading;

/// <summary>A filing that cannot be read at all: missing, a directory, unreadable, binary, or of an unknown format.</summary>
internal sealed class FilingInputException : Exception
{
    public FilingInputException(string path, string reason)
        : base(path + ": " + reason)
    {
        Path = path;
        Reason = reason;
    }

    public FilingInputException()
    {
        Path = string.Empty;
        Reason = string.Empty;
    }

    public FilingInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Reason = message;
    }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it, in a few words.</summary>
    public string Reason { get; }
}
