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

    /// <summary>
    /// A file that is missing or binary, in TF0001's words, as the build says them: "x.md: error TF0001: The
    /// filing 'x.md' was not found" (error: the tool reads nothing from it and exits with 2).
    /// </summary>
    public static FilingInputException ReadProblem(string path, string reason) =>
        new(path, "error " + Parsing.Model.DiagnosticIds.EmptyFiling + ": " + Parsing.Model.FilingReadProblems.Sentence(path, reason));

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it, in a few words.</summary>
    public string Reason { get; }
}
