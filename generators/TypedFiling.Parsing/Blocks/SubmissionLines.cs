using System;

namespace TypedFiling.Parsing.Blocks;

/// <summary>What the text reader does with a line of a complete submission text file.</summary>
internal enum SubmissionLine
{
    /// <summary>A line of the primary document's text.</summary>
    Text,

    /// <summary>A line outside the primary document (the PEM and SGML headers) or an SGML tag without words (&lt;TEXT&gt;).</summary>
    Skip,

    /// <summary>An SGML line that says what the document is ("&lt;TYPE&gt;10-K"): a block of its own.</summary>
    Own,

    /// <summary>The primary document's end: the exhibits after it are not read.</summary>
    Stop,
}

/// <summary>
/// A complete submission text file (EDGAR's <c>.txt</c>: a PEM header, an SGML <c>&lt;SEC-HEADER&gt;</c>, then one
/// <c>&lt;DOCUMENT&gt;</c> per document, the filing first and its exhibits after) is read only in its first document:
/// the headers are skipped, the document's SGML lines are set apart ("&lt;TYPE&gt;10-K" stays, a block of its own, so
/// the cover is known), and the exhibits after its <c>&lt;/DOCUMENT&gt;</c> are not read, so that an exhibit's own
/// "Forward-looking and Cautionary Statements" is not taken for the filing's.
/// </summary>
internal sealed class SubmissionLines
{
    private static readonly string[] Openings = { "-----BEGIN PRIVACY-ENHANCED MESSAGE-----", "<SEC-DOCUMENT>", "<SEC-HEADER>", "<IMS-DOCUMENT>", "<DOCUMENT>" };

    private static readonly string[] DocumentTags = { "<TYPE>", "<SEQUENCE>", "<FILENAME>", "<DESCRIPTION>", "<TEXT>", "</TEXT>" };

    private bool inDocument;

    /// <summary>The reader of <paramref name="text"/>'s lines from <paramref name="start"/>, when it opens as a submission; otherwise null.</summary>
    public static SubmissionLines? For(string text, int start)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        foreach (var opening in Openings)
        {
            if (string.CompareOrdinal(text, start, opening, 0, opening.Length) == 0)
            {
                return new SubmissionLines();
            }
        }

        return null;
    }

    /// <summary>What the line from <paramref name="first"/> to <paramref name="last"/> (blanks trimmed) is.</summary>
    public SubmissionLine Read(string text, int first, int last)
    {
        if (!inDocument)
        {
            inDocument = Is(text, first, last, "<DOCUMENT>");
            return SubmissionLine.Skip;
        }

        if (Is(text, first, last, "</DOCUMENT>"))
        {
            return SubmissionLine.Stop;
        }

        foreach (var tag in DocumentTags)
        {
            if (last - first >= tag.Length && string.CompareOrdinal(text, first, tag, 0, tag.Length) == 0)
            {
                return tag == "<TYPE>" ? SubmissionLine.Own : SubmissionLine.Skip;
            }
        }

        return SubmissionLine.Text;
    }

    private static bool Is(string text, int first, int last, string line) =>
        last - first == line.Length && string.Compare(text, first, line, 0, line.Length, StringComparison.Ordinal) == 0;
}
