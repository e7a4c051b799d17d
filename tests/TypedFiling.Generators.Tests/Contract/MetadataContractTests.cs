using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>
/// A metadata is one entry of <see cref="FilingMetadata.All"/>; what cannot be derived from it, because MSBuild, the public
/// API or a reader needs the name written out, is checked against it here: the package's props (what the compiler lets
/// the generator see), the targets (Lock), <see cref="FilingReadOptions"/> and the README.
/// </summary>
public sealed class MetadataContractTests
{
    private static readonly XDocument Props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "TypedFiling", "buildTransitive", "TypedFiling.props"));

    [Fact]
    public void The_compiler_shows_the_generator_every_metadata_and_project_property_but_the_lock_the_targets_read()
    {
        var itemMetadata = Props.Descendants("CompilerVisibleItemMetadata").Select(e => (string)e.Attribute("MetadataName")!).ToHashSet(StringComparer.Ordinal);
        var properties = Props.Descendants("CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).ToHashSet(StringComparer.Ordinal);
        var targets = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "TypedFiling", "buildTransitive", "TypedFiling.targets"));

        foreach (var metadata in FilingMetadata.All.Where(m => !ReferenceEquals(m, FilingMetadata.Lock)))
        {
            Assert.Contains(metadata.Name, itemMetadata);
            if (metadata.ProjectProperty is { } property)
            {
                Assert.Contains(property, properties);
            }
        }

        Assert.Contains("%(TypedFiling." + FilingMetadata.Lock.Name + ")", targets, StringComparison.Ordinal);
    }

    [Fact]
    public void FilingReadOptions_has_a_property_of_each_metadata_and_no_other()
    {
        var properties = typeof(FilingReadOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);

        Assert.Equal(FilingMetadata.All.Select(m => m.Name).Order(StringComparer.Ordinal), properties.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(properties, p => Assert.Equal(typeof(string), p.PropertyType));
    }

    [Fact]
    public void FilingReadOptions_hands_each_property_to_the_front_door_by_its_name()
    {
        var options = new FilingReadOptions();
        foreach (var property in typeof(FilingReadOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            property.SetValue(options, "value of " + property.Name);
        }

        var metadata = (Func<string, string?>)Delegate.CreateDelegate(
            typeof(Func<string, string?>), options, typeof(FilingReadOptions).GetMethod("Metadata", BindingFlags.NonPublic | BindingFlags.Instance)!);
        Assert.All(FilingMetadata.All, m => Assert.Equal("value of " + m.Name, metadata(m.Name)));
    }

    [Fact]
    public void The_README_documents_every_metadata()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.All(FilingMetadata.All, m => Assert.Matches("`" + Regex.Escape(m.Name) + "[`=]", readme));
    }
}
