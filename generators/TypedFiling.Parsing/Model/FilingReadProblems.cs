namespace TypedFiling.Parsing.Model;

/// <summary>
/// Why a filing has no text to read, as TF0001's message says it ("The filing 'x.md' was not found"):
/// one source of these words for the generator and the command-line tool.
/// </summary>
internal static class FilingReadProblems
{
    /// <summary>A file with no text, or only white space.</summary>
    public const string Empty = "is empty";

    /// <summary>A file the host could not find (or read): its text is null.</summary>
    public const string NotFound = "was not found";

    /// <summary>A file with NUL characters near its start: an archive, an image, a PDF, not text.</summary>
    public const string Binary = "is a binary file, not a text filing";

    /// <summary>How much of the text is looked at to tell text from binary: EDGAR text never holds a NUL.</summary>
    public const int SniffLength = 8192;

    /// <summary>TF0001 for the filing at <paramref name="sourcePath"/> with one of the reasons above.</summary>
    public static FilingDiagnostic Diagnostic(string sourcePath, string reason) =>
        FilingDiagnostic.Create(DiagnosticIds.EmptyFiling, SourceRange.FileStart, Sentence(sourcePath, reason));

    /// <summary>"The filing 'x.md' was not found": what the build and the tool both say.</summary>
    public static string Sentence(string sourcePath, string reason) => "The filing '" + sourcePath + "' " + reason;

    /// <summary>Whether <paramref name="text"/> has a NUL character in its first <see cref="SniffLength"/> characters.</summary>
    public static bool LooksBinary(string text) =>
        text.IndexOf('\0', 0, System.Math.Min(text.Length, SniffLength)) >= 0;
}
