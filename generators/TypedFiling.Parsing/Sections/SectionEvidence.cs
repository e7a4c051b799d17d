namespace TypedFiling.Parsing.Sections;

/// <summary>What the section locator found the risk-factor section by (<see cref="SectionLocator"/>).</summary>
internal enum SectionEvidence
{
    /// <summary>No section: the filing was read whole (a text with no EDGAR cover), or has none.</summary>
    None = 0,

    /// <summary>Its item heading: "Item 1A. Risk Factors" (a 10-K, Part II of a 10-Q), "D. Risk Factors" or "Item 3.D" (a 20-F).</summary>
    ItemHeading = 1,

    /// <summary>A "Form 10-K Cross-Reference Index" that maps Item 1A to the section's pages and title.</summary>
    CrossReferenceIndex = 2,

    /// <summary>A heading of its own ("Risk Factors", "Factors That May Affect Future Results") inside a filing with item headings.</summary>
    SectionHeading = 3,

    /// <summary>Only a "Risk Factors" heading, in a document with no item headings (a prospectus): weak evidence, judged more strictly.</summary>
    RiskFactorsHeading = 4,
}
