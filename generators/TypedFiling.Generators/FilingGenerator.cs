using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Emit;
using TypedFiling.Generators.Catalog;
using TypedFiling.Generators.Configuration;
using TypedFiling.Generators.Diagnostics;
using TypedFiling.Generators.Pipeline;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators;

/// <summary>
/// Turns each filing in the project's additional files into a static class of typed risk factors. A
/// thin adapter: it reads what Roslyn hands it into values, calls the front door (FilingPipeline) and the
/// emitter, and reports their diagnostics located in the filing or its lock.
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
            .Select(static (request, cancellationToken) => ParsedFiling.Create(request, cancellationToken))
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
