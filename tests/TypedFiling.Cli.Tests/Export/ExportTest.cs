namespace TypedFiling.Cli.Tests.Export;

/// <summary>What the export tests that write their own output share: a folder, DuckDB, and a few small real filings.</summary>
public abstract class ExportTest : IDisposable
{
    /// <summary>Ten of tests/Data/edgar's smaller documents: 10-Ks, a 10-Q and a 10-KSB, HTML and text, 1997 to 2025.</summary>
    protected static readonly string[] SmallFilings =
    {
        "24holdings-10ksb-2007.txt.gz", "apple-10q-2025-06.htm.gz", "goldman-sachs-10k-2002.htm.gz", "ibm-10k-2024.htm.gz",
        "medicis-10k-1999.htm.gz", "sigmarenopro-10k-2019.htm.gz", "spatializer-10k-2014.htm.gz",
        "renewable-energy-acquisition-10k-2015.htm.gz", "walmart-10k-2010.htm.gz", "wells-fargo-10k-2008.htm.gz",
    };

    protected ExportFolder Folder { get; } = new();

    protected Duck Duck { get; } = new();

    public void Dispose()
    {
        Duck.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
