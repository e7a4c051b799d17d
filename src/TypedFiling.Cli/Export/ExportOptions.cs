using System.Collections.Generic;
using TypedFiling.Cli.Export.Writers;

namespace TypedFiling.Cli.Export;

/// <summary>An export's command line, checked.</summary>
/// <param name="Paths">The files and folders to export.</param>
/// <param name="Output">The folder the tables go to.</param>
/// <param name="Batch">Inputs per commit: each commit writes a part file per table and records its inputs as done.</param>
internal sealed record ExportOptions(
    IReadOnlyList<string> Paths,
    string Output,
    ExportFormat Format,
    ParquetCompression Compression,
    Shard Shard,
    int Batch)
{
    /// <summary>The default of <c>--batch</c>: about 200 MB of whole 10-Ks per part file's worth of input.</summary>
    public const int DefaultBatch = 100;
}
