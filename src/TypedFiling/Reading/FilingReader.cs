using System;
using System.IO;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Diagnostics;
using TypedFiling.Parsing.Locking;
using TypedFiling.Parsing.Model;
using TypedFiling.Reading;

namespace TypedFiling;

/// <summary>
/// Reads filings at run time with the parser the generator uses: <see cref="Read"/> and <see cref="Parse"/>
/// return the <see cref="Filing"/> that the generated class's <c>Filing</c> property holds for the same text.
/// </summary>
public static class FilingReader
{
    /// <summary>Reads the filing at <paramref name="path"/> (Markdown, plain text or HTML).</summary>
    /// <exception cref="FileNotFoundException">No file is at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is binary.</exception>
    /// <exception cref="ArgumentException">An option is invalid, or the lock file cannot be read.</exception>
    public static Filing Read(string path, FilingReadOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var text = FilingText.Decode(File.ReadAllBytes(path));
        options ??= new FilingReadOptions();
        return ReadText(text, path, options, options.Lock ?? (File.Exists(path + FilingLock.Extension) ? path + FilingLock.Extension : null));
    }

    /// <summary>Parses <paramref name="text"/>, a filing shown as <paramref name="sourcePath"/>, whose extension tells its format.</summary>
    /// <exception cref="ArgumentException">An option is invalid, or the lock file cannot be read.</exception>
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

        options ??= new FilingReadOptions();
        return ReadText(text, sourcePath, options, options.Lock);
    }

    private static Filing ReadText(string text, string sourcePath, FilingReadOptions options, string? lockPath)
    {
        // Every figure: the generator's limit (FilingOptions.GeneratedFigures) bounds generated code, not what a reader reads.
        var shown = ShownPaths.Of(sourcePath);
        var input = new FilingInput(shown, shown, text, options.Metadata)
        {
            Lock = lockPath is null ? null : new FilingLockText(lockPath, ReadLock(lockPath)),
            MaxFigures = int.MaxValue,
        };
        var result = FilingPipeline.Run(input);

        // At run time a bad option or lock is the caller's mistake: say so rather than read the filing another way.
        if (result.Problems.Count > 0 || result.LockDiagnostics.Count > 0)
        {
            var problem = result.Problems.Count > 0 ? result.Problems[0] : result.LockDiagnostics[0];
            throw new ArgumentException(DiagnosticCatalog.Find(problem.Id)?.Format(problem.Arguments) ?? problem.Id, nameof(options));
        }

        return ModelMapping.ToFiling(result.Model);
    }

    private static string? ReadLock(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
