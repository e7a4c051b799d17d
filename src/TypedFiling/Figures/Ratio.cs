using System.Globalization;

namespace TypedFiling;

/// <summary>A ratio or split: "1 to 5 split", "a ratio of 3:1", "two-for-one".</summary>
public sealed class Ratio : Figure
{
    /// <summary>Creates a ratio.</summary>
    public Ratio(FigureSource source, decimal left, decimal right, string? unit)
        : base(FigureKind.Ratio, source)
    {
        Left = left;
        Right = right;
        Unit = unit;
    }

    /// <summary>The left side (1 in "1 to 5").</summary>
    public decimal Left { get; }

    /// <summary>The right side (5 in "1 to 5").</summary>
    public decimal Right { get; }

    /// <summary>What it is a ratio of, as written ("split", "reverse split"), or null.</summary>
    public string? Unit { get; }

    private protected override bool ValueEquals(Figure other) =>
        other is Ratio ratio && Left == ratio.Left && Right == ratio.Right && Unit == ratio.Unit;

    private protected override string ValueText() =>
        Left.ToString(CultureInfo.InvariantCulture) + ":" + Right.ToString(CultureInfo.InvariantCulture);
}
