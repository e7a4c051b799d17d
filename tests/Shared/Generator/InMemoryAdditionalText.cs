using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TypedFiling.Tests.Shared;

/// <summary>An additional file held in memory, as MSBuild would hand the compiler one.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? text;

    /// <summary>A file at <paramref name="path"/> with <paramref name="text"/> (null: the file could not be read).</summary>
    public InMemoryAdditionalText(string path, string? text)
    {
        Path = path;
        this.text = text is null ? null : SourceText.From(text, System.Text.Encoding.UTF8);
    }

    /// <summary>A file at <paramref name="path"/> whose text the compiler has decoded already (from a file's bytes).</summary>
    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        this.text = text;
    }

    /// <inheritdoc/>
    public override string Path { get; }

    /// <inheritdoc/>
    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>An additional file whose text cannot be read: <see cref="GetText"/> throws, as an I/O failure would.</summary>
public sealed class ThrowingAdditionalText : AdditionalText
{
    /// <summary>A file at <paramref name="path"/> that throws <see cref="System.IO.IOException"/> when read.</summary>
    public ThrowingAdditionalText(string path) => Path = path;

    /// <inheritdoc/>
    public override string Path { get; }

    /// <inheritdoc/>
    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        throw new System.IO.IOException("The process cannot access the file '" + Path + "' because it is being used by another process.");
}
