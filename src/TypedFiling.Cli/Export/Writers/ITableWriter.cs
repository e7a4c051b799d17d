using System;
using TypedFiling.Cli.Export.Tables;

namespace TypedFiling.Cli.Export.Writers;

/// <summary>Writes one table's rows in one format, a row group at a time, and makes them durable at each commit.</summary>
internal interface ITableWriter : IDisposable
{
    /// <summary>
    /// Writes <paramref name="rowGroup"/> as one row group (Parquet) or its lines (JSON Lines), to be made durable by
    /// commit number <paramref name="commit"/>.
    /// </summary>
    void Write(TableBatch rowGroup, int commit);

    /// <summary>
    /// Makes every row written so far durable and visible under its final name, and returns what the resume manifest
    /// records of it (the part file's name, or the file's length), or null when there was nothing to commit.
    /// <paramref name="last"/>: the run's last commit, when a table still without a file gets an empty one.
    /// </summary>
    string? Commit(int commit, bool last);
}
