using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Blocks;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// Walks the blocks once, with the headings <see cref="OutlineState"/> marked, and builds the outline:
/// which blocks head risk factors and categories, and which are whose body. The bodies grow as the walk goes, in
/// drafts of its own; the outline it returns is read-only, and judged next (<see cref="OutlineCheck"/>).
/// </summary>
internal sealed class OutlineAssembler
{
    /// <summary>Categories stand at most this many levels deep over a risk factor (Mastercard's "Legal and Regulatory" over "Payments Industry Regulation").</summary>
    private const int MaxCategoryLevels = 3;

    private readonly OutlineState state;
    private readonly List<RiskFactorDraft> riskFactors = new();
    private readonly Dictionary<SectionOutline, List<Block>> sectionBodies = new();
    private string? category;
    private RiskFactorDraft? current;

    /// <summary>Whether run-in titles in capitals are fewer than half of them, and so may be categories (<see cref="StartRunIn"/>).</summary>
    private bool capitalCategories;
    private Region region = Region.RiskFactors;

    private OutlineAssembler(OutlineState state) => this.state = state;

    /// <summary>What the blocks being read belong to.</summary>
    private enum Region
    {
        RiskFactors,
        Summary,
        Boilerplate,
    }

    public static FilingOutline Assemble(OutlineState state)
    {
        var assembler = new OutlineAssembler(state);
        assembler.capitalCategories = state.Mode == Model.HeadingMode.RunIn && FewRunInsInCapitals(state);
        for (var i = 0; i < state.Blocks.Count; i++)
        {
            state.Poll(i);
            assembler.Step(i);
        }

        return assembler.Outline();
    }

    /// <summary>What the walk read: each section the scan found with the body read under it, and each risk factor with its own.</summary>
    private FilingOutline Outline()
    {
        var sections = new SectionOutline[state.Sections.Count];
        SectionOutline? riskSection = null;
        for (var i = 0; i < sections.Length; i++)
        {
            var scanned = state.Sections[i];
            sections[i] = new SectionOutline(scanned.Heading, BodyOf(scanned));
            riskSection = ReferenceEquals(scanned, state.RiskSection) ? sections[i] : riskSection;
        }

        if (state.RiskSection is { } risk && riskSection is null)
        {
            riskSection = new SectionOutline(risk.Heading, BodyOf(risk));
        }

        var read = riskFactors.ConvertAll(draft => new RiskFactorOutline(draft.Heading, draft.Category, draft.Body.AsReadOnly()));
        return new FilingOutline(Array.AsReadOnly(sections), read.AsReadOnly(), riskSection, state.RegionSize());
    }

    private IReadOnlyList<Block> BodyOf(SectionOutline section) =>
        sectionBodies.TryGetValue(section, out var body) ? body.AsReadOnly() : Array.Empty<Block>();

    /// <summary>Adds <paramref name="block"/> to the text of <paramref name="section"/>, where the block stands in one.</summary>
    private void AddToSection(SectionOutline? section, Block block)
    {
        if (section is null)
        {
            return;
        }

        if (!sectionBodies.TryGetValue(section, out var body))
        {
            body = new List<Block>();
            sectionBodies.Add(section, body);
        }

        body.Add(block);
    }

    /// <summary>Whether fewer than half of the region's run-in titles are in capitals.</summary>
    private static bool FewRunInsInCapitals(OutlineState state)
    {
        var runIns = 0;
        var capitals = 0;
        for (var i = 0; i < state.Blocks.Count; i++)
        {
            state.Poll(i);
            if (state.InRegion(i) && state.IsRunIn(i))
            {
                runIns++;
                capitals += HeadingShapes.IsAllCapitals(state.Blocks[i].Text.Substring(0, state.TitleEnd[i])) ? 1 : 0;
            }
        }

        return capitals * 2 < runIns;
    }

    private void Step(int i)
    {
        if (state.IsSection[i])
        {
            current = null;
            category = null;
            region = Region.RiskFactors;
            return;
        }

        if (state.Artifact[i] || state.Continuation[i])
        {
            return;
        }

        var owner = state.SectionOf[i];
        var inRiskRegion = state.RiskSection is null || owner == state.RiskSection;
        if (inRiskRegion && state.Heading[i] && Heading(i))
        {
            return;
        }

        if (current is not null && inRiskRegion && region == Region.RiskFactors)
        {
            current.Body.Add(state.Blocks[i]);
        }
        else
        {
            AddToSection(owner, state.Blocks[i]);
        }
    }

