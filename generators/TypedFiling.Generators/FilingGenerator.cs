using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Emit;
using TypedFiling.Generators.Catalog;
using TypedFiling.Generators.Configuration;
using TypedFiling.Generators.Diagnostics;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators;

/// <summary>
/// Turns each filing in the project's additional files into a static class of typed risk factors. A
/// thin adapter: it reads what Roslyn hands it into values, calls the pure parser and emitter, and
/// reports the parser's diagnostics located in the filing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FilingGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var globalOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GlobalOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.GlobalOptions);

        var requests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Combine(globalOptions)
            .Select(static (input, cancellationToken) =>
                FilingRequest.Create(input.Left.Left, input.Left.Right.GetOptions(input.Left.Left), input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Requests);

        // Every lock file, collected; each filing then picks its own, so editing one lock re-parses one filing.
        var locks = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, cancellationToken) => LockFile.Create(input.Left, input.Right.GetOptions(input.Left), cancellationToken))
            .Where(static lockFile => lockFile is not null)
            .Collect()
            .WithTrackingName(TrackingNames.Locks);

        var lockedRequests = requests
            .Where(static request => request is not null)
            .Combine(locks)
            .Select(static (input, _) => LockedRequest.Create(input.Left!, input.Right))
            .WithTrackingName(TrackingNames.LockedRequests);

        var parsed = lockedRequests
            .Select(static (request, cancellationToken) => Parse(request, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        // Two outputs over one step: a diagnostic that only moves does not re-emit source.
        var models = parsed
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.Models);
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // Reduced to the one fact the emitter needs, so a change of other parse options does not re-emit.
        var emitOptions = context.ParseOptionsProvider
            .Select(static (options, _) => EmitOptions.ForLanguageVersion(
                options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() : EmitOptions.LatestVersion))
            .WithTrackingName(TrackingNames.EmitOptions);

        // The project-wide view: which class each filing generates. It changes only when a filing is added,
        // removed or renamed, so an edit to one filing's text re-emits that filing alone.
        var filingSet = models
            .Select(static (model, _) => model is null ? null : new FilingIdentity(model.Namespace, model.ClassName, model.SourcePath, model.FilePath, model.Visibility))
            .Collect()
            .Combine(globalOptions)
            .Select(static (input, _) => FilingSet.Create(input.Left, input.Right.DefaultNamespace))
            .WithTrackingName(TrackingNames.FilingSet);

        var emitted = models
            .Combine(filingSet)
            .Select(static (input, _) => input.Left is not null && input.Right.Generates(input.Left) ? input.Left : null)
            .WithTrackingName(TrackingNames.Emitted);

        // Emitted in the pipeline, not in the output: a filing whose source could not be written is known before the
        // catalog is, which then leaves it out rather than name a class that was never generated (CS0234).
        var sources = emitted
            .Combine(emitOptions)
            .Select(static (input, cancellationToken) => input.Left is null ? null : GeneratedFiling.Create(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Sources);
        var failures = sources
            .Select(static (source, _) => source is { Source: null } ? source.FilePath : null)
            .Where(static path => path is not null)
            .Collect();

        context.RegisterSourceOutput(sources, static (context, source) => Add(context, source));
        context.RegisterSourceOutput(diagnostics, static (context, diagnostics) => Report(context, diagnostics));
        context.RegisterSourceOutput(filingSet.Combine(failures).Combine(emitOptions), static (context, input) => EmitCatalog(context, input.Left.Left.Without(input.Left.Right!), input.Right));
    }

    private static ParsedFiling Parse(LockedRequest locked, CancellationToken cancellationToken)
    {
        var request = locked.Request;
        var diagnostics = new List<LocatedDiagnostic>();
        foreach (var problem in request.Problems)
        {
            diagnostics.Add(new LocatedDiagnostic(request.FilePath, problem));
        }

        if (request.Blocked)
        {
            return new ParsedFiling(null, EquatableArray.From(diagnostics));
        }

        try
        {
            var result = FilingParser.Parse(request.Text ?? string.Empty, locked.Options(diagnostics), cancellationToken);
            if (request.Text is null)
            {
                // The host found no text: the file is missing (the compiler reports CS2001 too, the IDE does
                // not). It gets its class, empty, as an empty file does, and TF0001 says why.
                diagnostics.Add(new LocatedDiagnostic(request.FilePath, FilingReadProblems.Diagnostic(request.Options.SourcePath, FilingReadProblems.NotFound)));
                return new ParsedFiling(result.Model, EquatableArray.From(diagnostics));
            }

            if (!request.Declared && result.Model.Outline is { ReadsAsFiling: false } && !IsEmpty(result))
            {
                // A README or a changelog added as an additional file for another analyzer: not ours.
                return new ParsedFiling(null, EquatableArray.From(diagnostics));
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                diagnostics.Add(new LocatedDiagnostic(request.FilePath, diagnostic));
            }

            return new ParsedFiling(result.Model, EquatableArray.From(diagnostics));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(request.FilePath, request.Options.SourcePath, exception);
        }
    }

    /// <summary>Whether the filing had no text to read (TF0001), which is reported whatever the file is.</summary>
    private static bool IsEmpty(FilingParseResult result)
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

    private static ParsedFiling Failed(string filePath, string sourcePath, Exception exception)
    {
        var failure = FilingDiagnostic.Create(DiagnosticIds.GeneratorFailure, SourceRange.FileStart, sourcePath, exception.GetType().Name + ": " + exception.Message);
        return new ParsedFiling(null, new EquatableArray<LocatedDiagnostic>(new[] { new LocatedDiagnostic(filePath, failure) }));
    }

    private static void Add(SourceProductionContext context, GeneratedFiling? generated)
    {
        if (generated is null)
        {
            return;
        }

        if (generated.Source is not null)
        {
            context.AddSource(generated.HintName, SourceText.From(generated.Source, System.Text.Encoding.UTF8));
        }

        Report(context, generated.Diagnostics);
    }

    private static void EmitCatalog(SourceProductionContext context, FilingSet filings, EmitOptions options)
    {
        Report(context, filings.Duplicates);
        if (filings.Kept.Count > 0)
        {
            context.AddSource(CatalogEmitter.HintName, SourceText.From(CatalogEmitter.Emit(filings, options), System.Text.Encoding.UTF8));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<LocatedDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
        }
    }
}

/// <summary>A parsed filing: its model (null when it could not be parsed) and its diagnostics.</summary>
internal sealed record ParsedFiling(FilingModel? Model, EquatableArray<LocatedDiagnostic> Diagnostics);

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
