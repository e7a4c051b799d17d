using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>
/// The generated members are static fields, each class's set by its one type initializer from the filing's <c>Filing</c>.
/// Whatever member a program reads first, in a fresh load, every member holds its value (no initializer reads a field of
/// its own class that is not set yet); and a table the runtime cannot read fails no type initializer, the generated ones
/// or a consumer's, in the same assembly or another.
/// </summary>
public sealed class InitializationTests
{
    private const string Seed = "Filings.Iij20F2010";
    private const string Sample = "Filings.Sample10K";
    private const string Investments = Seed + "+RiskFactors+InvestmentsSubsidiariesEquityMethodInvestees";

    /// <summary>What a program may read first: each a path to one generated member.</summary>
    private static readonly (string Name, Func<Assembly, object?> Read)[] Steps =
    {
        ("figure", a => Field(a, Investments + "+Figures", "AcquisitionPriceOfIijGlobal")),
        ("figures", a => Field(a, Investments + "+Figures", "All")),
        ("text", a => Field(a, Investments, "Text")),
        ("info", a => Field(a, Investments, "Info")),
        ("risk factors", a => Field(a, Seed + "+RiskFactors", "All")),
        ("filing", a => a.GetType(Seed, true)!.GetProperty("Filing")!.GetValue(null)),
        ("concept", a => Field(a, Sample + "+Facts+UsGaap", "Revenues")),
        ("catalog", a => a.GetType("Filings.FilingCatalog", true)!.GetProperty("All")!.GetValue(null)),
    };

    public static TheoryData<int> Orders() => new(Enumerable.Range(0, Steps.Length + 1));

    [Theory]
    [MemberData(nameof(Orders))]
    public void Members_read_in_any_order_in_a_fresh_load_hold_the_filings_values(int order)
    {
        // Each step first once (the rest after it in turn), and all of them backwards.
        var steps = order < Steps.Length ? Steps.Skip(order).Concat(Steps.Take(order)).ToArray() : Steps.Reverse().ToArray();
        using var context = new FreshContext(Compiled(SeedAndSample()));

        var read = steps.ToDictionary(step => step.Name, step => step.Read(context.Main), StringComparer.Ordinal);

        var filing = Assert.IsType<Filing>(read["filing"]);
        var info = Assert.IsType<RiskFactor>(read["info"]);
        Assert.Null(filing.ReadError);
        Assert.Same(filing.RiskFactors, read["risk factors"]);
        Assert.Same(filing.RiskFactors[2], info);
        Assert.Same(info.Text, read["text"]);
        Assert.Same(info.Figures, read["figures"]);
        Assert.Contains(Assert.IsType<Money>(read["figure"]), info.Figures);
        Assert.Equal(9_200_000_000m, ((Money)read["figure"]!).Amount);
        Assert.Equal(60_922_000_000m, Assert.IsType<Concept>(read["concept"]).Current!.Value);
        Assert.Contains(filing, Assert.IsAssignableFrom<IReadOnlyList<Filing>>(read["catalog"]));
    }

    [Fact]
    public void A_consumers_initializers_in_another_assembly_read_the_values_whatever_they_read_first()
    {
        var run = GeneratorHarness.Run(SeedAndSample());
        var library = Compiled(run);
        var app = GeneratorHarness.CreateCompilation(new[] { ConsumerSource })
            .WithAssemblyName("App")
            .AddReferences(MetadataReference.CreateFromImage(library));
        using var context = new FreshContext(Emit(app), library);

        var consumer = context.Main.GetType("App.Consumer", true)!;
        Assert.Equal(9_200_000_000m, consumer.GetField("Amount")!.GetValue(null));
        Assert.Equal("compete-effectively", consumer.GetField("Id")!.GetValue(null));
        Assert.StartsWith("The major competitors", (string)consumer.GetField("Text")!.GetValue(null)!, StringComparison.Ordinal);
        Assert.Equal(60_922_000_000m, consumer.GetField("Revenue")!.GetValue(null));
        Assert.Equal(18, consumer.GetField("Count")!.GetValue(null));
    }

