using System;
using System.IO;
using System.Linq;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>
/// docs/architecture.md covers every folder of the parser, the emitter and the runtime library: a stage added in a folder
/// of its own fails here until the page says what it is and where it stands.
/// </summary>
public sealed class ArchitecturePageTests
{
    /// <summary>Each project, and how the page names its folders: "Parsing/Outline/", "Emit/Budget/", "src/TypedFiling/Facts/".</summary>
    public static readonly TheoryData<string, string> Projects = new()
    {
        { "generators/TypedFiling.Parsing", "Parsing/" },
        { "generators/TypedFiling.Emit", "Emit/" },
        { "src/TypedFiling", "src/TypedFiling/" },
    };

    /// <summary>Build output and the like: never a project's folder.</summary>
    private static readonly string[] NotSource = { "bin", "obj" };

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_folder_of_the_project_is_on_the_page(string project, string prefix)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md"));
        var root = Path.Combine(RepositoryPaths.Root, project);
        var folders = Directory.GetDirectories(root, "*", SearchOption.AllDirectories)
            .Where(folder => Directory.EnumerateFiles(folder).Any())
            .Select(folder => Path.GetRelativePath(root, folder).Replace('\\', '/'))
            .Where(folder => !folder.Split('/').Any(part => NotSource.Contains(part, StringComparer.Ordinal)))
            .ToList();

        Assert.NotEmpty(folders);
        Assert.All(folders, folder => Assert.True(page.Contains(prefix + folder + "/", StringComparison.Ordinal), project + "/" + folder + " is not in docs/architecture.md (as " + prefix + folder + "/)"));
    }
}
