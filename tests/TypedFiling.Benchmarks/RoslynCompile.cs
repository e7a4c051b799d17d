using System;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace TypedFiling.Benchmarks;

/// <summary>
/// Roslyn's compile of generated code as a build does it, for <see cref="ConstructCostBenchmarks"/> and
/// <see cref="GeneratedOutputCost"/>: a library referencing .NET 8 and a runtime, emitted with its portable PDB and its
/// reference assembly, and its XML documentation file when the documentation mode is Diagnose (GenerateDocumentationFile).
/// </summary>
internal static class RoslynCompile
{
    /// <summary>
    /// An empty library whose references are bound: a compilation made from it with AddSyntaxTrees reuses its referenced
    /// assemblies (as the compiler server keeps them from build to build), so the fixed cost of compiling a file is small
    /// beside its members'. It compiles on one thread (concurrentBuild: false): a build spreads the same work over the
    /// cores, and on a machine shared with other builds one thread's time says what the work costs, not how the cores
    /// were shared.
    /// </summary>
    public static CSharpCompilation Library(MetadataReference runtime)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            Array.Empty<SyntaxTree>(),
            Net80.References.All.Append(runtime),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true,
                concurrentBuild: false,
                nullableContextOptions: NullableContextOptions.Enable));
        GC.KeepAlive(compilation.GetDiagnostics());
        return compilation;
    }

    /// <summary>A reference to an assembly compiled from <paramref name="source"/>.</summary>
    public static MetadataReference Reference(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source) },
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(name + " does not compile: " + string.Join("; ", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>What a build writes: the assembly, its portable PDB, its reference assembly, and the XML docs if asked.</summary>
    public static EmitResult Emit(CSharpCompilation compilation, bool documentation)
    {
        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        using var referenceAssembly = new MemoryStream();
        using var xml = documentation ? new MemoryStream() : null;
        return compilation.Emit(
            assembly,
            pdb,
            xmlDocumentationStream: xml,
            metadataPEStream: referenceAssembly,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, includePrivateMembers: false));
    }
}
