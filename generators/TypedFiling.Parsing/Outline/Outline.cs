using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Sections;

namespace TypedFiling.Parsing.Outline;

/// <summary>A section heading and the blocks under it that belong to no risk factor.</summary>
internal sealed class SectionOutline
{
    /// <summary>A section as the scan finds it (<see cref="OutlineState"/>): its heading, its body not read yet.</summary>
    public SectionOutline(Block heading)
        : this(heading, Array.Empty<Block>())
    {
    }

    /// <summary>A section with the body the assembler read under its heading.</summary>
    public SectionOutline(Block heading, IReadOnlyList<Block> body)
    {
        Heading = heading;
        Body = body;
    }

    public Block Heading { get; }

    public IReadOnlyList<Block> Body { get; }
}

/// <summary>A risk factor's heading, its body blocks and the category it stands under.</summary>
internal sealed class RiskFactorOutline
{
    public RiskFactorOutline(Block heading, string? category, IReadOnlyList<Block> body)
    {
        Heading = heading;
        Category = category;
        Body = body;
    }

    public Block Heading { get; }

    public string? Category { get; }

    public IReadOnlyList<Block> Body { get; }
}

/// <summary>
/// The structure of a filing as the outline stage decided it, with its verdict: sections and risk factors with their
/// blocks, how the headings were told, whether the text reads as a filing, and whether the outline is plausible.
/// Immutable: the stage (<see cref="OutlineBuilder.Build"/>) returns it judged, and the parser reads it as it is.
/// </summary>
/// <param name="Sections">The sections, each with the text that belongs to no risk factor.</param>
/// <param name="RiskFactors">The risk factors, in filing order.</param>
/// <param name="RiskSection">The section the risk factors were read in, or null when the whole filing was.</param>
/// <param name="RegionSize">The characters of text in the region the risk factors were read in.</param>
internal sealed record FilingOutline(IReadOnlyList<SectionOutline> Sections, IReadOnlyList<RiskFactorOutline> RiskFactors, SectionOutline? RiskSection, int RegionSize)
{
    /// <summary>How the risk factors' headings were found; <see cref="HeadingMode.None"/> when there are none.</summary>
    public HeadingMode Mode { get; init; }

    /// <summary>The verdict: plausible, suspicious (<see cref="Finding"/> at <see cref="FindingAt"/>), or no risk factors.</summary>
    public OutlineVerdict Verdict { get; init; } = OutlineVerdict.NoRiskFactors;

    /// <summary>What looked wrong, where the verdict is <see cref="OutlineVerdict.Suspicious"/>.</summary>
    public string? Finding { get; init; }

    /// <summary>The heading of the first risk factor the finding points at (TF0010 is reported there).</summary>
    public Block? FindingAt { get; init; }

    /// <summary>
    /// Whether the text reads as a filing (<see cref="FilingShape"/>). One that does not keeps no risk factors it had to
    /// infer; a plain additional file that does not is a README or a changelog, and generates nothing.
    /// </summary>
    public bool ReadsAsFiling { get; init; }

    /// <summary>Where the section locator found the risk-factor section, by what evidence, and whether the document has an EDGAR cover.</summary>
    public SectionLocation Section { get; init; } = SectionLocation.NotFound(-1);

    /// <summary>
    /// The section as reported: a whole filing's section that neither names risk factors nor gave any ("Forward-Looking
    /// and Cautionary Statements" in a 10-Q without Item 1A) is none, as its TF0022 says.
    /// </summary>
    private SectionEvidence ReportedSection =>
        Section.HasCover && RiskFactors.Count == 0 && !Section.NamesRiskFactors ? SectionEvidence.None : Section.Evidence;

    /// <summary>The outline's mode and verdict as the model carries them.</summary>
    public OutlineModel Model => new(Mode, Verdict, Finding, ReadsAsFiling) { Section = ReportedSection, SectionHeading = ReportedSection == SectionEvidence.None ? null : Section.HeadingText };
}
