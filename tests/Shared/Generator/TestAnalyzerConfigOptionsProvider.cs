using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedFiling.Tests.Shared;

/// <summary>
/// Serves what MSBuild writes into the generated .editorconfig: global <c>build_property.*</c> options and
/// per-file <c>build_metadata.AdditionalFiles.*</c> metadata, keyed by the additional file's path.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, TestAnalyzerConfigOptions> perFile;

    /// <summary>Options with <paramref name="global"/> keys (full keys, e.g. <c>build_property.RootNamespace</c>) and per-path metadata.</summary>
    public TestAnalyzerConfigOptionsProvider(
        IReadOnlyDictionary<string, string> global,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
    {
        GlobalOptions = new TestAnalyzerConfigOptions(global);
        var builder = ImmutableDictionary.CreateBuilder<string, TestAnalyzerConfigOptions>(StringComparer.Ordinal);
        foreach (var pair in perFile)
        {
            builder[pair.Key] = new TestAnalyzerConfigOptions(pair.Value);
        }

        this.perFile = builder.ToImmutable();
    }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestAnalyzerConfigOptions.Empty;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var options) ? options : TestAnalyzerConfigOptions.Empty;
}

/// <summary>One set of analyzer config options: a case-insensitive dictionary, as the compiler's is.</summary>
public sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> values;

    /// <summary>Options holding <paramref name="values"/>.</summary>
    public TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) =>
        this.values = ImmutableDictionary.CreateRange(KeyComparer, values);

    /// <summary>No options at all.</summary>
    public static TestAnalyzerConfigOptions Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

    /// <inheritdoc/>
    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

    /// <inheritdoc/>
    public override IEnumerable<string> Keys => values.Keys;
}
