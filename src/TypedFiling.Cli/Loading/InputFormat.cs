using TypedFiling.Parsing;

namespace TypedFiling.Cli.Loading;

/// <summary>Reads <c>--format</c> into the parser's <see cref="FilingFormat"/>, deciding as the generator does.</summary>
internal static class InputFormats
{
    /// <summary>The values <c>--format</c> accepts, as typed.</summary>
    public static readonly string[] Names = { "markdown", "text", "html" };

    /// <summary>
    /// The format to read <paramref name="path"/> as: <paramref name="requested"/> when given, else its
    /// extension's, else what its <paramref name="text"/> looks like. Throws <see cref="FilingInputException"/>
    /// naming the file when <paramref name="requested"/> names no format.
    /// </summary>
    public static FilingFormat Resolve(string path, string? requested, string text)
    {
        FilingFormat? option = null;
        if (!string.IsNullOrWhiteSpace(requested))
        {
            option = FilingFormats.Parse(requested) ?? throw new FilingInputException(
                path, "unknown format '" + requested + "' (expected " + string.Join(", ", Names) + ")");
        }

        return FilingFormats.Resolve(option, path, text);
    }
}
