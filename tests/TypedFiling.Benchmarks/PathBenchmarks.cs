using BenchmarkDotNet.Attributes;
using TypedFiling.Emit;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Benchmarks;

/// <summary>
/// What the generator does with one filing, measured two ways beside a baseline that each derived class names
/// for its format: the parse alone (text to model: blocks, outline, figures, names, facts; "the path per
/// filing") and the parse with the emit (text to C# source).
/// </summary>
[MemoryDiagnoser]
public abstract class PathBenchmarks
{
    protected string Text { get; private set; } = string.Empty;

    private protected FilingOptions Options { get; private set; } = Inputs.Options(Inputs.Seed);

    [Benchmark(Description = "TypedFiling parse")]
    public object Parse() => FilingParser.Parse(Text, Options);

    [Benchmark(Description = "TypedFiling parse+emit")]
    public string ParseAndEmit() => FilingEmitter.Emit(FilingParser.Parse(Text, Options).Model);

    /// <summary>Reads the input and, for a growth input, checks that it is what it claims (throws if not).</summary>
    protected void Prepare(string input)
    {
        Text = Inputs.Text(input);
        Options = Inputs.Options(input);
        if (GrowthInput.Copies(input) is > 0 and var copies)
        {
            System.Console.WriteLine(GrowthInput.Verify(Inputs.Text(Inputs.Seed), Text, copies, input));
        }
    }
}
