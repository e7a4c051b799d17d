using System;
using System.Globalization;
using TypedFiling.Internal;

namespace TypedFiling;

/// <summary>
/// A figure of a filing: a typed value with the words it was written in, the sentence it stands in,
/// where it stands, and the date or period the sentence gives it.
/// </summary>
public abstract class Figure : IEquatable<Figure>
{
    private protected Figure(FigureKind kind, FigureSource source)
    {
        Kind = kind;
        Name = source.Name ?? throw new ArgumentNullException(nameof(source));
        Text = source.Text ?? throw new ArgumentNullException(nameof(source));
        Sentence = source.Sentence ?? throw new ArgumentNullException(nameof(source));
        Location = source.Location;
        Label = source.Label;
        AsOf = source.AsOf;
        AsOfText = source.AsOfText;
        AsOfIsPeriod = source.AsOfIsPeriod;
    }

    /// <summary>What the figure is.</summary>
    public FigureKind Kind { get; }

    /// <summary>The name of its generated member ("AcquisitionPriceOfIijGlobal").</summary>
    public string Name { get; }

    /// <summary>The figure exactly as written ("approximately ¥5.5 billion").</summary>
    public string Text { get; }

    /// <summary>The sentence it stands in, whitespace normalized.</summary>
    public string Sentence { get; }

    /// <summary>Where it stands in the filing.</summary>
    public SourceSpan Location { get; }

    /// <summary>The filing's words for what it measures ("acquisition price of IIJ-Global"), or null.</summary>
    public string? Label { get; }

    /// <summary>The date the sentence gives the figure (a period's end date), or null.</summary>
    public CalendarDate? AsOf { get; }

    /// <summary>The as-of phrase as written ("As of March 31, 2010"), or null.</summary>
    public string? AsOfText { get; }

    /// <summary>Whether <see cref="AsOf"/> ends a period ("for the fiscal year ended ...") rather than being a point in time.</summary>
    public bool AsOfIsPeriod { get; }

    /// <inheritdoc/>
    public bool Equals(Figure? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (other.GetType() == GetType() && Kind == other.Kind && Name == other.Name && Text == other.Text && Sentence == other.Sentence &&
             Location.Equals(other.Location) && Label == other.Label && Nullable.Equals(AsOf, other.AsOf) && AsOfText == other.AsOfText &&
             AsOfIsPeriod == other.AsOfIsPeriod && ValueEquals(other)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Figure);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.Combine(Equality.Combine(Equality.Combine(17, Kind), Name), Location);

    /// <summary>"AcquisitionPriceOfIijGlobal = ¥9.2 billion (JPY 9200000000)".</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} = {1} ({2})", Name, Text, ValueText());

    private protected abstract bool ValueEquals(Figure other);

    private protected abstract string ValueText();
}

/// <summary>What every figure has, whatever its kind: the arguments generated code passes to each figure's constructor.</summary>
public readonly struct FigureSource
{
    /// <summary>Creates the common part of a figure.</summary>
    public FigureSource(string name, string text, string sentence, SourceSpan location, string? label = null, CalendarDate? asOf = null, string? asOfText = null, bool asOfIsPeriod = false)
    {
        Name = name;
        Text = text;
        Sentence = sentence;
        Location = location;
        Label = label;
        AsOf = asOf;
        AsOfText = asOfText;
        AsOfIsPeriod = asOfIsPeriod;
    }

    /// <summary>See <see cref="Figure.Name"/>.</summary>
    public string Name { get; }

    /// <summary>See <see cref="Figure.Text"/>.</summary>
    public string Text { get; }

    /// <summary>See <see cref="Figure.Sentence"/>.</summary>
    public string Sentence { get; }

    /// <summary>See <see cref="Figure.Location"/>.</summary>
    public SourceSpan Location { get; }

    /// <summary>See <see cref="Figure.Label"/>.</summary>
    public string? Label { get; }

    /// <summary>See <see cref="Figure.AsOf"/>.</summary>
    public CalendarDate? AsOf { get; }

    /// <summary>See <see cref="Figure.AsOfText"/>.</summary>
    public string? AsOfText { get; }

    /// <summary>See <see cref="Figure.AsOfIsPeriod"/>.</summary>
    public bool AsOfIsPeriod { get; }
}
