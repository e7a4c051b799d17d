using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Generators;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Ide.Tests;

/// <summary>
/// An editor's view of a project that uses the generator: the filing's generated sources and a user
/// document in a Roslyn workspace with the C# editor services (completion, quick info) loaded.
/// </summary>
internal sealed class EditorWorkspace : IDisposable
{
    /// <summary>Where the filing stands: the path #line directives and go to definition point at.</summary>
    public static readonly string FilingPath = Path.Combine(Path.GetTempPath(), "typedfiling-ide", "filings", "iij-20f-2010.md");

    private readonly AdhocWorkspace workspace = new(MefHostServices.DefaultHost);

    /// <summary>Where the hand-written inline XBRL sample stands, for the facts' tests.</summary>
    public static readonly string SamplePath = Path.Combine(Path.GetTempPath(), "typedfiling-ide", "filings", "sample-10k.htm");

    public EditorWorkspace(string userCode)
        : this(userCode, FilingPath, File.ReadAllText(RepositoryPaths.Filing("iij-20f-2010.md")))
    {
    }

    public EditorWorkspace(string userCode, string filingPath, string filing)
    {
        var references = Net80.References.All.Add(MetadataReference.CreateFromFile(typeof(Filing).Assembly.Location));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        // The generator's output, as the IDE gets it from the compiler.
        var compilation = CSharpCompilation.Create("Consumer", references: references, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new FilingGenerator().AsSourceGenerator() },
            new AdditionalText[] { new FilingText(filingPath, filing) },
            parseOptions);
        var generated = driver.RunGenerators(compilation, CancellationToken.None).GetRunResult().GeneratedTrees;

        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: parseOptions,
            metadataReferences: references));
        foreach (var tree in generated)
        {
            project = workspace.AddDocument(project.Id, Path.GetFileName(tree.FilePath), tree.GetText()).Project;
        }

        Caret = userCode.IndexOf("$$", StringComparison.Ordinal);
        UserDocument = workspace.AddDocument(project.Id, "User.cs", SourceText.From(userCode.Replace("$$", string.Empty, StringComparison.Ordinal)));
    }

    public Document UserDocument { get; }

    /// <summary>Where "$$" stood in the user code.</summary>
    public int Caret { get; }

    public void Dispose() => workspace.Dispose();

    private sealed class FilingText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
