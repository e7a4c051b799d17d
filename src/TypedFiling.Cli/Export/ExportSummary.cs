using System.Globalization;
using TypedFiling.Cli.Export.Tables;

namespace TypedFiling.Cli.Export;

/// <summary>What a run exported: the counts of its last line.</summary>
internal sealed class ExportSummary
{
    private readonly long[] rows = new long[ExportTables.All.Count];

    public int Files { get; private set; }

    /// <summary>The documents' bytes, uncompressed: what was parsed.</summary>
    public long Bytes { get; private set; }

    /// <summary>Inputs left alone because an earlier run exported them.</summary>
    public int Skipped { get; set; }

    public void Add(FilingRows filing)
    {
        Files++;
        Bytes += filing.Bytes;
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] += filing.Batches[i].Count;
        }
    }

    /// <summary>"exported 47 files (129.3 MB) to out in 5.1 s (25.2 MB/s): filings 47, risk_factors 1234, …; 3 skipped".</summary>
    public string Describe(string output, double seconds)
    {
        var megabytes = Bytes / 1e6;
        var text = string.Format(CultureInfo.InvariantCulture, "exported {0} files ({1:0.0} MB) to {2} in {3:0.0} s ({4:0.0} MB/s):", Files, megabytes, output, seconds, seconds > 0 ? megabytes / seconds : 0);
        for (var i = 0; i < rows.Length; i++)
        {
            text += (i == 0 ? " " : ", ") + ExportTables.All[i].Name + " " + rows[i].ToString(CultureInfo.InvariantCulture);
        }

        return Skipped == 0 ? text : text + "; " + Skipped.ToString(CultureInfo.InvariantCulture) + " skipped (already exported)";
    }
}
