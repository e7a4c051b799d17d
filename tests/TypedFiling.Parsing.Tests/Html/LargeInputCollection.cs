using Xunit;

namespace TypedFiling.Parsing.Tests.Html;

/// <summary>
/// The HTML tests that read whole 10-Ks or a 10 MB tag run alone, not beside other classes: their large strings
/// make the garbage collector stop every thread, which would make the timed tests of other classes
/// (Figures/RobustnessTests' linear-time checks) flaky.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeInputCollection
{
    public const string Name = "Large HTML inputs";
}