    /// <summary>Reads the heading at <paramref name="i"/>; false when it is text after all (an introduction, a summary's line).</summary>
    private bool Heading(int i)
    {
        var block = state.HeadingBlock(i);
        if (state.IsRunIn(i))
        {
            StartRunIn(i);
            return true;
        }

        var next = state.Next(i);
        if (HeadingShapes.IsSummaryTitle(block.Text))
        {
            region = Region.Summary;
        }
        else if (HeadingShapes.IsForwardLookingTitle(block.Text))
        {
            region = Region.Boilerplate;
        }
        else if (state.Mode == Model.HeadingMode.Emphasized && next >= 0 && !state.Heading[next] && HeadingShapes.IsCategoryName(block.Text) && state.Looks.Look(i) != state.TitleLook)
        {
            // "Risks Related to Our Common Stock" emphasized over plain text: a category whose first risk factor's
            // heading lacks the emphasis, so it is told by the rule for sections without any. (In plain text, a
            // marked line over body text heads a risk factor whatever its words: "Currency and Financing Risks:".)
            // A heading in the look of the titles is one of them, whatever its words ("We Face Payments-Related Risks").
            StartCategory(block);
            state.Heading[next] = state.IsPlainHeadingAt(next);
            return true;
        }
        else if (next >= 0 && !state.Heading[next] && !state.Category[i])
        {
            // In a summary, a heading over a list is one of its categories, and a line in a category's shape over a
            // line that ends no sentence is one of its rows (a table of category names).
            if (region != Region.Summary || (state.Blocks[next].Kind != BlockKind.ListItem && !IsSummaryRow(block.Text, state.Blocks[next].Text)))
            {
                region = Region.RiskFactors;
                current = new RiskFactorDraft(block, category);
                riskFactors.Add(current);
                return true;
            }
        }
        else if (state.Category[i] || HeadingShapes.IsCategoryTitle(block.Text))
        {
            if (region != Region.Summary || StartsRiskFactors(next))
            {
                StartCategory(block);
                return true;
            }
        }
        else if (region == Region.Boilerplate)
        {
            region = Region.RiskFactors;
        }

        if (region != Region.RiskFactors)
        {
            current = null;
        }

        return false;
    }

    /// <summary>A summary's row: a category's shape (short, no final period) over a line that ends no sentence.</summary>
    private static bool IsSummaryRow(string text, string next) => HeadingShapes.IsCategoryTitle(text) && !HeadingShapes.EndsSentence(next);

    /// <summary>
    /// Whether the heading at <paramref name="index"/> starts risk factors: it heads body text, or is a category over
    /// one that does (two levels of categories over a title).
    /// </summary>
    private bool StartsRiskFactors(int index)
    {
        for (var level = 0; level < MaxCategoryLevels && index >= 0; level++)
        {
            if (state.StartsRiskFactor(index))
            {
                return true;
            }

            if (!state.Heading[index] || !HeadingShapes.IsCategoryTitle(state.Blocks[index].Text))
            {
                return false;
            }

            index = state.Next(index);
        }

        return false;
    }

    private void StartCategory(Block block)
    {
        region = Region.RiskFactors;
        category = block.Text;
        current = null;
    }

    /// <summary>
    /// A run-in heading: its title heads a new risk factor, and the rest of its paragraph opens the body. Where most
    /// titles are not in capitals, a title in capitals that names risks ("STRATEGIC RISKS. Strategic risk relates to
    /// ...") is a category, and the rest of its paragraph is the section's text.
    /// </summary>
    private void StartRunIn(int i)
    {
        var block = state.Blocks[i];
        var content = block.Content;
        var titleEnd = state.TitleEnd[i];
        var bodyStart = state.BodyStart[i];
        var heading = OutlineState.Slice(block, titleEnd);
        var body = new Block(BlockKind.Paragraph, content.Slice(bodyStart), Emphasis.None, content.SourceOffset(bodyStart), block.End, -1);
        if (capitalCategories && HeadingShapes.IsAllCapitals(heading.Text) && HeadingShapes.IsCategoryName(heading.Text.TrimEnd('.')))
        {
            StartCategory(heading);
            AddToSection(state.SectionOf[i], body);
            return;
        }

        region = Region.RiskFactors;
        current = new RiskFactorDraft(heading, category);
        current.Body.Add(body);
        riskFactors.Add(current);
    }

    /// <summary>A risk factor being read: its heading and category, and the body the walk adds to.</summary>
    private sealed class RiskFactorDraft
    {
        public RiskFactorDraft(Block heading, string? category)
        {
            Heading = heading;
            Category = category;
        }

        public Block Heading { get; }

        public string? Category { get; }

        public List<Block> Body { get; } = new();
    }
}
