using System;
using System.Threading;
using TypedFiling.Cli.Export.Tables;
using TypedFiling.Cli.Loading;

namespace TypedFiling.Cli.Export;

/// <summary>One input's rows of every table (indexed as <see cref="ExportTables.All"/>), made on a parsing thread.</summary>
internal sealed class FilingRows
{
    private FilingRows(ExportInput input, TableBatch[] batches, string? error, long bytes = 0)
    {
        Input = input;
        Batches = batches;
        Error = error;
        Bytes = bytes;
    }

    public ExportInput Input { get; }

    /// <summary>The document's size (uncompressed); 0 when it could not be read.</summary>
    public long Bytes { get; }

    public TableBatch[] Batches { get; }

    /// <summary>Why the input has no rows but an error row: the line for standard error; null when it was read.</summary>
    public string? Error { get; }

    /// <summary>Reads, parses and tabulates <paramref name="input"/>; a file that fails at any step is one error row.</summary>
    public static FilingRows Build(ExportInput input, LoadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var filing = FilingSource.Read(input, options, cancellationToken);
            var batches = ExportTables.NewBatches();
            RiskFactorsTable.Fill(batches[ExportTables.RiskFactors], filing);
            FiguresTable.Fill(batches[ExportTables.Figures], batches[ExportTables.Errors], filing);
            var facts = FactsTable.Fill(batches[ExportTables.Facts], batches[ExportTables.TextFacts], batches[ExportTables.Errors], filing);
            FilingsTable.Fill(batches[ExportTables.Filings], filing, facts);
            return new FilingRows(input, batches, null, filing.Bytes);
        }
        catch (FilingInputException exception)
        {
            return Failed(input, "read", exception.Reason, exception.Message);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            // A parser bug is one file's problem, not the run's: the other files are still exported.
            var reason = "the parser failed: " + exception.GetType().Name + ": " + exception.Message;
            return Failed(input, "parse", reason, input.Path + ": " + reason);
        }
    }

    private static FilingRows Failed(ExportInput input, string stage, string reason, string line)
    {
        var batches = ExportTables.NewBatches();
        ErrorsTable.Add(batches[ExportTables.Errors], input.RelativePath, stage, reason);
        return new FilingRows(input, batches, line);
    }
}
