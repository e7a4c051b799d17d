using TypedFiling.Parsing.Sections;

namespace TypedFiling.Parsing.Model;

/// <summary>How a filing's risk-factor headings were told from its body text.</summary>
internal enum HeadingMode
{
    /// <summary>No heading was found.</summary>
    None = 0,

    /// <summary>Paragraphs emphasized whole (bold, italic, underlined) or marked as headings by the format.</summary>
    Emphasized = 1,

    /// <summary>A heading phrase that opens its paragraph, the body following in the same paragraph.</summary>
    RunIn = 2,

    /// <summary>Unmarked one-sentence paragraphs before longer ones.</summary>
    Plain = 3,
}

/// <summary>What the outline's self-check made of it.</summary>
internal enum OutlineVerdict
{
    /// <summary>Risk factors were found and their shape is plausible.</summary>
    Plausible = 0,

    /// <summary>Risk factors were found but their shape suggests a mis-read (TF0010).</summary>
    Suspicious = 1,

    /// <summary>No risk factor was found (TF0002).</summary>
    NoRiskFactors = 2,
}

/// <summary>How the outline was read and what its self-check found.</summary>
/// <param name="Headings">How the headings were found.</param>
/// <param name="Verdict">The self-check's verdict.</param>
/// <param name="Finding">What looked wrong, where the verdict is <see cref="OutlineVerdict.Suspicious"/>.</param>
/// <param name="ReadsAsFiling">
/// Whether the text reads as a filing at all: it has item or risk-factor sections, or most of its headings are
/// shaped like risk factors. A plain additional file that does not is a README or a changelog, and generates nothing.
/// </param>
internal sealed record OutlineModel(HeadingMode Headings, OutlineVerdict Verdict, string? Finding, bool ReadsAsFiling)
{
    /// <summary>What the section locator found the risk-factor section by (<see cref="SectionEvidence.None"/> where the whole text was read).</summary>
    public SectionEvidence Section { get; init; }

    /// <summary>The section's heading as the filing writes it ("Item 1A. Risk Factors"), or null.</summary>
    public string? SectionHeading { get; init; }

    /// <summary>The outline of a file with no text.</summary>
    public static OutlineModel Empty { get; } = new(HeadingMode.None, OutlineVerdict.NoRiskFactors, null, false);
}

/// <summary>Reads the <c>Headings</c> option: the one place its values are named.</summary>
internal static class HeadingModes
{
    /// <summary>
    /// The mode named by <paramref name="value"/> ("RunIn", "Emphasized", "Plain", case-insensitive; "Auto" or
    /// empty is null); <paramref name="known"/> is false for any other value.
    /// </summary>
    public static HeadingMode? Parse(string? value, out bool known)
    {
        known = true;
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "auto":
                return null;
            case "runin" or "run-in":
                return HeadingMode.RunIn;
            case "emphasized" or "emphasised":
                return HeadingMode.Emphasized;
            case "plain":
                return HeadingMode.Plain;
            default:
                known = false;
                return null;
        }
    }
}
