using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;

namespace TypedFiling.Package.Tests;

/// <summary>
/// The template package as a user gets it: installed from the packed .nupkg into a hive of its own,
/// <c>dotnet new typedfiling-filings</c> run outside the repository, the library it makes given a real filing,
/// built from the packed TypedFiling, and an app that references it built and run.
/// </summary>
public sealed partial class PackageTests
{
    private const string TemplateFolder = "content/TypedFiling.Filings/";

    [Fact]
    public void The_template_package_holds_the_filings_template_at_the_packed_version()
    {
        AssertTemplatePacked();
        var entries = Entries(package.TemplatePackagePath);
        var listing = "Package files:" + Environment.NewLine + string.Join(Environment.NewLine, entries);
        Assert.Equal(
            [
                TemplateFolder + ".template.config/dotnetcli.host.json",
                TemplateFolder + ".template.config/template.json",
                TemplateFolder + "Company.Filings.csproj",
                TemplateFolder + "filings/README.md",
            ],
            entries.Where(e => e.StartsWith("content/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.True(!entries.Any(e => e.StartsWith("lib/", StringComparison.Ordinal)), listing);

        var nuspec = Nuspec(package.TemplatePackagePath);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("TypedFiling.Templates", metadata.Element(ns + "id")?.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal(["Template"], metadata.Descendants(ns + "packageType").Select(t => (string?)t.Attribute("name")));
        Assert.Empty(nuspec.Descendants(ns + "dependency"));

        using var template = JsonDocument.Parse(EntryText(package.TemplatePackagePath, TemplateFolder + ".template.config/template.json"));
        Assert.Equal("typedfiling-filings", template.RootElement.GetProperty("shortName").GetString());
        Assert.Equal("Company.Filings", template.RootElement.GetProperty("sourceName").GetString());

        // The version was set when packing: the library references the TypedFiling packed beside it.
        var project = XDocument.Parse(EntryText(package.TemplatePackagePath, TemplateFolder + "Company.Filings.csproj"));
        Assert.Equal(
            [package.Version],
            project.Descendants("PackageReference").Where(r => (string?)r.Attribute("Include") == "TypedFiling").Select(r => (string?)r.Attribute("Version")));
    }

    [Fact]
    public void A_library_made_by_the_template_compiles_the_filings_an_app_uses_and_is_skipped_when_only_the_app_changes()
    {
        var solution = IsolatedFolder("TemplateDefaults", RestoreIntoTestPackages());
        var library = NewFilingsLibrary(solution, "Acme.Filings");
        CopySeedFiling(library, "iij-20f-2010.md");

        var project = XDocument.Load(Path.Combine(library, "Acme.Filings.csproj"));
        Assert.Equal("netstandard2.0", project.Descendants("TargetFramework").Single().Value);
        Assert.Equal("public", project.Descendants("TypedFilingVisibility").Single().Value);
        Assert.Equal("true", project.Descendants("TypedFilingIncludeText").Single().Value);
        Assert.Equal(package.Version, (string?)project.Descendants("PackageReference").Single().Attribute("Version"));
        Assert.True(File.Exists(Path.Combine(library, "filings", "README.md")), "The template made no filings/README.md.");

        var app = Path.Combine(solution, "App");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Acme.Filings/Acme.Filings.csproj" />
              </ItemGroup>
            </Project>

            """);
        var program = Path.Combine(app, "Program.cs");
        File.WriteAllText(program, """
            using Acme.Filings;

            System.Console.WriteLine(Iij20F2010.RiskFactors.CompeteEffectively.Title);
            System.Console.WriteLine(Iij20F2010.Filing.RiskFactors.Count);

            """);

        BuildWarningFree(app);
        Assert.Contains("Iij20F2010", PublicTypeNames(OutputOf(library, "netstandard2.0")));
        Assert.Equal([CompeteEffectivelyTitle, "18"], RunLines(app).TakeLast(2));

        // An edit of the app alone: the library is not compiled again, the app is.
        var libraryAssembly = Path.Combine(library, "obj", "Debug", "netstandard2.0", "Acme.Filings.dll");
        var compiled = File.GetLastWriteTimeUtc(libraryAssembly);
        File.AppendAllText(program, "System.Console.WriteLine(Iij20F2010.RiskFactors.CompeteEffectively.Number);\n");
        BuildWarningFree(app);
        Assert.Equal(compiled, File.GetLastWriteTimeUtc(libraryAssembly));
        Assert.Equal([CompeteEffectivelyTitle, "18", "2"], RunLines(app).TakeLast(3));
    }

    [Fact]
    public void The_template_options_make_an_internal_library_without_bodies_in_the_namespace_and_framework_chosen()
    {
        var solution = IsolatedFolder("TemplateOptions", RestoreIntoTestPackages());
        var library = NewFilingsLibrary(solution, "Acme.InternalFilings", "--visibility", "internal", "--include-text", "false", "--namespace", "Acme.Sec", "--framework", "net10.0");
        CopySeedFiling(library, "iij-20f-2010.md");

        BuildWarningFree(library);
        var assembly = OutputOf(library, "net10.0");
        Assert.Empty(PublicTypeNames(assembly));
        Assert.Contains("Acme.Sec.Iij20F2010", TypeFullNames(assembly));
        var fields = FieldNames(assembly);
        Assert.Contains("Title", fields);
        Assert.DoesNotContain("Text", fields);
    }

    private void AssertTemplatePacked()
    {
        output.WriteLine($"dotnet pack (templates): {package.TemplatePack.Duration.TotalSeconds:F1} s");
        Assert.True(package.TemplatePack.ExitCode == 0, package.TemplatePack.ToString());
        Assert.True(File.Exists(package.TemplatePackagePath), $"{package.TemplatePackagePath} was not packed.{Environment.NewLine}{package.TemplatePack}");
    }

    /// <summary>
    /// <c>dotnet new typedfiling-filings -n NAME</c> with <paramref name="options"/> in <paramref name="solution"/>,
    /// from the template package installed (once) into the test's own hive; returns the library's folder.
    /// </summary>
    private string NewFilingsLibrary(string solution, string name, params string[] options)
    {
        AssertPacked();
        AssertTemplatePacked();
        var install = package.InstallTemplates();
        Assert.True(install.ExitCode == 0, install.ToString());

        var create = DotNet.Run(solution, BuildTimeout, ["new", "typedfiling-filings", "-n", name, .. options, "--no-update-check", "--debug:custom-hive", package.TemplateHive]);
        output.WriteLine(create.ToString());
        Assert.True(create.ExitCode == 0, create.ToString());
        var library = Path.Combine(solution, name);
        Assert.True(File.Exists(Path.Combine(library, name + ".csproj")), create.ToString());
        return library;
    }

    /// <summary>A Directory.Build.props that restores into the test's packages folder, not the machine's NuGet cache.</summary>
    private string RestoreIntoTestPackages() => $"""
        <Project>
          <PropertyGroup>
            <RestorePackagesPath>{Escape(Path.Combine(package.WorkDirectory, "packages"))}</RestorePackagesPath>
          </PropertyGroup>
        </Project>

        """;

    private List<string> RunLines(string app)
    {
        var run = DotNet.Run(app, BuildTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    private static string EntryText(string package, string entryName)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Every type's namespace-qualified name (nested types by their own name), read from metadata.</summary>
    private static HashSet<string> TypeFullNames(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .ToHashSet(StringComparer.Ordinal);
    }
}
