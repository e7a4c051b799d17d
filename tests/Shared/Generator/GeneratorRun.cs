using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TypedFiling.Tests.Shared;

/// <summary>One run of the generator: the driver (for further runs), its result, and the compilations before and after.</summary>
public sealed class GeneratorRun
{
    internal GeneratorRun(GeneratorDriver driver, Compilation inputCompilation, Compilation outputCompilation, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        Result = driver.GetRunResult();
        InputCompilation = inputCompilation;
        OutputCompilation = outputCompilation;
        GeneratorDiagnostics = generatorDiagnostics;
        CompilationDiagnostics = outputCompilation.GetDiagnostics();
    }

    /// <summary>The driver after the run; run it again to test incrementality.</summary>
    public GeneratorDriver Driver { get; }

    /// <summary>The driver's run result, with tracked steps.</summary>
    public GeneratorDriverRunResult Result { get; }

    /// <summary>The one generator's result.</summary>
    public GeneratorRunResult GeneratorResult => Result.Results.Single();

    /// <summary>The compilation the generator ran on.</summary>
    public Compilation InputCompilation { get; }

    /// <summary>The compilation with the generated sources added.</summary>
    public Compilation OutputCompilation { get; }

    /// <summary>What the generator reported (and what the driver reported about it, such as CS8785), filtered by the compilation's options.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>The output compilation's diagnostics: parse, declaration, binding and documentation.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics { get; }

    /// <summary>Everything: the generator's diagnostics, then the compilation's.</summary>
    public ImmutableArray<Diagnostic> AllDiagnostics => GeneratorDiagnostics.AddRange(CompilationDiagnostics);

    /// <summary>Every generated source, the filing catalog included, in the order the generator added them.</summary>
    public ImmutableArray<GeneratedSourceResult> AllGeneratedSources => GeneratorResult.GeneratedSources;

    /// <summary>The filings' generated sources: every one but the catalog of all filings.</summary>
    public ImmutableArray<GeneratedSourceResult> GeneratedSources =>
        GeneratorResult.GeneratedSources.RemoveAll(s => s.HintName == CatalogHintName);

    /// <summary>The hint name of the catalog of all filings.</summary>
    public const string CatalogHintName = "TypedFiling.FilingCatalog.g.cs";

    /// <summary>The text of the generated source with <paramref name="hintName"/>.</summary>
    public string Source(string hintName) => GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>The text of the only generated source.</summary>
    public string SingleSource() => GeneratedSources.Single().SourceText.ToString();

    /// <summary>
    /// The generated <c>Filing</c> of the class <paramref name="fullName"/> ("Filings.Report"), compiled and read: the values
    /// live in the filing's table, not as C# a test could search.
    /// </summary>
    public Filing ReadFiling(string fullName)
    {
        using var assembly = new GeneratedAssembly(this);
        return assembly.Filing(fullName);
    }
}
