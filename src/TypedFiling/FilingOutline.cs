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

/// <summary>What a filing's risk-factor section was found by.</summary>
public enum SectionEvidence
{
    /// <summary>No section: the text was read whole (a document without an EDGAR cover), or the filing has none.</summary>
    None = 0,

    /// <summary>Its item heading: "Item 1A. Risk Factors" (a 10-K, Part II of a 10-Q), "D. Risk Factors" or "Item 3.D" (a 20-F).</summary>
    ItemHeading = 1,

    /// <summary>The pages and title a "Form 10-K Cross-Reference Index" gives Item 1A.</summary>
    CrossReferenceIndex = 2,

    /// <summary>A heading of its own ("Risk Factors", "Factors That May Affect Future Results") in a filing with item headings.</summary>
    SectionHeading = 3,

    /// <summary>Only a "Risk Factors" heading, in a document without item headings (a prospectus): weak evidence, checked more strictly.</summary>
    RiskFactorsHeading = 4,
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

    /// <summary>Creates an outline record with the evidence its risk-factor section was found by and that section's heading.</summary>
    public FilingOutline(HeadingMode headings, OutlineVerdict verdict, string? finding, SectionEvidence section, string? sectionHeading)
        : this(headings, verdict, finding)
    {
        Section = section;
        SectionHeading = sectionHeading;
    }

    /// <summary>How the headings were found.</summary>
    public HeadingMode Headings { get; }

    /// <summary>What the risk-factor section was found by: its item heading, a cross-reference index, a heading of its own, or nothing.</summary>
    public SectionEvidence Section { get; }

    /// <summary>The risk-factor section's heading as the filing writes it ("Item 1A. Risk Factors"), or null.</summary>
    public string? SectionHeading { get; }

    /// <summary>The self-check's verdict.</summary>
    public OutlineVerdict Verdict { get; }

    /// <summary>What looked wrong, where the verdict is <see cref="OutlineVerdict.Suspicious"/>; otherwise null.</summary>
    public string? Finding { get; }

    /// <inheritdoc/>
    public bool Equals(FilingOutline? other) =>
        other is not null && Headings == other.Headings && Verdict == other.Verdict && Finding == other.Finding && Section == other.Section && SectionHeading == other.SectionHeading;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FilingOutline);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.Combine((((int)Headings * 31) + (int)Verdict) * 31 + (int)Section, Finding);

    /// <summary>"RunIn headings, plausible" or "Emphasized headings, suspicious: ...".</summary>
    public override string ToString() =>
        Headings + " headings, " + (Verdict == OutlineVerdict.Plausible ? "plausible" : Verdict == OutlineVerdict.Suspicious ? "suspicious: " + Finding : "no risk factors");
}
