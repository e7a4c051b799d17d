using System.Globalization;

namespace TypedFiling;

/// <summary>A count of things: "eight consolidated subsidiaries", "approximately 1,600 customers".</summary>
public sealed class Quantity : Figure
{
    /// <summary>Creates a count.</summary>
    public Quantity(FigureSource source, decimal value, string unit, Qualifier qualifier, string? qualifierText)
        : base(FigureKind.Quantity, source)
    {
        Value = value;
        Unit = unit;
        Qualifier = qualifier;
        QualifierText = qualifierText;
    }

    /// <summary>How many.</summary>
    public decimal Value { get; }

    /// <summary>Of what, as written ("consolidated subsidiaries").</summary>
    public string Unit { get; }

    /// <summary>The hedge before it, as a value.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The hedge as written, or null.</summary>
    public string? QualifierText { get; }

    private protected override bool ValueEquals(Figure other) =>
        other is Quantity quantity && Value == quantity.Value && Unit == quantity.Unit && Qualifier == quantity.Qualifier && QualifierText == quantity.QualifierText;

    private protected override string ValueText() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit;
}
