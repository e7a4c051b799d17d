using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The parser of an earlier commit beside this one, on the same inputs in one BenchmarkDotNet run: "is the whole
/// 10-K's parse no slower than before" asks for both in one run, on one machine state. Each version's
/// TypedFiling.Parsing.dll is loaded into a load context of its own and <c>FilingParser.Parse</c> is called through
/// one delegate per version, so both pay the same call. The baseline's folder is TYPEDFILING_BASELINE_PARSER (built
/// by scripts/compare-parse.sh from a commit); "current" is this build's parser, loaded the same way.
/// </summary>
[MemoryDiagnoser]
public class ParserVersionBenchmarks
{
    private Func<string, object>? parse;
    private string text = string.Empty;

    [Params("baseline", "current")]
    public string Version { get; set; } = "current";

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = Inputs.NvidiaFull;

    public static IEnumerable<string> Names => Inputs.Selected(Inputs.NvidiaFull, Inputs.NvidiaRisk, Inputs.Seed);

    [GlobalSetup]
    public void Setup()
    {
        text = Inputs.Text(Input);
        var folder = Version == "current"
            ? AppContext.BaseDirectory
            : Environment.GetEnvironmentVariable("TYPEDFILING_BASELINE_PARSER")
              ?? throw new InvalidOperationException("TYPEDFILING_BASELINE_PARSER names no folder: run scripts/compare-parse.sh COMMIT.");
        parse = ParseFunction(Path.Combine(folder, "TypedFiling.Parsing.dll"), "filings/" + Input);
    }

    [Benchmark(Description = "FilingParser.Parse")]
    public object Parse() => parse!(text);

    /// <summary>FilingParser.Parse(text, FilingOptions.ForPath(path)) of the parser at <paramref name="assemblyPath"/>, whatever its types' visibility.</summary>
    private static Func<string, object> ParseFunction(string assemblyPath, string path)
    {
        var context = new AssemblyLoadContext("parser " + assemblyPath);
        var assembly = context.LoadFromAssemblyPath(assemblyPath);
        const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        var optionsType = assembly.GetType("TypedFiling.Parsing.FilingOptions", throwOnError: true)!;
        var forPath = optionsType.GetMethods(Static).Single(m => m.Name == "ForPath" && m.GetParameters().Length == 2);
        var options = forPath.Invoke(null, new object[] { path, "Bench.Filings" })!;
        var parser = assembly.GetType("TypedFiling.Parsing.FilingParser", throwOnError: true)!;
        var parseMethod = parser.GetMethods(Static).Single(m => m.Name == "Parse" && m.GetParameters().Length == 3 && m.GetParameters()[1].ParameterType == optionsType);
        var arguments = new object?[] { null, options, CancellationToken.None };
        return input =>
        {
            arguments[0] = input;
            return parseMethod.Invoke(null, arguments)!;
        };
    }
}
