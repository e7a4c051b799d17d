using System.IO;

namespace TypedFiling.Cli.Loading;

/// <summary>The formats a filing can be read as: the values of <c>--format</c>.</summary>
internal enum InputFormat
{
    /// <summary>Markdown (.md, .markdown).</summary>
    Markdown,

    /// <summary>Plain text, as EDGAR's ASCII filings (.txt).</summary>
    Text,

    /// <summary>HTML, as EDGAR's primary documents (.htm, .html).</summary>
    Html,
}

/// <summary>Chooses a filing's format from <c>--format</c> or, without it, from the file's extension.</summary>
internal static class InputFormats
{
    /// <summary>The values <c>--format</c> accepts, as typed.</summary>
    public static readonly string[] Names = { "markdown", "text", "html" };

    /// <summary>"markdown", "text" or "html" (any case; "md", "txt" and "htm" too), or null.</summary>
    public static InputFormat? FromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "markdown" or "md" => InputFormat.Markdown,
        "text" or "txt" => InputFormat.Text,
        "html" or "htm" => InputFormat.Html,
        _ => null,
    };

    /// <summary>The format the extension of <paramref name="path"/> names, or null.</summary>
    public static InputFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => InputFormat.Markdown,
        ".txt" => InputFormat.Text,
        ".htm" or ".html" => InputFormat.Html,
        _ => null,
    };

    /// <summary>
    /// The format to read <paramref name="path"/> as: <paramref name="requested"/> when given, else its extension's.
    /// Throws <see cref="FilingInputException"/> naming the file when neither says.
    /// </summary>
    public static InputFormat Resolve(string path, string? requested)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return FromName(requested) ?? throw new FilingInputException(
                path, "unknown format '" + requested + "' (expected " + string.Join(", ", Names) + ")");
        }

        var extension = Path.GetExtension(path);
        return FromExtension(path) ?? throw new FilingInputException(
            path,
            (extension.Length == 0 ? "unknown format: the file has no extension" : "unknown format '" + extension + "'") +
            "; name it .md, .txt or .htm, or pass --format " + string.Join("|", Names));
    }

    /// <summary>The name <c>--format</c> takes for <paramref name="format"/>.</summary>
    public static string Name(InputFormat format) => Names[(int)format];
}
