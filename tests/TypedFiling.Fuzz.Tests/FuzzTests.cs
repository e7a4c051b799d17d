using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using TypedFiling.Robustness.Tests.Harness;
using TypedFiling.Tests.Shared;
using Xunit.Abstractions;

namespace TypedFiling.Fuzz.Tests;

/// <summary>
/// Mutated real filings through the real generator. For every case: no exception, generated code that compiles
/// without errors, the same output on a second run, and no raw control or bidirectional character.
/// A few hundred cases by default; set TYPEDFILING_FUZZ_CASES (e.g. 10000) to run more, and
/// TYPEDFILING_FUZZ_SEED to replay a CsCheck seed.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 150;

    [Fact]
    public void Mutated_filings_always_give_compiled_escaped_deterministic_code()
    {
        var cases = Environment.GetEnvironmentVariable("TYPEDFILING_FUZZ_CASES") is { Length: > 0 } configured
            ? int.Parse(configured, CultureInfo.InvariantCulture)
            : DefaultCases;
        var seed = Environment.GetEnvironmentVariable("TYPEDFILING_FUZZ_SEED");
        var ran = 0;
        var watch = Stopwatch.StartNew();
        FuzzCase.Gen.Sample(
            fuzzCase =>
            {
                Interlocked.Increment(ref ran);
                var problems = Check(fuzzCase.Text(), fuzzCase.Path);
                if (problems is not null)
                {
                    Save(fuzzCase);
                }

                return problems is null;
            },
            seed: string.IsNullOrEmpty(seed) ? null : seed,
            iter: cases,
            threads: -1,
            print: fuzzCase => fuzzCase + Environment.NewLine + Check(fuzzCase.Text(), fuzzCase.Path));
        output.WriteLine($"{ran} cases (shrinking included) in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Every failure the fuzzer found, kept as a file and replayed here.</summary>
    [Theory]
    [MemberData(nameof(Regressions))]
    public void Regression(string name)
    {
        var text = File.ReadAllText(RepositoryPaths.Data("fuzz-regressions", name));
        var problems = Check(text);
        Assert.True(problems is null, problems);
    }

    public static TheoryData<string> Regressions()
    {
        var data = new TheoryData<string>();
        var directory = RepositoryPaths.Data("fuzz-regressions");
        foreach (var file in Directory.GetFiles(directory, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    /// <summary>All the properties, for one input; null when they hold.</summary>
    internal static string? Check(string text, string path = HostileRun.FilingPath)
    {
        HostileRun first;
        try
        {
            first = HostileRun.Of(text, path);
        }
        catch (Exception exception)
        {
            return "the harness threw " + exception;
        }

        var problems = first.Problems();
        var second = HostileRun.Of(text, path);
        if (!first.Sources.SequenceEqual(second.Sources) ||
            !first.GeneratorDiagnostics.Select(d => d.ToString()).SequenceEqual(second.GeneratorDiagnostics.Select(d => d.ToString())))
        {
            problems = (problems is null ? string.Empty : problems + Environment.NewLine) + "a second run gave different output";
        }

        return problems;
    }

    /// <summary>Writes a failing input where it can be copied into tests/Data/fuzz-regressions/.</summary>
    private static void Save(FuzzCase fuzzCase)
    {
        var directory = Path.Combine(Path.GetTempPath(), "typedfiling-fuzz-failures");
        Directory.CreateDirectory(directory);
        var text = fuzzCase.Text();
        var name = "case-" + ((uint)StringComparer.Ordinal.GetHashCode(text)).ToString("x8", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(directory, name + System.IO.Path.GetExtension(fuzzCase.Path)), text);
        File.WriteAllText(Path.Combine(directory, name + ".txt"), fuzzCase.ToString());
    }
}
