using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Generators.Configuration;
using TypedFiling.Generators.Diagnostics;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Pipeline;

/// <summary>A parsed filing: its model (null when no code is generated for it) and its diagnostics, located.</summary>
internal sealed record ParsedFiling(FilingModel? Model, EquatableArray<LocatedDiagnostic> Diagnostics)
{
    /// <summary>
    /// Runs the front door (<see cref="FilingPipeline"/>) on <paramref name="locked"/> and keeps what the build reports: a
    /// filing whose options block it, or a plain additional file that does not read as one, generates nothing.
    /// </summary>
    public static ParsedFiling Create(LockedRequest locked, CancellationToken cancellationToken)
    {
        var request = locked.Request;
        if (request.ReadFailure is { } failure)
        {
            return new ParsedFiling(null, new EquatableArray<LocatedDiagnostic>(new[] { new LocatedDiagnostic(request.FilePath, failure) }));
        }

        try
        {
            var result = FilingPipeline.Run(request.Input(locked.Lock), cancellationToken);
            var diagnostics = new List<LocatedDiagnostic>();
            Add(diagnostics, request.FilePath, result.Problems);
            if (result.Blocked)
            {
                return new ParsedFiling(null, EquatableArray.From(diagnostics));
            }

            Add(diagnostics, locked.Lock?.LockPath ?? request.FilePath, result.LockDiagnostics);
            if (!request.Declared && request.Text is not null && result.Model.Outline is { ReadsAsFiling: false } && !IsEmpty(result))
            {
                // A README or a changelog added as an additional file for another analyzer: not ours.
                return new ParsedFiling(null, EquatableArray.From(diagnostics));
            }

            Add(diagnostics, request.FilePath, result.Diagnostics);
            return new ParsedFiling(result.Model, EquatableArray.From(diagnostics));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A filing the parser fails on fails alone, with a diagnostic naming it; the others still generate.
            var diagnostic = FilingDiagnostic.Create(DiagnosticIds.GeneratorFailure, SourceRange.FileStart, request.ShownPath, exception.GetType().Name + ": " + exception.Message);
            return new ParsedFiling(null, new EquatableArray<LocatedDiagnostic>(new[] { new LocatedDiagnostic(request.FilePath, diagnostic) }));
        }
    }

    private static void Add(List<LocatedDiagnostic> located, string filePath, EquatableArray<FilingDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            located.Add(new LocatedDiagnostic(filePath, diagnostic));
        }
    }

    /// <summary>Whether the filing had no text to read (TF0001), which is reported whatever the file is.</summary>
    private static bool IsEmpty(FilingResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id == DiagnosticIds.EmptyFiling)
            {
                return true;
            }
        }

        return false;
    }
}
