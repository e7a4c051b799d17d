namespace TypedFiling.Parsing.Sections;

/// <summary>What kind of heading a <see cref="SectionMark"/> is.</summary>
internal enum MarkKind
{
    /// <summary>"Item 1A. Risk Factors", "ITEM 2: PROPERTIES", "Item 3.D".</summary>
    Item,

    /// <summary>"PART II — OTHER INFORMATION".</summary>
    Part,

    /// <summary>A lettered part of a 20-F item: "D. Risk Factors".</summary>
    Letter,

    /// <summary>A section named without a number: "Risk Factors", "RISK FACTORS." opening its paragraph.</summary>
    Titled,
}

/// <summary>
/// A block that heads a part of the filing, as the section locator reads it: its kind, its number ("1A", "II", "D";
/// empty for a titled one) and its title ("Risk Factors"), with the blocks it spans (a bare "Item 1A." and the
/// "Risk Factors" block after it are one heading).
/// </summary>
/// <param name="Block">The index of its first block.</param>
/// <param name="After">The index of the first block after it.</param>
/// <param name="Kind">What kind of heading it is.</param>
/// <param name="Number">The item's number and letter, the part's numeral or the letter, upper case; empty for a titled heading.</param>
/// <param name="Title">Its title, without the number, separators and a trailing period or colon.</param>
internal readonly record struct SectionMark(int Block, int After, MarkKind Kind, string Number, string Title)
{
    /// <summary>Whether it is a numbered item or a part: what ends any section.</summary>
    public bool IsItemOrPart => Kind is MarkKind.Item or MarkKind.Part;
}
