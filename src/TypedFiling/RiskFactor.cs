using System;
using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Internal;

namespace TypedFiling;

/// <summary>One risk factor of a filing: its heading, its body and where it stands.</summary>
public sealed class RiskFactor : IEquatable<RiskFactor>
{
    /// <summary>Creates a risk factor.</summary>
    public RiskFactor(int number, string id, string name, string title, string text, string? category, SourceSpan location, IReadOnlyList<Figure> figures)
    {
        Number = number;
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Category = category;
        Location = location;
        Figures = figures ?? throw new ArgumentNullException(nameof(figures));
    }

    /// <summary>Its order in the filing, from 1.</summary>
    public int Number { get; }

    /// <summary>A stable slug of its name ("compete-effectively"), for storing references to it.</summary>
    public string Id { get; }

    /// <summary>The name of its generated class ("CompeteEffectively").</summary>
    public string Name { get; }

    /// <summary>The heading's exact words, emphasis removed and whitespace normalized.</summary>
    public string Title { get; }

    /// <summary>The body: paragraphs separated by a blank line, items of one list by a line break.</summary>
    public string Text { get; }

    /// <summary>The sub-heading it stands under ("Risks Related to Our Business"), or null.</summary>
    public string? Category { get; }

    /// <summary>Where its heading stands in the filing.</summary>
    public SourceSpan Location { get; }

    /// <summary>The figures of its heading and body, in text order.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <inheritdoc/>
    public bool Equals(RiskFactor? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Number == other.Number && Id == other.Id && Name == other.Name && Title == other.Title && Text == other.Text &&
             Category == other.Category && Location.Equals(other.Location) && Equality.Sequence(Figures, other.Figures)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskFactor);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.Combine(Equality.Combine(Number, Id), Title);

    /// <summary>"2. We may not be able to compete effectively, ..."</summary>
    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + ". " + Title;
}
