using System;
using System.IO;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Diagnostics;
using TypedFiling.Reading;

namespace TypedFiling;

/// <summary>
/// Reads filings at run time with the parser the generator uses: <see cref="Read"/> and <see cref="Parse"/>
/// return the <see cref="Filing"/> that the generated class's <c>Filing</c> property holds for the same text.
/// </summary>
public static class FilingReader
{
    /// <summary>The namespace filings are checked in; a <see cref="Filing"/> does not hold one.</summary>
    private const string Namespace = "Filings";

    /// <summary>Reads the filing at <paramref name="path"/> (Markdown, plain text or HTML).</summary>
    /// <exception cref="FileNotFoundException">No file is at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is binary.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static Filing Read(string path, FilingReadOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var text = FilingText.Decode(File.ReadAllBytes(path));
        return Parse(text, path, options);
    }

    /// <summary>Parses <paramref name="text"/>, a filing shown as <paramref name="sourcePath"/>, whose extension tells its format.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static Filing Parse(string text, string sourcePath, FilingReadOptions? options = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (sourcePath is null)
        {
            throw new ArgumentNullException(nameof(sourcePath));
        }

        var shown = sourcePath.Replace('\\', '/');
        var validated = FilingOptionsValidator.Validate(shown, shown, Namespace, (options ?? new FilingReadOptions()).Metadata);
        if (validated.Problems.Count > 0)
        {
            // At run time a bad option is the caller's mistake: say so rather than read the filing another way.
            var problem = validated.Problems[0];
            throw new ArgumentException(DiagnosticCatalog.Find(problem.Id)?.Format(problem.Arguments) ?? problem.Id, nameof(options));
        }

        // Every figure: the generator's limit (FilingOptions.GeneratedFigures) bounds generated code, not what a reader reads.
        return ModelMapping.ToFiling(FilingParser.Parse(text, validated.Options with { MaxFigures = int.MaxValue }).Model);
    }
}
