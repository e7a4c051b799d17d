using System.Globalization;

namespace TypedFiling;

/// <summary>A percentage: "74.2%", "30.0 percent", "5 per cent".</summary>
public sealed class Percentage : Figure
{
    /// <summary>Creates a percentage.</summary>
    public Percentage(FigureSource source, decimal value, Qualifier qualifier, string? qualifierText, bool isPoints = false)
        : base(FigureKind.Percentage, source)
    {
        IsPoints = isPoints;
        Value = value;
        Qualifier = qualifier;
        QualifierText = qualifierText;
    }

    /// <summary>The value in percent (74.2 for 74.2%).</summary>
    public decimal Value { get; }

    /// <summary>The value as a fraction (0.742 for 74.2%).</summary>
    public decimal Fraction => Value / 100m;

    /// <summary>The hedge before it, as a value.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The hedge as written, or null.</summary>
    public string? QualifierText { get; }

    /// <summary>"5 percentage points": a difference of two percentages, not a share of a whole.</summary>
    public bool IsPoints { get; }

    private protected override bool ValueEquals(Figure other) =>
        other is Percentage percentage && Value == percentage.Value && Qualifier == percentage.Qualifier && QualifierText == percentage.QualifierText && IsPoints == percentage.IsPoints;

    private protected override string ValueText() => Value.ToString(CultureInfo.InvariantCulture) + "%";
}
