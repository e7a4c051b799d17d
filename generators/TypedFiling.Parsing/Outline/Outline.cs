using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>A section heading and the blocks under it that belong to no risk factor.</summary>
internal sealed class SectionOutline
{
    public SectionOutline(Block heading) => Heading = heading;

    public Block Heading { get; }

    public List<Block> Body { get; } = new();
}

/// <summary>A risk factor's heading, its body blocks and the category it stands under.</summary>
internal sealed class RiskFactorOutline
{
    public RiskFactorOutline(Block heading, string? category)
    {
        Heading = heading;
        Category = category;
    }

    public Block Heading { get; }

    public string? Category { get; }

    public List<Block> Body { get; } = new();
}

/// <summary>The structure of a filing: sections and risk factors, each with its blocks.</summary>
internal sealed class FilingOutline
{
    public List<SectionOutline> Sections { get; } = new();

    public List<RiskFactorOutline> RiskFactors { get; } = new();

    /// <summary>How the risk factors' headings were found.</summary>
    public Model.HeadingMode Mode { get; set; }

    /// <summary>Whether the headings were inferred from unmarked text (see <see cref="OutlineState.Inferred"/>).</summary>
    public bool Inferred { get; set; }

    /// <summary>The section the risk factors were read in, or null when the whole filing was.</summary>
    public SectionOutline? RiskSection { get; set; }

    /// <summary>The characters of text in the region the risk factors were read in.</summary>
    public int RegionSize { get; set; }
}
