using System;
using System.Collections.Generic;
using System.ComponentModel;
using TypedFiling.Tables;

namespace TypedFiling;

/// <summary>
/// Reads the table generated code stores a filing in: its sections, risk factors, figures and facts, one string the
/// compiler reads in a fraction of the time of a constructor call per value, read once at the first use of the filing's
/// <c>Filing</c>. Only generated code calls it; the layout may change between versions.
/// </summary>
/// <remarks>
/// The generated members are static fields, set by their classes' type initializers from <c>Filing</c>. So that no type
/// initializer, the generated ones or a consumer's that reads a generated member, ever fails with a
/// <see cref="TypeInitializationException"/> because of the table, nothing here throws: a table this runtime cannot read
/// gives an empty filing that says why (<see cref="Filing.ReadError"/>), and the members that read from it get null (a list,
/// empty). The constants (<c>Id</c>, <c>Number</c>, <c>Title</c>) are compiled in and never depend on it.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FilingTable
{
    private static readonly IReadOnlyList<Figure> NoFigures = Array.AsReadOnly(Array.Empty<Figure>());

    /// <summary>
    /// The filing of <paramref name="table"/>; <paramref name="texts"/> holds, in filing order, the risk factors' texts the
    /// table leaves to the generated code (or null when it holds them all). A table that cannot be read gives an empty
    /// filing whose <see cref="Filing.ReadError"/> says why.
    /// </summary>
    public static Filing Read(string table, string?[]? texts)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        try
        {
            return FilingTableReader.Read(table, texts);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever the reader threw (a table of another layout, or a bug): the generated classes must still initialize.
            return Filing.Unread(exception is FormatException ? exception.Message : exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>The risk factor at <paramref name="index"/>; null (in a filing whose table could not be read) when there is none.</summary>
    public static RiskFactor RiskFactor(Filing filing, int index) => Item(filing?.RiskFactors, index)!;

    /// <summary>The title of the risk factor at <paramref name="index"/>, or null (see <see cref="RiskFactor(Filing, int)"/>).</summary>
    public static string Title(Filing filing, int index) => RiskFactor(filing, index)?.Title!;

    /// <summary>The text of the risk factor at <paramref name="index"/>, or null (see <see cref="RiskFactor(Filing, int)"/>).</summary>
    public static string Text(Filing filing, int index) => RiskFactor(filing, index)?.Text!;

    /// <summary>The figures of <paramref name="riskFactor"/>; empty when it is null.</summary>
    public static IReadOnlyList<Figure> Figures(RiskFactor? riskFactor) => riskFactor?.Figures ?? NoFigures;

    /// <summary>The figure at <paramref name="index"/> of <paramref name="riskFactor"/>, or null when there is none.</summary>
    public static Figure Figure(RiskFactor? riskFactor, int index) => Item(riskFactor?.Figures, index)!;

    /// <summary>The concept at <paramref name="index"/> of <see cref="Filing.Concepts"/>, or null when there is none.</summary>
    public static Concept Concept(Filing filing, int index) => Item(filing?.Concepts, index)!;

    private static T? Item<T>(IReadOnlyList<T>? list, int index)
        where T : class => list is not null && index >= 0 && index < list.Count ? list[index] : null;
}
