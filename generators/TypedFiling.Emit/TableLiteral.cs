using TypedFiling.Parsing.Model;
using TypedFiling.Tables;

namespace TypedFiling.Emit;

/// <summary>
/// The filing's table (<see cref="FilingTableLayout"/>) as the C# literal the generated <c>Filing</c> is read from: as written,
/// or packed where that is shorter, as it is for all but the smallest filings (and for text dense with escapes, which
/// packed has none of).
/// </summary>
internal static class TableLiteral
{
    /// <summary>Below this many characters a table is left as written: packing saves little there, and a snapshot shows what it holds.</summary>
    private const int PackFrom = 2048;

    /// <summary>The literal of the table, every text in it (the risk factors' <c>Text</c> fields read theirs from it).</summary>
    public static string Write(FilingModel model, System.Threading.CancellationToken cancellationToken)
    {
        void Poll(int at) => Parsing.ParsePolls.Check(cancellationToken, Parsing.ParseStage.Emit, at);
        var table = FilingTableWriter.Write(model, 0, Poll);
        if (table.Length >= PackFrom)
        {
            // The literal as written has at least a byte a character: its bytes are counted only when packing might not win.
            var packed = FilingTablePacking.Pack(table, Poll);
            if (packed.Length < table.Length || packed.Length + 2 < CSharpLiteral.Utf8Length(table))
            {
                return "\"" + packed + "\"";
            }
        }

        return CSharpLiteral.String(table);
    }
}
