using System.ComponentModel;
using TypedFiling.Tables;

namespace TypedFiling;

/// <summary>
/// Reads the table generated code stores a filing in: its sections, risk factors, figures and facts, one string the
/// compiler reads in a fraction of the time of a constructor call per value, read once at the first use of the filing's
/// <c>Filing</c>. Only generated code calls it; the layout may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FilingTable
{
    /// <summary>
    /// The filing of <paramref name="table"/>; <paramref name="texts"/> holds, in filing order, the risk factors' texts the
    /// table leaves to the generated <c>Text</c> constants (or null when it holds them all).
    /// </summary>
    public static Filing Read(string table, string?[]? texts)
    {
        if (table is null)
        {
            throw new System.ArgumentNullException(nameof(table));
        }

        return FilingTableReader.Read(table, texts);
    }
}
