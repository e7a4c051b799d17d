using TypedFiling.Cli.Loading;
using TypedFiling.Parsing;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// Whether a downloaded document is a filing, by the parser the build uses: it is one when the parser finds the
/// form it was filed on (the inline XBRL cover's <c>dei:DocumentType</c>, else "Form 10-K", "Form 20-F" ... in its
/// text), or item or risk-factor sections. An error page served with 200 (a proxy's, a mirror's, the SEC's own
/// "undeclared automated tool" page), JSON, an empty or a binary body has none of them.
/// </summary>
internal static class FilingRecognizer
{
    /// <summary>Why the bytes are not a filing, in a few words; null when they are one.</summary>
    /// <param name="bytes">The document as served.</param>
    /// <param name="name">The name it is saved under: its extension says how it is read (.htm, .txt).</param>
    public static string? WhyNotAFiling(byte[] bytes, string name)
    {
        string text;
        try
        {
            text = FilingFile.Decode(name, bytes);
        }
        catch (FilingInputException)
        {
            return "it is a binary file";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return "it is empty";
        }

        var options = FilingOptions.ForPath(name) with { Format = FilingFormats.FromExtension(name) };
        var model = FilingParser.Parse(text, options).Model;
        return model.Form is not null || model.Outline?.ReadsAsFiling == true
            ? null
            : "no form on its cover and no item or risk-factor section in its text";
    }
}
