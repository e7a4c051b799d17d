using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace TypedFiling.Package.Tests;

/// <summary>
/// The package as a user gets it: the files it holds, and a project outside the repository that has
/// nothing but a PackageReference and a &lt;TypedFiling&gt; item, built and run against it.
/// </summary>
[Trait("Category", "Package")]
public sealed partial class PackageTests : IClassFixture<PackageFixture>
{
    private const string CompeteEffectivelyTitle = "We may not be able to compete effectively, especially against competitors with greater financial, marketing and other resources.";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly PackageFixture package;
    private readonly ITestOutputHelper output;

    /// <summary>Uses the package packed once for this class.</summary>
    public PackageTests(PackageFixture package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public void The_package_holds_the_library_the_generator_and_the_build_files()
    {
        AssertPacked();
        var entries = Entries(package.PackagePath);
        output.WriteLine($"{package.PackagePath}: {new FileInfo(package.PackagePath).Length} bytes, {entries.Count} entries");
        var listing = "Package files:" + Environment.NewLine + string.Join(Environment.NewLine, entries);

        string[] expected =
        [
            "lib/netstandard2.0/TypedFiling.dll",
            "lib/netstandard2.0/TypedFiling.xml",
            "lib/net8.0/TypedFiling.dll",
            "lib/net8.0/TypedFiling.xml",
            "lib/netstandard2.0/TypedFiling.Parsing.dll",
            "lib/net8.0/TypedFiling.Parsing.dll",
            "analyzers/dotnet/cs/TypedFiling.Generators.dll",
            "analyzers/dotnet/cs/TypedFiling.Parsing.dll",
            "analyzers/dotnet/cs/TypedFiling.Emit.dll",
            "buildTransitive/TypedFiling.props",
            "buildTransitive/TypedFiling.targets",
            "build/TypedFiling.props",
            "build/TypedFiling.targets",
            "README.md",
            "icon.png",
        ];
        foreach (var file in expected)
        {
            Assert.True(entries.Contains(file), $"{file} is missing.{Environment.NewLine}{listing}");
        }

        // The generator is an analyzer only, never a reference of the consuming project (it needs Roslyn); the parser is
        // both: an analyzer beside the generator, and in lib/ beside the runtime library for FilingReader.
        Assert.True(
            !entries.Any(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("/TypedFiling.Generators.dll", StringComparison.Ordinal)),
            "The generator is under lib/." + Environment.NewLine + listing);
        foreach (var framework in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Equal(
                ["lib/" + framework + "/TypedFiling.Parsing.dll", "lib/" + framework + "/TypedFiling.dll", "lib/" + framework + "/TypedFiling.xml"],
                entries.Where(e => e.StartsWith("lib/" + framework + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }

        Assert.Equal(
            ["analyzers/dotnet/cs/TypedFiling.Emit.dll", "analyzers/dotnet/cs/TypedFiling.Generators.dll", "analyzers/dotnet/cs/TypedFiling.Parsing.dll"],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        var nuspec = Nuspec(package.PackagePath);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("TypedFiling", metadata.Element(ns + "id")?.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Equal("icon.png", metadata.Element(ns + "icon")?.Value);
        Assert.Empty(nuspec.Descendants(ns + "dependency").Select(d => (string?)d.Attribute("id")));

        Assert.True(File.Exists(package.SymbolPackagePath), $"{package.SymbolPackagePath} was not packed.{Environment.NewLine}{package.Pack}");
    }

    [Fact]
    public void Each_file_is_packed_once_and_only_the_runtime_library_in_lib_has_public_types()
    {
        AssertPacked();
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));

        // A consumer's IntelliSense shows what lib/ makes public: the runtime's TypedFiling.* types, and nothing of the parser.
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            var publicTypes = PublicTypes(entry);
            output.WriteLine($"{entry.FullName}: {publicTypes.Count} public types");
            if (entry.Name == "TypedFiling.dll")
            {
                Assert.Contains("TypedFiling.Filing", publicTypes);
                Assert.All(publicTypes, t => Assert.StartsWith("TypedFiling.", t, StringComparison.Ordinal));
            }
            else
            {
                Assert.True(publicTypes.Count == 0, entry.FullName + " has public types: " + string.Join(", ", publicTypes));
            }
        }
    }

    [Fact]
    public void A_project_with_only_a_PackageReference_builds_and_runs_the_generated_types()
    {
        AssertPacked();
        var consumer = CreateConsumer("PackageConsumer");

        var build = DotNet.Run(consumer, BuildTimeout, "build", "--disable-build-servers");
        output.WriteLine($"dotnet build: {build.Duration.TotalSeconds:F1} s");
        Assert.True(build.ExitCode == 0, build.ToString());
        var warnings = Regex.Matches(build.Output, @"(?m)^.*: warning [A-Z]+[0-9]+:.*$").Select(m => m.Value).Distinct().ToList();
        Assert.True(warnings.Count == 0, "The consumer's build warned:" + Environment.NewLine + string.Join(Environment.NewLine, warnings) + Environment.NewLine + build);

        var run = DotNet.Run(consumer, BuildTimeout, "run", "--no-build");
        output.WriteLine($"dotnet run: {run.Duration.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count >= 2, run.ToString());
        Assert.True(lines[^2] == CompeteEffectivelyTitle, $"Expected the title \"{CompeteEffectivelyTitle}\".{Environment.NewLine}{run}");
        Assert.True(lines[^1] == "18", $"Expected 18 risk factors.{Environment.NewLine}{run}");
        Assert.True(lines[^3] == "FilingReader: True", $"Expected FilingReader to read what the generated code holds.{Environment.NewLine}{run}");
    }

    [Fact]
    public void The_lock_file_beside_a_filing_reaches_the_generator_and_keeps_its_names()
    {
        AssertPacked();
        var consumer = CreateConsumer("LockedConsumer");
        File.WriteAllText(Path.Combine(consumer, "filings", "iij-20f-2010.md.lock.json"), $$"""
            {
              "schemaVersion": 1,
              "filing": "iij-20f-2010.md",
              "riskFactors": [
                {
                  "id": "competition",
                  "name": "Competition",
                  "number": 2,
                  "title": "{{CompeteEffectivelyTitle}}",
                  "textHash": "0000000000000000",
                  "textSketch": ""
                }
              ]
            }

            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using LockedConsumer.Filings;

            System.Console.WriteLine(Iij20F2010.RiskFactors.Competition.Id);

            """);

        var build = DotNet.Run(consumer, BuildTimeout, "build", "--disable-build-servers");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = DotNet.Run(consumer, BuildTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("competition", run.Output.Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0));
    }

    [Fact]
    public void An_older_compiler_gets_a_warning_instead_of_the_generator()
    {
        AssertPacked();
        var consumer = CreateConsumer("CompilerCheckConsumer");

        // Only the targets that resolve the package's analyzers and check the compiler: no compilation.
        string[] check = ["msbuild", "-restore", "-nodeReuse:false", "-t:ResolveLockFileAnalyzers;_TypedFilingCheckCompilerVersion", "-getItem:Analyzer", "-getProperty:_TypedFilingCompilerVersion"];

        var current = DotNet.Run(consumer, BuildTimeout, check);
        Assert.True(current.ExitCode == 0, current.ToString());
        Assert.DoesNotContain("TFCFG0001", current.Output, StringComparison.Ordinal);
        Assert.True(AnalyzerNames(current).Contains("TypedFiling.Generators.dll"), current.ToString());

        // A minimum above any compiler stands in for an old compiler.
        var old = DotNet.Run(consumer, BuildTimeout, [.. check, "-p:TypedFilingMinimumCompilerVersion=999.0"]);
        Assert.True(old.ExitCode == 0, old.ToString());
        Assert.True(old.Output.Contains("warning TFCFG0001", StringComparison.Ordinal), old.ToString());
        var analyzers = AnalyzerNames(old);
        Assert.True(!analyzers.Contains("TypedFiling.Generators.dll") && !analyzers.Contains("TypedFiling.Parsing.dll") && !analyzers.Contains("TypedFiling.Emit.dll"), old.ToString());
    }

    private void AssertPacked()
    {
        output.WriteLine($"dotnet pack: {package.Pack.Duration.TotalSeconds:F1} s");
        Assert.True(package.Pack.ExitCode == 0, package.Pack.ToString());
        Assert.True(File.Exists(package.PackagePath), $"{package.PackagePath} was not packed.{Environment.NewLine}{package.Pack}");
    }

    /// <summary>
    /// A console project under the temporary folder, so that no Directory.Build.props, Directory.Packages.props
    /// or NuGet.config of the repository applies: a PackageReference, a &lt;TypedFiling&gt; item, a filing and
    /// a Program.cs that uses the generated types. NuGet.config puts the test feed before the usual sources;
    /// RestorePackagesPath is a new folder, so no package cached from an earlier pack of the same version is used.
    /// </summary>
    private string CreateConsumer(string name)
    {
        var directory = IsolatedFolder(name);
        CopySeedFiling(directory, "iij-20f-2010.md");

        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Escape(Path.Combine(package.WorkDirectory, "packages"))}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TypedFiling" Version="{package.Version}" />
                <TypedFiling Include="filings/*.md" />
              </ItemGroup>
            </Project>

            """);

        File.WriteAllText(Path.Combine(directory, "Program.cs"), $"""
            using {name}.Filings;

            // The parser in lib/ reads the same filing at run time into the same value the generated code holds.
            System.Console.WriteLine("FilingReader: " + TypedFiling.FilingReader.Read("filings/iij-20f-2010.md").Equals(Iij20F2010.Filing));
            System.Console.WriteLine(Iij20F2010.RiskFactors.CompeteEffectively.Title);
            System.Console.WriteLine(Iij20F2010.Filing.RiskFactors.Count);

            """);

        return directory;
    }

    /// <summary>
    /// A new folder under the temporary folder whose NuGet.config adds the test feed to the usual sources, with
    /// <paramref name="directoryBuildProps"/> as its Directory.Build.props and empty Directory.Build.targets and
    /// Directory.Packages.props: they stop MSBuild's search for these files above it (the temporary folder is shared).
    /// </summary>
    private string IsolatedFolder(string name, string directoryBuildProps = "<Project />\n")
    {
        var directory = Path.Combine(package.WorkDirectory, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), directoryBuildProps);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="typedfiling-test-feed" value="{Escape(package.Feed)}" />
              </packageSources>
            </configuration>

            """);
        return directory;
    }

    /// <summary>Copies the repository's filings/iij-20f-2010.md into <paramref name="project"/>/filings as <paramref name="name"/>.</summary>
    private void CopySeedFiling(string project, string name)
    {
        Directory.CreateDirectory(Path.Combine(project, "filings"));
        File.Copy(Path.Combine(package.RepositoryRoot, "filings", "iij-20f-2010.md"), Path.Combine(project, "filings", name));
    }

    /// <summary>The file names of the Analyzer items in the JSON that <c>-getItem:Analyzer</c> prints after any warnings.</summary>
    private static HashSet<string> AnalyzerNames(CommandResult result)
    {
        var start = result.Output.IndexOf("\n{", StringComparison.Ordinal);
        var json = start >= 0 ? result.Output[(start + 1)..] : result.Output;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => Path.GetFileName(item.GetProperty("FullPath").GetString() ?? string.Empty))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static List<string> PublicTypes(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(buffer);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var types = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var visibility = type.Attributes & System.Reflection.TypeAttributes.VisibilityMask;
            if (visibility == System.Reflection.TypeAttributes.Public)
            {
                types.Add(metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name));
            }
        }

        return types;
    }

    private static HashSet<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
    }

    private static XDocument Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
