using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Sections;

/// <summary>
/// Whether a document is a whole EDGAR filing: its cover names the form ("FORM 10-K", "Form 10-Q", "FORM 20-F/A"),
/// says what report it is ("ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) ..."), or that it is a prospectus filed
/// under Rule 424(b); a complete submission's SGML header gives it too. A cut of a filing (a risk-factor section on
/// its own, as the seed is) has none, and is read whole as before.
/// </summary>
internal static class EdgarCover
{
    /// <summary>A cover is within the document's first blocks: the 20-F's, with its tables of securities, is the longest.</summary>
    private const int CoverBlocks = 300;

    private static readonly string[] ReportLines =
    {
        "annual report pursuant to section 13", "quarterly report pursuant to section 13", "transition report pursuant to section 13",
        "filed pursuant to rule 424(b)", "registration statement under the securities act of 1933", "conformed submission type:",
    };

    /// <summary>The index of the cover's block that says what the filing is, or -1 when the document has no EDGAR cover.</summary>
    public static int Find(IReadOnlyList<Block> blocks)
    {
        var end = Math.Min(blocks.Count, CoverBlocks);
        for (var i = 0; i < end; i++)
        {
            var text = blocks[i].Text;
            if (IsFormLine(text) || StartsWithReportLine(text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"FORM 10-K", "Form 10-Q", "FORM 20-F", "FORM 10-K405", "FORM S-1", "&lt;TYPE&gt;10-K": a form's name standing alone.</summary>
    private static bool IsFormLine(string text)
    {
        var i = 0;
        if (text.StartsWith("<TYPE>", StringComparison.OrdinalIgnoreCase))
        {
            i = 6;
        }
        else if (text.StartsWith("Form ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Form\u00A0", StringComparison.OrdinalIgnoreCase))
        {
            i = 5;
        }
        else
        {
            return false;
        }

        var start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == start || i + 1 >= text.Length || text[i] != '-' || !char.IsLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        i++;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        // The form alone (an amendment's "/A" and a final period allowed): "Form 10-K Cross-Reference Index" is a title.
        var rest = text.Substring(i).Trim();
        return rest.Length == 0 || rest is "/A" or "/a" or "." || rest.StartsWith("(", StringComparison.Ordinal);
    }

    private static bool StartsWithReportLine(string text)
    {
        foreach (var line in ReportLines)
        {
            if (text.Length >= line.Length && text.IndexOf(line, 0, Math.Min(text.Length, line.Length + 40), StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
