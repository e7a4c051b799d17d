using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedFiling.Cli.Commands;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Locking;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary>
/// <c>typedfiling generate</c> prints exactly what the generator emits: the real generator through Roslyn's driver, with a
/// filing's item metadata in a project at the repository's root, against the tool run there with the same metadata as
/// options, for each metadata alone and for all of them together.
/// </summary>
public sealed class GenerateParityTests : IDisposable
{
    private const string Seed = "filings/iij-20f-2010.md";

    /// <summary>The seed's next year, hand-edited: locked with the seed's names, one is kept for a reworded title and one removed.</summary>
    private const string NextYear = "tests/Data/variants/iij-20f-2010-b.md";

    /// <summary>An inline XBRL filing: where Facts makes a difference.</summary>
    private const string Xbrl = "tests/Data/xbrl/sample-10k.htm";

    /// <summary>A value of every metadata that changes what is generated, by name: all of <see cref="FilingMetadata.All"/>.</summary>
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["Namespace"] = "MyApp.Filings",
        ["ClassName"] = "Iij2010",
        ["Company"] = "Internet Initiative Japan Inc.",
        ["Currency"] = "CNY",
        ["Format"] = "text",
        ["Headings"] = "RunIn",
        ["Facts"] = "false",
        ["Visibility"] = "internal",
        ["IncludeText"] = "false",
        ["Lock"] = "(the seed's lock)",
    };

    private readonly string folder = TemporaryFolder.Create();

    /// <summary>The seed's lock, written by the tool's own writer: what <c>typedfiling lock</c> would write.</summary>
    private string LockPath
    {
        get
        {
            var path = Path.Combine(folder, "seed.lock.json");
            if (!File.Exists(path))
            {
                var seed = FilingPipeline.Run(new FilingInput(RepositoryPaths.Seed, Seed, File.ReadAllText(RepositoryPaths.Seed), _ => null)).Model;
                File.WriteAllText(path, LockWriter.Write(LockWriter.Lock(seed), "iij-20f-2010.md"));
            }

            return path;
        }
    }

    /// <summary>Each metadata alone, on the filing it shows on.</summary>
    public static TheoryData<string> Each() => new(FilingMetadata.All.Select(metadata => metadata.Name));

    [Fact]
    public void Every_metadata_has_a_value_here()
    {
        Assert.Equal(FilingMetadata.All.Select(m => m.Name).Order(StringComparer.Ordinal), Values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_metadata_generate_prints_what_the_generator_emits()
    {
        AssertSame(Seed);
    }

    [Theory]
    [MemberData(nameof(Each))]
    public void With_one_metadata_generate_prints_what_the_generator_emits(string name)
    {
        var file = name == FilingMetadata.Facts.Name ? Xbrl : name == FilingMetadata.Lock.Name ? NextYear : Seed;
        AssertSame(file, (name, Value(name)));

        // The value reached both: each changes what is generated.
        Assert.NotEqual(Generate(file), Generate(file, (name, Value(name))));
    }

    [Fact]
    public void With_every_metadata_together_generate_prints_what_the_generator_emits()
    {
        AssertSame(NextYear, FilingMetadata.All.Select(m => (m.Name, m.Name == FilingMetadata.Format.Name ? "markdown" : Value(m.Name))).ToArray());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Value(string name) => name == FilingMetadata.Lock.Name ? LockPath : Values[name];

    /// <summary>The generator's source of <paramref name="file"/> (a path from the repository's root) and the tool's output agree.</summary>
    private void AssertSame(string file, params (string Name, string Value)[] metadata)
    {
        var generated = Generate(file, metadata);
        var tool = ToolProcess.Run(RepositoryPaths.Root, Arguments(file, metadata));

        Assert.True(tool.ExitCode == 0, tool.Error);
        Assert.Equal(generated, tool.Out);
    }

    /// <summary>The generator in a project at the repository's root, the filing an item with <paramref name="metadata"/> (Lock as the targets hand it over).</summary>
    private static string Generate(string file, params (string Name, string Value)[] metadata)
    {
        var path = Path.Combine(RepositoryPaths.Root, file);
        var input = new GeneratorInput { WarningsAsErrors = false }
            .WithProperty("ProjectDir", RepositoryPaths.Root + Path.DirectorySeparatorChar)
            .WithAdditionalText(new InMemoryAdditionalText(path, File.ReadAllText(path)), metadata.Where(m => m.Name != FilingMetadata.Lock.Name).Append(("TypedFiling", "true")).ToArray());
        foreach (var (_, lockPath) in metadata.Where(m => m.Name == FilingMetadata.Lock.Name))
        {
            input.WithAdditionalText(new InMemoryAdditionalText(lockPath, File.ReadAllText(lockPath)), ("TypedFilingLockFor", path));
        }

        return GeneratorHarness.Run(input).GeneratedSources.Single().SourceText.ToString();
    }

    private static string[] Arguments(string file, (string Name, string Value)[] metadata) =>
        new[] { "generate", file }.Concat(metadata.SelectMany(m => new[] { MetadataOptions.OptionName(m.Name), m.Value })).ToArray();
}
