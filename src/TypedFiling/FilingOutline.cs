using System;
using TypedFiling.Internal;

namespace TypedFiling;

/// <summary>How a filing's risk-factor headings were told from its body text.</summary>
public enum HeadingMode
{
    /// <summary>No heading was found.</summary>
    None = 0,

    /// <summary>Paragraphs emphasized whole (bold, italic, underlined) or marked as headings.</summary>
    Emphasized = 1,

    /// <summary>A heading phrase opening its paragraph, the body following in the same paragraph.</summary>
    RunIn = 2,

    /// <summary>Unmarked one-sentence paragraphs before longer ones.</summary>
    Plain = 3,
}

/// <summary>What the outline's self-check made of a filing's risk factors.</summary>
public enum OutlineVerdict
{
    /// <summary>Their shape is plausible.</summary>
    Plausible = 0,

    /// <summary>Their shape suggests a mis-read; the build reported TF0010.</summary>
    Suspicious = 1,

    /// <summary>No risk factor was found; the build reported TF0002.</summary>
    NoRiskFactors = 2,
}

/// <summary>How a filing's outline was read and what its self-check found.</summary>
public sealed class FilingOutline : IEquatable<FilingOutline>
{
    /// <summary>Creates an outline record.</summary>
    public FilingOutline(HeadingMode headings, OutlineVerdict verdict, string? finding)
    {
        Headings = headings;
        Verdict = verdict;
        Finding = finding;
    }

    /// <summary>How the headings were found.</summary>
    public HeadingMode Headings { get; }

    /// <summary>The self-check's verdict.</summary>
    public OutlineVerdict Verdict { get; }

    /// <summary>What looked wrong, where the verdict is <see cref="OutlineVerdict.Suspicious"/>; otherwise null.</summary>
    public string? Finding { get; }

    /// <inheritdoc/>
    public bool Equals(FilingOutline? other) =>
        other is not null && Headings == other.Headings && Verdict == other.Verdict && Finding == other.Finding;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FilingOutline);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.Combine(((int)Headings * 31) + (int)Verdict, Finding);

    /// <summary>"RunIn headings, plausible" or "Emphasized headings, suspicious: ...".</summary>
    public override string ToString() =>
        Headings + " headings, " + (Verdict == OutlineVerdict.Plausible ? "plausible" : Verdict == OutlineVerdict.Suspicious ? "suspicious: " + Finding : "no risk factors");
}
