using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedFiling.Robustness.Tests.Harness;
using TypedFiling.Tests.Shared;
using Xunit.Abstractions;

namespace TypedFiling.Robustness.Tests;

/// <summary>
/// Issue 21's bounds on any input: the generated C# is at most 4 bytes per byte of filing and at most 20 MB, whatever the
/// filing holds (a text dense with figures or with characters that must be escaped, a 10 MB whole 10-K), it compiles,
/// and the generator allocates at most 300 MB on a 10 MB file. Sizes and bytes, not times: the same input gives the same.
/// </summary>
public sealed class BoundedOutputTests
{
    private const int MB = 1 << 20;

    private const long MaxAllocated = 300L * MB;

    private readonly ITestOutputHelper output;

    public BoundedOutputTests(ITestOutputHelper output) => this.output = output;

    /// <summary>One risk factor whose body is "$1, $1, …" to <paramref name="size"/> bytes: a figure every four bytes.</summary>
    private static string DollarOnes(int size)
    {
        var text = new StringBuilder(size + 128).Append("**D. Risk Factors.**\n\n**We may lose a dollar many times.**\n\nWe may lose ");
        while (text.Length < size)
        {
            text.Append("$1, ");
        }

        return text.Append("and more.\n").ToString();
    }

    /// <summary>
    /// Risk factors whose titles and bodies are mostly characters C# and XML must escape (controls, zero-width, bidirectional);
    /// each title with <paramref name="titleRepeats"/> more runs of them.
    /// </summary>
    private static string EscapeDense(int size, int titleRepeats = 0)
    {
        const string dense = "\u0001\u0002\u0003\u0004\u0005\u0006\u200B\u202E\u2066\uFEFF\u0007\u000E\u000F\u0010\u0011\u0012 ";
        var text = new StringBuilder(size + 256).Append("**D. Risk Factors.**\n\n");
        for (var k = 0; text.Length < size; k++)
        {
            text.Append("***We may fail ").Append(k).Append(' ').Append(dense, 0, 12).Insert(text.Length, dense, titleRepeats).Append(".***\n\n");
            for (var i = 0; i < 200; i++)
            {
                text.Append(dense);
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>NVIDIA's whole FY2024 10-K (2 MB) five times over: a 10 MB whole filing.</summary>
    private static string WholeFiling()
    {
        var nvidia = File.ReadAllText(RepositoryPaths.Data("whole", "nvidia-10k-2024-full.htm"));
        return string.Concat(Enumerable.Repeat(nvidia, 5));
    }

    [Fact]
    public void One_MB_of_dollar_ones_is_bounded_and_compiles()
    {
        var run = Bounded(DollarOnes(MB), "dollars.md");

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TF0018");
        Assert.Contains("the first 1,000", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(1000, Count(run.Filing!.Text, " = (__TF.Money)__TF.FilingTable.Figure(Info, "));

        // The rest are left to the runtime: FilingReader reads every one.
        var read = FilingReader.Parse(DollarOnes(MB), "dollars.md");
        Assert.True(read.RiskFactors.Single().Figures.Count > 200_000, read.RiskFactors.Single().Figures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Ten_MB_of_dollar_ones_is_bounded_and_compiles() => Bounded(DollarOnes(10 * MB), "dollars.md");

    [Fact]
    public void One_MB_of_text_dense_with_escapes_is_bounded_and_compiles()
    {
        var run = Bounded(EscapeDense(MB), "escapes.md");

        // Its bodies are read from the packed table, as every body is: no literal holds them.
        Assert.DoesNotContain(" Text = \"", run.Filing!.Text, StringComparison.Ordinal);
        Assert.Contains("public static readonly string Text = __TF.FilingTable.Text(Filing, 0);", run.Filing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_MB_of_titles_dense_with_escapes_is_bounded_and_compiles()
    {
        var run = Bounded(EscapeDense(MB, titleRepeats: 400), "escaped-titles.md");

        // Its titles would be over six bytes of C# a byte as literals, half its budget: they are read from the packed table too.
        Assert.DoesNotContain("public const string Title", run.Filing!.Text, StringComparison.Ordinal);
        Assert.Contains("public static readonly string Title = __TF.FilingTable.Title(Filing, 0);", run.Filing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_10_MB_whole_filing_is_bounded_and_compiles()
    {
        var run = Bounded(WholeFiling(), "nvidia-x5.htm");

        Assert.Contains("public static readonly __TF.Concept Revenues = ", run.Filing!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dollars")]
    [InlineData("whole")]
    public void The_generator_allocates_at_most_300_MB_on_a_10_MB_file(string input)
    {
        var text = input == "dollars" ? DollarOnes(10 * MB) : WholeFiling();
        Generate(text, "warm-up.md");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var generated = Generate(text, input == "dollars" ? "dollars.md" : "nvidia-x5.htm");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine(FormattableString.Invariant($"{input}: {Encoding.UTF8.GetByteCount(text):N0} bytes in, {generated:N0} bytes of C#, {allocated:N0} bytes allocated"));
        Assert.True(allocated <= MaxAllocated, FormattableString.Invariant($"{allocated:N0} bytes allocated"));
    }

    /// <summary>Runs the generator and the compiler on <paramref name="text"/>; checks the bounds and that it compiles.</summary>
    private HostileRun Bounded(string text, string name)
    {
        var run = HostileRun.Of(text, "/project/filings/" + name).AssertHolds();
        var inputBytes = Encoding.UTF8.GetByteCount(text);
        var generated = Encoding.UTF8.GetByteCount(run.Filing!.Text);
        output.WriteLine(FormattableString.Invariant($"{name}: {inputBytes:N0} bytes in, {generated:N0} bytes of C# ({(double)generated / inputBytes:0.000} per byte)"));

        Assert.True(generated <= 4L * inputBytes, FormattableString.Invariant($"{generated:N0} bytes for {inputBytes:N0}"));
        Assert.True(generated <= 20 * MB, FormattableString.Invariant($"{generated:N0} bytes"));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "TF0004");
        return run;
    }

    /// <summary>The generator alone, on this thread, through Roslyn's driver: the bytes of the filing's source.</summary>
    private static long Generate(string text, string name)
    {
        var result = GeneratorHarness.Generate(new GeneratorInput()
            .WithoutProperty("ProjectDir")
            .WithAdditionalText(new InMemoryAdditionalText("/project/filings/" + name, text), ("TypedFiling", "true")));
        Assert.Null(result.Exception);
        return result.GeneratedSources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
