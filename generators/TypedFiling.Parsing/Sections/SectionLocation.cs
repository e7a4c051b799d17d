using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Sections;

/// <summary>
/// Where the section locator found the risk-factor section: the blocks of its heading and of its body, the evidence it
/// was found by, and whether the document is a whole EDGAR filing (one with a cover). A filing with a cover and no
/// section has <see cref="Found"/> false and is read as having no risk factors; a document without a cover and no
/// section is read whole, as a cut of a section is.
/// </summary>
/// <param name="Heading">The index of the section's heading block, or -1.</param>
/// <param name="BodyStart">The index of the section's first body block (after a heading of one or two blocks).</param>
/// <param name="End">The index just past the section's last block.</param>
/// <param name="Evidence">What the section was found by.</param>
/// <param name="Cover">The index of the block of the EDGAR cover that names the filing, or -1 for a document without one.</param>
internal sealed record SectionLocation(int Heading, int BodyStart, int End, SectionEvidence Evidence, int Cover)
{
    /// <summary>A document without an EDGAR cover in which no section was found.</summary>
    public static SectionLocation NotFound(int cover) => new(-1, -1, -1, SectionEvidence.None, cover);

    /// <summary>Whether a section was found.</summary>
    public bool Found => Heading >= 0;

    /// <summary>Whether the document is a whole EDGAR filing (a form was found on its cover).</summary>
    public bool HasCover => Cover >= 0;

    /// <summary>Whether the section was found by weak evidence: only a "Risk Factors" heading in a document without item headings.</summary>
    public bool IsWeak => Evidence == SectionEvidence.RiskFactorsHeading;

    /// <summary>The heading's words as the filing writes them ("Item 1A. Risk Factors"), or null.</summary>
    public string? HeadingText { get; init; }

    /// <summary>
    /// Whether the section is the filing's risk-factor item or is titled so: one that only names factors otherwise
    /// ("Forward-Looking and Cautionary Statements") and lists none is no risk-factor section, and says nothing of them.
    /// </summary>
    public bool NamesRiskFactors { get; init; }
}
