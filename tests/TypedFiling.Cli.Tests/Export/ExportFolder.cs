using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests.Export;

/// <summary>A temporary folder for an export's inputs and outputs, and the repository's filings to put in it.</summary>
public sealed class ExportFolder : IDisposable
{
    public ExportFolder()
    {
        Root = TemporaryFolder.Create();
    }

    public string Root { get; }

    /// <summary>tests/Data/whole: four whole inline-XBRL 10-Ks (Alphabet, Apple, Meta, NVIDIA FY2024).</summary>
    public static string Whole => RepositoryPaths.Data("whole");

    /// <summary>tests/Data/edgar: 65 whole EDGAR documents, gzip-compressed.</summary>
    public static string Edgar => RepositoryPaths.Data("edgar");

    public string Path(params string[] parts) => System.IO.Path.Combine(new[] { Root }.Concat(parts).ToArray());

    /// <summary>A folder of copies of <paramref name="files"/> (paths under tests/Data/edgar), as <c>inputs/NAME</c>.</summary>
    public string Inputs(params string[] files)
    {
        var inputs = Directory.CreateDirectory(Path("inputs")).FullName;
        foreach (var file in files)
        {
            File.Copy(System.IO.Path.Combine(Edgar, file), System.IO.Path.Combine(inputs, file));
        }

        return inputs;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process that is still exiting may hold a file; the folder is under the temporary folder anyway.
        }
    }
}

/// <summary>
/// The repository's real filings (tests/Data/whole, tests/Data/edgar and the seed, filings/iij-20f-2010.md)
/// exported once for the tests that only read them, to Parquet and to JSON Lines.
/// </summary>
public sealed class CorpusExport : IDisposable
{
    private readonly ExportFolder folder = new();

    public CorpusExport()
    {
        Parquet = folder.Path("parquet");
        JsonLines = folder.Path("jsonl");
        ParquetRun = Tool.Run("export", ExportFolder.Whole, ExportFolder.Edgar, RepositoryPaths.Seed, "-o", Parquet);
        JsonLinesRun = Tool.Run("export", ExportFolder.Whole, ExportFolder.Edgar, RepositoryPaths.Seed, "-o", JsonLines, "--format", "jsonl");
    }

    /// <summary>The files exported: the four whole 10-Ks, the 65 EDGAR documents and their README, and the seed.</summary>
    public static int Files => Directory.GetFiles(ExportFolder.Whole).Length + Directory.GetFiles(ExportFolder.Edgar).Count(file => file.EndsWith(".gz", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal)) + 1;

    public string Parquet { get; }

    public string JsonLines { get; }

    public CliRun ParquetRun { get; }

    public CliRun JsonLinesRun { get; }

    public void Dispose() => folder.Dispose();
}