    [Fact]
    public void A_table_the_runtime_cannot_read_fails_no_type_initializer_and_says_why()
    {
        var run = GeneratorHarness.Run(SeedAndSample());
        var sources = run.AllGeneratedSources.Select(s => s.SourceText.ToString())
            .Select(source => Replace(source, "private const string __Table = \"", "TF2,1,5:abc"))
            .Append(ConsumerSource.Replace("decimal Amount = Price.Amount", "decimal Amount = Price is null ? -1 : Price.Amount", StringComparison.Ordinal));
        var compilation = GeneratorHarness.CreateCompilation(sources).WithAssemblyName("App");
        using var context = new FreshContext(Emit(compilation));

        // The consumer stores members and reads constants in its own initializer: it initializes.
        var consumer = context.Main.GetType("App.Consumer", true)!;
        Assert.Equal(-1m, consumer.GetField("Amount")!.GetValue(null));
        Assert.Equal("compete-effectively", consumer.GetField("Id")!.GetValue(null));
        Assert.Null(consumer.GetField("Text")!.GetValue(null));
        Assert.Null(consumer.GetField("Price")!.GetValue(null));
        Assert.Equal(0, consumer.GetField("Count")!.GetValue(null));

        // The filings are empty and say why; what reads from them is null, or an empty list; the constants stand.
        var filing = (Filing)context.Main.GetType(Seed, true)!.GetProperty("Filing")!.GetValue(null)!;
        Assert.Contains("regenerate", filing.ReadError, StringComparison.Ordinal);
        Assert.Null(Field(context.Main, Investments, "Info"));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<Figure>>(Field(context.Main, Investments + "+Figures", "All")));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<RiskFactor>>(Field(context.Main, Seed + "+RiskFactors", "All")));
        Assert.Null(Field(context.Main, Sample + "+Facts+UsGaap", "Revenues"));
        Assert.Equal(3, Field(context.Main, Investments, "Number"));
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyList<Filing>>(context.Main.GetType("Filings.FilingCatalog", true)!.GetProperty("All")!.GetValue(null)).Count);
    }

    /// <summary>A consumer whose static initializers read generated members: a figure first, then constants, a body, a concept, the filing.</summary>
    private const string ConsumerSource = """
        namespace App
        {
            internal static class Consumer
            {
                public static readonly TypedFiling.Money Price = Filings.Iij20F2010.RiskFactors.InvestmentsSubsidiariesEquityMethodInvestees.Figures.AcquisitionPriceOfIijGlobal;
                public static readonly decimal Amount = Price.Amount;
                public static readonly string Id = Filings.Iij20F2010.RiskFactors.CompeteEffectively.Id;
                public static readonly string Text = Filings.Iij20F2010.RiskFactors.CompeteEffectively.Text;
                public static readonly decimal? Revenue = Filings.Sample10K.Facts.UsGaap.Revenues?.Current?.Value;
                public static readonly int Count = Filings.Iij20F2010.Filing.RiskFactors.Count;
            }
        }
        """;

    private static GeneratorInput SeedAndSample() => new GeneratorInput()
        .WithFiling(TestFilings.SeedPath, TestFilings.Seed())
        .WithFiling("filings/sample-10k.htm", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Data", "xbrl", "sample-10k.htm")));

    private static byte[] Compiled(GeneratorInput input) => Compiled(GeneratorHarness.Run(input));

    private static byte[] Compiled(GeneratorRun run)
    {
        Assert.True(run.AllDiagnostics.IsEmpty, GeneratorHarness.Describe(run.AllDiagnostics));
        return Emit(run.OutputCompilation);
    }

    private static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, GeneratorHarness.Describe(result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary><paramref name="source"/> with the string literal after <paramref name="marker"/> replaced by <paramref name="value"/>, when it has one.</summary>
    private static string Replace(string source, string marker, string value)
    {
        var start = source.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return source;
        }

        start += marker.Length;
        return source[..start] + value + source[source.IndexOf("\";\n", start, StringComparison.Ordinal)..];
    }

    private static object? Field(Assembly assembly, string type, string name) =>
        assembly.GetType(type, true)!.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    /// <summary>A collectible load context of its own holding the compiled assemblies; TypedFiling itself comes from the test's.</summary>
    private sealed class FreshContext : AssemblyLoadContext, IDisposable
    {
        private readonly Dictionary<string, Assembly> loaded = new(StringComparer.Ordinal);

        public FreshContext(byte[] main, params byte[][] others)
            : base("initialization", isCollectible: true)
        {
            foreach (var image in others)
            {
                var assembly = LoadFromStream(new MemoryStream(image));
                loaded[assembly.GetName().Name!] = assembly;
            }

            Main = LoadFromStream(new MemoryStream(main));
        }

        public Assembly Main { get; }

        public void Dispose() => Unload();

        protected override Assembly? Load(AssemblyName assemblyName) => loaded.GetValueOrDefault(assemblyName.Name!);
    }
}
