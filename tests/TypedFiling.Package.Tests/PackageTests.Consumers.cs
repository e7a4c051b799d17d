using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace TypedFiling.Package.Tests;

/// <summary>
/// The consumers the package is for, built from the packed package outside the repository: a netstandard2.0
/// library on C# 7.3 (the default of netstandard2.0 and .NET Framework), a library that keeps its filings
/// internal and leaves their bodies out, and an app whose filings have the ordinary names filing.md and
/// risk-factors.md. Each builds with warnings as errors.
/// </summary>
public sealed partial class PackageTests
{
    [Fact]
    public void A_netstandard2_0_library_on_CSharp_7_3_builds_warning_free()
    {
        AssertPacked();
        var library = CreateProject(
            "Cs73Library",
            """
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>7.3</LangVersion>
            """,
            """<TypedFiling Include="filings/*.md" />""",
            "Controls.cs",
            """
            namespace Cs73Library
            {
                public static class Controls
                {
                    public const string Competition = Filings.Iij20F2010.RiskFactors.CompeteEffectively.Title;

                    public static int Count() { return Filings.Iij20F2010.Filing.RiskFactors.Count; }
                }
            }

            """);

        var build = BuildWarningFree(library);
        Assert.Contains("Iij20F2010", PublicTypeNames(OutputOf(library, "netstandard2.0")));
        output.WriteLine(build.ToString());
    }

    [Fact]
    public void A_library_with_Visibility_internal_exposes_no_filing_type_and_IncludeText_false_no_body()
    {
        AssertPacked();
        var library = CreateProject(
            "InternalLibrary",
            """
                <TargetFramework>netstandard2.0</TargetFramework>
                <TypedFilingIncludeText>false</TypedFilingIncludeText>
            """,
            """<TypedFiling Include="filings/*.md" Visibility="internal" />""",
            "Uses.cs",
            """
            namespace InternalLibrary
            {
                internal static class Uses
                {
                    internal const string Competition = Filings.Iij20F2010.RiskFactors.CompeteEffectively.Title;
                }
            }

            """);

        BuildWarningFree(library);
        var assembly = OutputOf(library, "netstandard2.0");
        Assert.Empty(PublicTypeNames(assembly));
        var fields = FieldNames(assembly);
        Assert.Contains("Title", fields);
        Assert.DoesNotContain("Text", fields);
    }

    [Fact]
    public void An_app_with_filings_named_filing_md_and_risk_factors_md_builds_warning_free()
    {
        AssertPacked();
        var app = CreateProject(
            "OrdinaryNames",
            """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
            """,
            """<TypedFiling Include="filings/*.md" />""",
            "Program.cs",
            """
            foreach (var filing in OrdinaryNames.Filings.FilingCatalog.All)
            {
                System.Console.WriteLine(filing.Name + " " + filing.RiskFactors.Count);
            }

            """,
            "filing.md",
            "risk-factors.md");

        BuildWarningFree(app);
        var run = DotNet.Run(app, BuildTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.Output.Split('\n').Count(line => line.Trim().EndsWith(" 18", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_package_page_has_the_repository_and_working_links()
    {
        AssertPacked();
        var nuspec = Nuspec(package.PackagePath);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("https://github.com/typedfiling/typedfiling", (string?)metadata.Element(ns + "repository")?.Attribute("url"));
        Assert.Equal("https://github.com/typedfiling/typedfiling", metadata.Element(ns + "projectUrl")?.Value);
        var description = metadata.Element(ns + "description")!.Value;
        Assert.DoesNotContain("kept as Markdown", description, StringComparison.Ordinal);
        Assert.Contains("EDGAR HTML", description, StringComparison.Ordinal);

        using var zip = System.IO.Compression.ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();
        var links = Regex.Matches(readme, @"\]\(([^)#]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
        Assert.Contains("https://github.com/typedfiling/typedfiling/blob/main/docs/package.md", links);
    }

    private CommandResult BuildWarningFree(string project)
    {
        var build = DotNet.Run(project, BuildTimeout, "build", "--disable-build-servers", "-p:TreatWarningsAsErrors=true");
        output.WriteLine($"dotnet build {Path.GetFileName(project)}: {build.Duration.TotalSeconds:F1} s");
        Assert.True(build.ExitCode == 0, build.ToString());
        var warnings = Regex.Matches(build.Output, @"(?m)^.*: (warning|error) [A-Z]+[0-9]+:.*$").Select(m => m.Value).Distinct().ToList();
        Assert.True(warnings.Count == 0, "The build warned:" + Environment.NewLine + string.Join(Environment.NewLine, warnings) + Environment.NewLine + build);
        return build;
    }

    /// <summary>
    /// A project under the temporary folder, with the seed filing under each of <paramref name="filingNames"/>
    /// (iij-20f-2010.md by default), one source file, and NuGet.config pointing at the test feed.
    /// </summary>
    private string CreateProject(string name, string properties, string items, string sourceName, string source, params string[] filingNames)
    {
        var directory = IsolatedFolder(name);
        foreach (var filing in filingNames.Length > 0 ? filingNames : ["iij-20f-2010.md"])
        {
            CopySeedFiling(directory, filing);
        }

        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {properties}
                <RestorePackagesPath>{Escape(Path.Combine(package.WorkDirectory, "packages"))}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TypedFiling" Version="{package.Version}" />
                {items}
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(directory, sourceName), source);
        return directory;
    }

    private static string OutputOf(string project, string targetFramework) =>
        Path.Combine(project, "bin", "Debug", targetFramework, Path.GetFileName(project) + ".dll");

    /// <summary>The types another assembly can see, read from metadata without loading the assembly.</summary>
    private static List<string> PublicTypeNames(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            if (IsVisibleOutside(metadata, metadata.GetTypeDefinition(handle)))
            {
                names.Add(metadata.GetString(metadata.GetTypeDefinition(handle).Name));
            }
        }

        return names;
    }

    private static bool IsVisibleOutside(MetadataReader metadata, TypeDefinition type)
    {
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        return visibility == TypeAttributes.Public ||
            (visibility == TypeAttributes.NestedPublic && IsVisibleOutside(metadata, metadata.GetTypeDefinition(type.GetDeclaringType())));
    }

    private static HashSet<string> FieldNames(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.FieldDefinitions.Select(f => metadata.GetString(metadata.GetFieldDefinition(f).Name)).ToHashSet(StringComparer.Ordinal);
    }
}
