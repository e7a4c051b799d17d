using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests.Export;

/// <summary>A temporary folder for an export's inputs and outputs, and the repository's filings to put in it.</summary>
public sealed class ExportFolder : IDisposable
{
    public ExportFolder()
    {
        Root = Paths.NewTemporaryFolder();
    }

    public string Root { get; }

    /// <summary>tests/Data/whole: four whole inline-XBRL 10-Ks (Alphabet, Apple, Meta, NVIDIA FY2024).</summary>
    public static string Whole => System.IO.Path.Combine(RepositoryPaths.Root, "tests", "Data", "whole");

    /// <summary>tests/Data/edgar: 65 whole EDGAR documents, gzip-compressed.</summary>
    public static string Edgar => System.IO.Path.Combine(RepositoryPaths.Root, "tests", "Data", "edgar");

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
/// The whole test corpus (tests/Data/whole and tests/Data/edgar) exported once per test run to Parquet and to JSON
/// Lines, for the tests that only read it.
/// </summary>
public sealed class CorpusExport : IDisposable
{
    private readonly ExportFolder folder = new();

    public CorpusExport()
    {
        Parquet = folder.Path("parquet");
        JsonLines = folder.Path("jsonl");
        ParquetRun = Tool.Run("export", ExportFolder.Whole, ExportFolder.Edgar, "-o", Parquet);
        JsonLinesRun = Tool.Run("export", ExportFolder.Whole, ExportFolder.Edgar, "-o", JsonLines, "--format", "jsonl");
    }

    public string Parquet { get; }

    public string JsonLines { get; }

    public CliRun ParquetRun { get; }

    public CliRun JsonLinesRun { get; }

    public void Dispose() => folder.Dispose();
}
