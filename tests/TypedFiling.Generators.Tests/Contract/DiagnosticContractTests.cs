using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using TypedFiling.Generators.Diagnostics;
using TypedFiling.Parsing.Diagnostics;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>
/// Every diagnostic id, read from <see cref="DiagnosticIds"/> by reflection so a new one is covered: it has the
/// catalog's words (which the tool prints), a descriptor with the same words, a help link, a docs page and an
/// AnalyzerReleases row. And the MSBuild-side TFCFG0001 has its help link and page.
/// </summary>
public class DiagnosticContractTests
{
    public static TheoryData<string> Ids() => new(IdList());

    private static string[] IdList() => typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_words_a_descriptor_a_help_link_a_page_and_a_release_row(string id)
    {
        var message = DiagnosticCatalog.Find(id);
        Assert.NotNull(message);
        var descriptor = DiagnosticDescriptors.ForId(id);
        Assert.NotNull(descriptor);

        Assert.Equal(id, descriptor.Id);
        Assert.Equal("TypedFiling", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal(message.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(message.Template, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(message.Level == DiagnosticLevel.Error ? DiagnosticSeverity.Error : message.Level == DiagnosticLevel.Warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info, descriptor.DefaultSeverity);
        Assert.Equal("https://github.com/typedfiling/typedfiling/blob/main/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);

        var page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), page);
        Assert.StartsWith("# " + id + ": ", File.ReadAllText(page), StringComparison.Ordinal);

        var releases = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "generators", "TypedFiling.Generators", "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "generators", "TypedFiling.Generators", "AnalyzerReleases.Shipped.md")));
        var row = Assert.Single(releases, line => line.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.Equal(id + " | TypedFiling | " + descriptor.DefaultSeverity + " | " + message.Title, row);
    }

    [Fact]
    public void The_catalog_holds_every_id_once_and_nothing_else()
    {
        var ids = IdList().OrderBy(i => i, StringComparer.Ordinal);

        Assert.Equal(ids, DiagnosticCatalog.All.Select(m => m.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.Null(DiagnosticCatalog.Find("TF9999"));
        Assert.Null(DiagnosticDescriptors.ForId("TF9999"));
    }

    [Fact]
    public void TFCFG0001_has_a_help_link_to_its_page()
    {
        var targets = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "TypedFiling", "buildTransitive", "TypedFiling.targets"));

        Assert.Contains("HelpLink=\"https://github.com/typedfiling/typedfiling/blob/main/docs/diagnostics/TFCFG0001.md\"", targets, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", "TFCFG0001.md")));
    }
}
