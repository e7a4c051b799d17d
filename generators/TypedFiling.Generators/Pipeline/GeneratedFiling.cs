using System;
using System.Threading;
using TypedFiling.Emit;
using TypedFiling.Generators.Diagnostics;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Pipeline;

/// <summary>A filing's generated source (null when writing it failed: TF0004 says why) and the emitter's diagnostics.</summary>
internal sealed record GeneratedFiling(string FilePath, string HintName, string? Source, EquatableArray<LocatedDiagnostic> Diagnostics)
{
    public static GeneratedFiling Create(FilingModel model, EmitOptions options, CancellationToken cancellationToken)
    {
        var hintName = FilingEmitter.HintName(model);
        try
        {
            var result = FilingEmitter.Generate(model, options, cancellationToken);
            var diagnostics = result.Diagnostic is { } diagnostic
                ? new EquatableArray<LocatedDiagnostic>(new[] { new LocatedDiagnostic(model.FilePath, diagnostic) })
                : EquatableArray<LocatedDiagnostic>.Empty;
            return new GeneratedFiling(model.FilePath, hintName, result.Source, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = FilingDiagnostic.Create(DiagnosticIds.GeneratorFailure, SourceRange.FileStart, model.SourcePath, exception.GetType().Name + ": " + exception.Message);
            return new GeneratedFiling(model.FilePath, hintName, null, new EquatableArray<LocatedDiagnostic>(new[] { new LocatedDiagnostic(model.FilePath, failure) }));
        }
    }
}
