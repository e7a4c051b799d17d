using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Locking;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing;

/// <summary>
/// The one front door: a filing's path, text, metadata and lock in, its model and diagnostics out. The generator, the
/// tool and <c>FilingReader</c> are adapters over it, so a metadata, a check and its words are written once
/// (<see cref="FilingMetadata"/>, <see cref="FilingOptionsValidator"/>, <see cref="ShownPaths"/>), and the three read a
/// filing alike. Pure: the front door reads the files; this reads its inputs only.
/// </summary>
internal static class FilingPipeline
{
    /// <summary>Checks <paramref name="input"/>'s metadata, reads its lock and parses its text.</summary>
    public static FilingResult Run(FilingInput input, CancellationToken cancellationToken = default)
    {
        var validated = FilingOptionsValidator.Validate(input.FilePath, input.ShownPath, input.DefaultNamespace, input.Metadata);
        var text = input.Text ?? string.Empty;
        var format = FilingFormats.Resolve(validated.Options.Format, input.FilePath, text);
        var lockDiagnostics = new List<FilingDiagnostic>();
        var options = validated.Options with { Format = format, MaxFigures = input.MaxFigures, Lock = ReadLock(input, lockDiagnostics) };
        var parsed = FilingParser.Parse(text, options, cancellationToken);

        // No text at all is a missing file (the compiler reports CS2001 too, the IDE does not): TF0001 says so, not "empty".
        var diagnostics = input.Text is null
            ? new EquatableArray<FilingDiagnostic>(new[] { FilingReadProblems.Diagnostic(input.ShownPath, FilingReadProblems.NotFound) })
            : parsed.Diagnostics;
        return new FilingResult(format, parsed.Model, validated.Problems, diagnostics, EquatableArray.From(lockDiagnostics), validated.Blocked);
    }

    /// <summary>The filing's lock, read; one that cannot be read adds TF0013, located in it, and is left out.</summary>
    private static FilingLock? ReadLock(FilingInput input, List<FilingDiagnostic> diagnostics)
    {
        if (input.Lock is not { } lockFile)
        {
            return null;
        }

        var shown = ShownPaths.OfLock(lockFile.Path, input.FilePath, input.ShownPath);
        if (lockFile.Text is null)
        {
            diagnostics.Add(FilingDiagnostic.Create(DiagnosticIds.InvalidLock, SourceRange.FileStart, shown, "the file could not be read"));
            return null;
        }

        var filingLock = LockReader.Read(lockFile.Text, shown, out var problem);
        if (problem is not null)
        {
            diagnostics.Add(problem);
        }

        return filingLock;
    }
}
