namespace TypedFiling.Emit.Budget;

/// <summary>
/// What each member of a filing's source costs in UTF-8 bytes, measured by writing it: each risk factor's class without its
/// figures, each figure's member (in filing order), each concept's member; the rest is the file's shell and table.
/// </summary>
internal sealed class UnitSizes
{
    public UnitSizes(int riskFactors, int figures, int concepts)
    {
        RiskFactors = new long[riskFactors];
        Figures = new long[figures];
        Concepts = new long[concepts];
    }

    public long Total { get; set; }

    public long[] RiskFactors { get; }

    public long[] Figures { get; }

    public long[] Concepts { get; }

    /// <summary>The bytes of everything that is no member: the file, its classes' shells and the table.</summary>
    public long Shell => Total - Sum(RiskFactors) - Sum(Figures) - Sum(Concepts);

    private static long Sum(long[] sizes)
    {
        long sum = 0;
        foreach (var size in sizes)
        {
            sum += size;
        }

        return sum;
    }
}
