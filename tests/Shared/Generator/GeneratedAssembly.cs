using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace TypedFiling.Tests.Shared;

/// <summary>A generator run's output compiled and loaded in a collectible context, so tests can read the generated values.</summary>
public sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext context;

    public GeneratedAssembly(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var emit = run.OutputCompilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" + GeneratorHarness.Describe(emit.Diagnostics));
        }

        stream.Position = 0;
        context = new AssemblyLoadContext("generated", isCollectible: true);
        Assembly = context.LoadFromStream(stream);
    }

    public Assembly Assembly { get; }

    /// <summary>The generated type <paramref name="fullName"/>.</summary>
    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    /// <summary>The value of the generated filing class's <c>Filing</c> property.</summary>
    public Filing Filing(string fullName) =>
        (Filing)Type(fullName).GetProperty("Filing", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public void Dispose() => context.Unload();
}
