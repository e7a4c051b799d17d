using System.Linq;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Emit;
using TypedFiling.Parsing;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

public sealed class GenerateTests
{
    [Fact]
    public void Generate_prints_exactly_what_the_generators_emitter_writes()
    {
        var run = Tool.Run("generate", RepositoryPaths.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var options = FilingOptions.ForPath(RepositoryPaths.Seed) with { FilePath = Path.GetFullPath(RepositoryPaths.Seed) };
        Assert.Equal(FilingEmitter.Emit(FilingParser.Parse(File.ReadAllText(RepositoryPaths.Seed), options).Model), run.Out);
        Assert.Contains("namespace Filings\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("public static partial class Iij20F2010\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_takes_the_namespace_class_name_and_company_as_the_item_metadata_does()
    {
        var run = Tool.Run("generate", RepositoryPaths.Seed, "--namespace", "MyApp.Filings", "--class-name", "Iij2010", "--company", "Internet Initiative Japan Inc.");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("namespace MyApp.Filings\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("public static partial class Iij2010\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Risk factors of Internet Initiative Japan Inc.'s filing", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_class_name_is_the_generators_diagnostic_and_exit_code_2()
    {
        var run = Tool.Run("generate", RepositoryPaths.Seed, "--class-name", "class");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(
            RepositoryPaths.Seed + ":1:1: error TF0006: The class name 'class' configured for '" + RepositoryPaths.Seed + "' is not a valid C# identifier; no code is generated for the filing\n",
            run.Error);
    }

    [Fact]
    public void An_unknown_currency_is_a_warning_and_the_defaults_are_kept()
    {
        var run = Tool.Run("generate", RepositoryPaths.Seed, "--currency", "XYZ");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(RepositoryPaths.Seed + ":1:1: warning TF0007: The currency 'XYZ'", run.Error, StringComparison.Ordinal);

        // The values are in the table the generated Filing reads (packed: Z85, nothing to unescape).
        var table = System.Text.RegularExpressions.Regex.Match(run.Out, "__Table = \"([^\"]*)\";").Groups[1].Value;
        var amounts = FilingTable.Read(table, null).RiskFactors.SelectMany(r => r.Figures).OfType<Money>().ToList();
        Assert.NotEmpty(amounts);
        Assert.All(amounts, money => Assert.Equal("JPY", money.Currency));
    }
}
