using System;
using TypedFiling.Internal;

namespace TypedFiling;

/// <summary>A section of a filing ("D. Risk Factors."), with the text that belongs to none of its risk factors.</summary>
public sealed class Section : IEquatable<Section>
{
    /// <summary>Creates a section.</summary>
    public Section(string title, string text, SourceSpan location)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Location = location;
    }

    /// <summary>The section's heading as written, markup removed.</summary>
    public string Title { get; }

    /// <summary>Its text outside risk factors: paragraphs separated by a blank line.</summary>
    public string Text { get; }

    /// <summary>Where its heading stands in the filing.</summary>
    public SourceSpan Location { get; }

    /// <inheritdoc/>
    public bool Equals(Section? other) =>
        other is not null && (ReferenceEquals(this, other) || (Title == other.Title && Text == other.Text && Location.Equals(other.Location)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Section);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.Combine(Equality.Combine(17, Title), Location);

    /// <inheritdoc/>
    public override string ToString() => Title;
}
