using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using TypedFiling.Parsing;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The filings the benchmarks read: the repository's own files (filings/ and tests/Data/whole), which the project copies
/// into Data/ beside its binary, and inputs built from them in memory. A name ends with its extension, which decides the format.
/// </summary>
internal static class Inputs
{
    public const string Seed = "iij-20f-2010.md";
    public const string Largest = "apple-10k-2024.md";

    /// <summary>The seed written out 16 times one after another: only the first copy's risk section is read as one.</summary>
    public const string Seed16 = "iij-20f-2010-x16.md";

    /// <summary>One risk section holding the seed's risk factors 4 times (<see cref="GrowthInput"/>).</summary>
    public const string Risk4 = "iij-20f-2010-risk-x4.md";

    /// <summary>One risk section holding the seed's risk factors 16 times (<see cref="GrowthInput"/>).</summary>
    public const string Risk16 = "iij-20f-2010-risk-x16.md";

    /// <summary>The growth input made about 10 MB: the filing a cancelled IDE run is measured on.</summary>
    public const string Risk10Mb = "iij-20f-2010-risk-10mb.md";

    /// <summary>NVIDIA's 10-K for 2024 as EDGAR HTML, its risk-factor part (filings/nvidia-10k-2024.htm).</summary>
    public const string NvidiaRisk = "nvidia-10k-2024.htm";

    /// <summary>The whole 2 MB NVIDIA 10-K with its inline XBRL.</summary>
    public const string NvidiaFull = "nvidia-10k-2024-full.htm";

    /// <summary>The whole NVIDIA 10-K written out 5 times (about 10 MB of HTML), for cancellation.</summary>
    public const string NvidiaFull5 = "nvidia-10k-2024-full-x5.htm";

    private const int TenMegabytes = 10 * 1024 * 1024;

    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>The Markdown inputs, measured against Markdig: the seed is the growth input's x1.</summary>
    public static IEnumerable<string> Markdown => Selected(Seed, Largest, Seed16, Risk4, Risk16);

    /// <summary>The HTML inputs, measured against AngleSharp.</summary>
    public static IEnumerable<string> Html => Selected(NvidiaRisk, NvidiaFull);

    /// <summary>The 10 MB inputs a cancelled run is measured on.</summary>
    public static IEnumerable<string> Large => Selected(Risk10Mb, NvidiaFull5);

    /// <summary>What the stage profiler (--stages) runs by default.</summary>
    public static IEnumerable<string> Names => new[] { Seed, Largest, Seed16, Risk16, NvidiaRisk };

    /// <summary>
    /// The given inputs, or only those named in TYPEDFILING_BENCH_INPUTS (comma-separated, e.g.
    /// "iij-20f-2010.md") when it is set: to run one input of a class. A class left with none runs none.
    /// </summary>
    public static IEnumerable<string> Selected(params string[] names)
    {
        var only = Environment.GetEnvironmentVariable("TYPEDFILING_BENCH_INPUTS");
        return string.IsNullOrWhiteSpace(only)
            ? names
            : Array.FindAll(names, name => Array.IndexOf(only.Split(',', StringSplitOptions.TrimEntries), name) >= 0);
    }

    /// <summary>The text of the named input, built once per process.</summary>
    public static string Text(string name) => Texts.GetOrAdd(name, Build);

    /// <summary>What the input weighs as a file on disk: its UTF-8 bytes.</summary>
    public static int Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));

    /// <summary>Whether the input is read as HTML (by its extension, as the generator decides).</summary>
    public static bool IsHtml(string name) => FilingFormats.FromExtension(name) == FilingFormat.Html;

    /// <summary>The options the generator would read the input with: named after it, so its extension picks the format.</summary>
    public static FilingOptions Options(string name) => FilingOptions.ForPath("filings/" + name, "Bench.Filings");

    private static string Build(string name) => name switch
    {
        Seed16 => Repeat(Text(Seed), 16),
        Risk4 => GrowthInput.Build(Text(Seed), 4),
        Risk16 => GrowthInput.Build(Text(Seed), 16),
        Risk10Mb => GrowthInput.Build(Text(Seed), GrowthInput.CopiesFor(Text(Seed), TenMegabytes)),
        NvidiaFull5 => Repeat(Text(NvidiaFull), 5),
        _ => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", name)),
    };

    private static string Repeat(string text, int times)
    {
        var builder = new StringBuilder(text.Length * times + times);
        for (var i = 0; i < times; i++)
        {
            builder.Append(text);
            if (!text.EndsWith('\n'))
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }
}
