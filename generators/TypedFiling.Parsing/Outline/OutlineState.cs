using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Sections;

namespace TypedFiling.Parsing.Outline;

/// <summary>
/// What the outline knows of each block while it is built: whether it is a page artifact or a section
/// heading, which section it is in, and whether it heads a risk factor or a category (with, for a run-in
/// heading, where its title ends and its body starts). One method marks the headings of each heading mode.
/// </summary>
internal sealed class OutlineState
{
    /// <summary>A table of contents' entry has next to no text under it (a "Part II 27" row).</summary>
    private const int MaxTableOfContentsText = 100;

    private readonly CancellationToken cancellationToken;

    private OutlineState(IReadOnlyList<Block> blocks, CancellationToken cancellationToken)
    {
        Blocks = blocks;
        this.cancellationToken = cancellationToken;
        Artifact = PageArtifacts.Find(blocks, cancellationToken);
        IsSection = new bool[blocks.Count];
        SectionOf = new SectionOutline?[blocks.Count];
        Heading = new bool[blocks.Count];
        Category = new bool[blocks.Count];
        TitleEnd = new int[blocks.Count];
        BodyStart = new int[blocks.Count];
        ContinuedBy = new int[blocks.Count];
        Continuation = new bool[blocks.Count];
    }

    public IReadOnlyList<Block> Blocks { get; }

    public bool[] Artifact { get; }

    public bool[] IsSection { get; }

    public SectionOutline?[] SectionOf { get; }

    /// <summary>Whether the block heads a risk factor or a category (or is a summary's or note's title).</summary>
    public bool[] Heading { get; }

    /// <summary>Whether the block was marked a category by the shape of the section (a bare line over headings).</summary>
    public bool[] Category { get; }

    /// <summary>For a run-in heading, where its title ends in the block's text; 0 otherwise.</summary>
    public int[] TitleEnd { get; }

    /// <summary>For a run-in heading, where its body starts in the block's text.</summary>
    public int[] BodyStart { get; }

    /// <summary>For a heading a page break split in two, the block that holds its second half; 0 otherwise.</summary>
    public int[] ContinuedBy { get; }

    /// <summary>Whether the block is the second half of a heading a page break split (<see cref="ContinuedBy"/>).</summary>
    public bool[] Continuation { get; }

    /// <summary>The look most risk factors' headings share (<see cref="HeadingLooks.Look"/>), or -1 before the headings are marked.</summary>
    public int TitleLook { get; set; } = -1;

    public List<SectionOutline> Sections { get; } = new();

    public Dictionary<SectionOutline, int> SectionSize { get; } = new();

    /// <summary>The heading mode the headings were marked in.</summary>
    public HeadingMode Mode { get; set; }

    /// <summary>
    /// Whether the headings were inferred from the shape of unmarked text (one-sentence paragraphs, Title-Case
    /// run-in phrases) rather than marked by emphasis, capitals or a colon: such headings are not taken in a
    /// text that does not read as a filing.
    /// </summary>
    public bool Inferred { get; set; }

    /// <summary>The section the risk factors are read in, or null to read the whole filing.</summary>
    public SectionOutline? RiskSection { get; private set; }

    /// <summary>Where the section locator found the risk-factor section, and by what evidence.</summary>
    public SectionLocation Section { get; private set; } = SectionLocation.NotFound(-1);

    /// <summary>Whether no text is read for risk factors: an EDGAR filing in which no risk-factor section was found.</summary>
    public bool ReadsNothing { get; private set; }

    /// <summary>How each block looks as a heading, against the region's body text.</summary>
    public HeadingLooks Looks { get; private set; } = null!;

    /// <summary>Finds the page artifacts, the sections and the risk-factor section of <paramref name="blocks"/>.</summary>
    public static OutlineState Scan(IReadOnlyList<Block> blocks, CancellationToken cancellationToken)
    {
        var state = new OutlineState(blocks, cancellationToken);
        SectionOutline? section = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            state.Poll(i);
            if (state.Artifact[i])
            {
                state.SectionOf[i] = section;
            }
            else if (HeadingShapes.IsSectionHeading(blocks[i]))
            {
                state.IsSection[i] = true;
                section = new SectionOutline(blocks[i]);
                state.Sections.Add(section);
                state.SectionSize[section] = 0;
            }
            else
            {
                state.SectionOf[i] = section;
                if (section is not null)
                {
                    state.SectionSize[section] += blocks[i].Text.Length;
                }
            }
        }

        state.Sections.RemoveAll(s => state.SectionSize[s] < MaxTableOfContentsText && PageArtifacts.EndsWithPageNumber(s.Heading.Text));
        state.Locate(SectionLocator.Locate(blocks, state.Artifact, cancellationToken));
        state.Looks = HeadingLooks.Read(state);
        return state;
    }

    /// <summary>
    /// Takes the section the locator found in a whole EDGAR filing, or, where the filing has none, reads nothing; a
    /// document without an EDGAR cover (a cut of a section) keeps the section titled "Risk Factors" found as before,
    /// or is read whole.
    /// </summary>
    private void Locate(SectionLocation location)
    {
        if (!location.HasCover)
        {
            RiskSection = FindRiskSection();
            JoinLetteredParts();
            Section = location with { Evidence = RiskSection is null ? SectionEvidence.None : location.Evidence };
            return;
        }

        Section = location;
        ReadsNothing = !location.Found;
        if (!location.Found)
        {
            return;
        }

        var risk = new SectionOutline(Blocks[location.Heading]);
        var start = Blocks[location.Heading].Start;
        var end = location.End < Blocks.Count ? Blocks[location.End].Start : int.MaxValue;
        Sections.RemoveAll(s => s.Heading.Start >= start && s.Heading.Start < end);
        var at = Sections.FindIndex(s => s.Heading.Start > start);
        Sections.Insert(at < 0 ? Sections.Count : at, risk);
        var size = 0;
        for (var i = location.Heading; i < location.End; i++)
        {
            // A "Risk Factors" heading inside the section (after a forward-looking note) is the section's, not a risk factor's.
            IsSection[i] = i < location.BodyStart || ItemHeadings.IsRiskFactors(Blocks[i].Text);
            SectionOf[i] = i < location.BodyStart ? null : risk;
            size += i < location.BodyStart || Artifact[i] ? 0 : Blocks[i].Text.Length;
        }

        SectionSize[risk] = size;
        RiskSection = risk;
    }

    /// <summary>
    /// Throws when the build was cancelled, looking once every <see cref="ParsePolls.Blocks"/> blocks: what the
    /// outline does with one block is bounded (word counts stop past their limits), however long the block.
    /// </summary>
    public void Poll(int index)
    {
        if (index % ParsePolls.Blocks == 0)
        {
            ParsePolls.Check(cancellationToken, ParseStage.Outline, index);
        }
    }

    /// <summary>Whether the block is text of the region risk factors are read in (not an artifact or a section heading).</summary>
    public bool InRegion(int index) =>
        !ReadsNothing && !Artifact[index] && !IsSection[index] && (RiskSection is null || SectionOf[index] == RiskSection);

    /// <summary>Whether the block is set apart as a heading (<see cref="HeadingLooks.IsHeadingLike"/>).</summary>
    public bool HeadingLike(int index) => Looks.IsHeadingLike(index);

    /// <summary>Whether the block is a run-in heading: a title and its body in one paragraph.</summary>
    public bool IsRunIn(int index) => TitleEnd[index] > 0 && BodyStart[index] < Blocks[index].Text.Length;

    /// <summary>The heading's block: for a heading whose title leaves out a separator ("Competition:"), the title alone.</summary>
    /// <summary>A heading a page break split in two is its two halves joined by a space; a marker that opens it ("* ") is not part of it.</summary>
    public Block HeadingBlock(int index)
    {
        var block = Blocks[index];
        block = TitleEnd[index] > 0 && !IsRunIn(index) ? Slice(block, TitleEnd[index]) : block;
        if (ContinuedBy[index] > 0)
        {
            var second = Blocks[ContinuedBy[index]];
            var content = InlineText.Join(block.Content, second.Content, block.End);
            block = new Block(block.Kind, content, block.Emphasis, block.Start, second.End, -1, 0, block.FontSize, block.WordEmphasis);
        }

        var marker = HeadingShapes.MarkerLength(block.Text);
        return marker == 0 ? block : new Block(block.Kind, block.Content.Slice(marker), block.Emphasis, block.Content.SourceOffset(marker), block.End, -1, 0, block.FontSize, block.WordEmphasis);
    }

    /// <summary>The first <paramref name="length"/> characters of <paramref name="block"/> as a block: a heading's title.</summary>
    public static Block Slice(Block block, int length)
    {
        var content = block.Content;
        return new Block(BlockKind.Paragraph, content.Slice(0, length), block.Emphasis, block.Start, content.SourceEnd(length - 1), -1, 0, block.FontSize, block.WordEmphasis);
    }

    /// <summary>The next block of the same section that is not a page artifact or a heading's second half, or -1.</summary>
    public int Next(int index)
    {
        for (var j = index + 1; j < Blocks.Count; j++)
        {
            if (IsSection[j] || SectionOf[j] != SectionOf[index])
            {
                return -1;
            }

            if (!Artifact[j] && !Continuation[j])
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The characters of text in the region risk factors are read in.</summary>
    public int RegionSize()
    {
        if (RiskSection is not null)
        {
            return SectionSize[RiskSection];
        }

        var size = 0;
        for (var i = 0; i < Blocks.Count; i++)
        {
            size += InRegion(i) ? Blocks[i].Text.Length : 0;
        }

        return size;
    }

    /// <summary>Blocks of the region that the format marks as headings or emphasizes whole.</summary>
    public int CountHeadingLike()
    {
        var count = 0;
        for (var i = 0; i < Blocks.Count; i++)
        {
            count += InRegion(i) && HeadingLike(i) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Emphasized headings of the region followed by body text that do not name a category.</summary>
    public int CountEmphasizedHeadings()
    {
        var count = 0;
        for (var i = 0; i < Blocks.Count; i++)
        {
            if (InRegion(i) && HeadingLike(i) && !HeadingShapes.IsCategoryName(Blocks[i].Text) && Next(i) is var next && next >= 0 && !HeadingLike(next))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Paragraphs of the region that open with a run-in heading, emphasized or Title-Case.</summary>
    public int CountRunIns(bool emphasized)
    {
        var count = 0;
        for (var i = 0; i < Blocks.Count; i++)
        {
            Poll(i);
            count += InRegion(i) && RunIn(i, emphasized, out _) > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Emphasized mode: every block set apart as a heading (<see cref="HeadingLike"/>) is a heading, read then against
    /// the look most of them share (<see cref="EmphasizedHeadings"/>).
    /// </summary>
    public void MarkEmphasized()
    {
        Inferred = false;
        for (var i = 0; i < Blocks.Count; i++)
        {
            Heading[i] = HeadingLike(i);
        }

        EmphasizedHeadings.Refine(this);
    }

    /// <summary>
    /// Run-in mode: paragraphs that open with a run-in heading head risk factors; emphasized blocks stay
    /// headings (categories, or risk factors whose heading stands alone); a bare short line without a final
    /// period just before a run-in heading is a category.
    /// </summary>
    public void MarkRunIn(bool emphasized)
    {
        Inferred = !emphasized;
        for (var i = 0; i < Blocks.Count; i++)
        {
            Poll(i);
            if (InRegion(i) && RunIn(i, emphasized, out var bodyStart) is var titleEnd && titleEnd > 0)
            {
                Heading[i] = true;
                TitleEnd[i] = titleEnd;
                BodyStart[i] = bodyStart;
            }
        }

        // Among run-in headings, one that stands alone is a sentence (a risk factor whose body has sub-headings)
        // or a summary's or note's title; then a block before a heading is a category when it is emphasized or
        // a bare short line. A short emphasized phrase over body text is a sub-heading within a body.
        for (var i = 0; i < Blocks.Count; i++)
        {
            var text = Blocks[i].Text;
            if (InRegion(i) && !Heading[i] && HeadingLike(i) && Blocks[i].Kind != BlockKind.ListItem)
            {
                Heading[i] = HeadingShapes.EndsSentence(text) || HeadingShapes.IsSummaryTitle(text) || HeadingShapes.IsForwardLookingTitle(text);
            }
        }

        for (var i = 0; i < Blocks.Count; i++)
        {
            if (!InRegion(i) || Heading[i] || Blocks[i].Kind == BlockKind.ListItem || !(Next(i) is var next && next >= 0 && Heading[next]))
            {
                continue;
            }

            Heading[i] = HeadingLike(i) || HeadingShapes.IsPlainCategory(Blocks[i].Text);
            Category[i] = Heading[i] && !HeadingLike(i);
        }
    }

    /// <summary>
    /// Plain mode: a heading is a paragraph of one short sentence before a longer one (see
    /// <see cref="IsPlainHeadingAt"/>), taken only when the region has at least <paramref name="minimum"/>;
    /// a short line without a final period before such a heading is a category. Returns how many were taken.
    /// </summary>
    public int MarkPlain(int minimum)
    {
        var found = MarkPlainHeadings(minimum, marked: true);
        Inferred = found == 0;
        if (found == 0)
        {
            found = MarkPlainHeadings(minimum, marked: false);
        }

        for (var i = 0; i < Blocks.Count; i++)
        {
            var text = Blocks[i].Text;
            if (Heading[i] && HeadingShapes.CountWords(text, HeadingShapes.MaxPlainCategoryWords) <= HeadingShapes.MaxPlainCategoryWords && !HeadingShapes.EndsSentence(text) && Next(i) is var next && next >= 0 && Heading[next])
            {
                Category[i] = true;
            }
        }

        return found;
    }

    /// <summary>
    /// Marks plain headings: with <paramref name="marked"/>, only lines that plain text marks as headings (in
    /// capitals, or a Title-Case phrase ending with a colon); otherwise one-sentence paragraphs. None when
    /// fewer than <paramref name="minimum"/> are found.
    /// </summary>
    private int MarkPlainHeadings(int minimum, bool marked)
    {
        var found = 0;
        for (var i = 0; i < Blocks.Count; i++)
        {
            Poll(i);
            if (InRegion(i) && Blocks[i].Kind != BlockKind.ListItem)
            {
                Heading[i] = marked ? IsMarkedPlainHeadingAt(i) : IsPlainHeadingAt(i);
                found += Heading[i] ? 1 : 0;
            }
        }

        if (found < minimum)
        {
            ClearMarks();
            return 0;
        }

        return found;
    }

    /// <summary>
    /// A line in capitals of one sentence ("COMPETITION", "WE MAY NOT HAVE A DIVERSIFIED BUSINESS.") or a
    /// Title-Case phrase ending with a colon ("Dependence on Key Personnel:", the colon left out of its title),
    /// before a longer paragraph or another such line.
    /// </summary>
    private bool IsMarkedPlainHeadingAt(int index)
    {
        var next = Next(index);
        var text = Blocks[index].Text;
        if (next < 0 || text.Length == 0)
        {
            return false;
        }

        // Both branches need a short line (a Title-Case phrase has at most 25 words), so the counts stop past that.
        var words = HeadingShapes.CountWords(text, HeadingShapes.MaxPlainHeadingWords);
        if (words > HeadingShapes.MaxPlainHeadingWords)
        {
            return false;
        }

        var nextText = Blocks[next].Text;
        var beforeBody = HeadingShapes.CountWords(nextText, words) > words || HeadingShapes.IsAllCapitals(nextText);
        if (HeadingShapes.IsAllCapitals(text))
        {
            return beforeBody && words <= HeadingShapes.MaxPlainHeadingWords && HeadingShapes.IsPlainHeadingSentence(text);
        }

        if (text[text.Length - 1] == ':' && beforeBody && RunInHeadings.IsTitleCasePhrase(text.Substring(0, text.Length - 1).TrimEnd()))
        {
            TitleEnd[index] = text.Length - 1;
            BodyStart[index] = text.Length;
            return true;
        }

        return false;
    }

    /// <summary>Forgets every mark, before another mode marks the region.</summary>
    public void ClearMarks()
    {
        Array.Clear(Heading, 0, Heading.Length);
        Array.Clear(Category, 0, Category.Length);
        Array.Clear(TitleEnd, 0, TitleEnd.Length);
        Array.Clear(BodyStart, 0, BodyStart.Length);
        Array.Clear(ContinuedBy, 0, ContinuedBy.Length);
        Array.Clear(Continuation, 0, Continuation.Length);
        TitleLook = -1;
    }

    /// <summary>
    /// Whether the paragraph at <paramref name="index"/> reads as a heading without emphasis: one sentence of
    /// at most <see cref="HeadingShapes.MaxPlainHeadingWords"/> words followed by a longer paragraph.
    /// </summary>
    public bool IsPlainHeadingAt(int index)
    {
        if (Blocks[index].Kind == BlockKind.ListItem)
        {
            return false;
        }

        var next = Next(index);
        if (next < 0)
        {
            return false;
        }

        var words = HeadingShapes.CountWords(Blocks[index].Text, HeadingShapes.MaxPlainHeadingWords);
        return words >= HeadingShapes.MinPlainHeadingWords && words <= HeadingShapes.MaxPlainHeadingWords &&
            HeadingShapes.CountWords(Blocks[next].Text, words) > words && HeadingShapes.IsPlainHeadingSentence(Blocks[index].Text);
    }

    /// <summary>Whether the heading at <paramref name="index"/> is followed by body paragraphs (or holds its own): a risk factor's heading.</summary>
    public bool StartsRiskFactor(int index)
    {
        if (index < 0 || !Heading[index])
        {
            return false;
        }

        if (IsRunIn(index))
        {
            return true;
        }

        var next = Next(index);
        return next >= 0 && !Heading[next] && Blocks[next].Kind != BlockKind.ListItem;
    }

    private int RunIn(int index, bool emphasized, out int bodyStart) =>
        emphasized ? RunInHeadings.Emphasized(Blocks[index], out bodyStart) : RunInHeadings.TitleCase(Blocks[index], out bodyStart);

    /// <summary>
    /// Lettered parts right after an item's risk-factor section ("I. Summary", "V. Liquidity Risk" after "Item 1A. Risk
    /// Factors") are its numbered categories and text, not sections: a 10-K's items have no lettered parts. (A 20-F's
    /// item has, and its risk-factor section is one of them, "D. Risk Factors", which this leaves alone.)
    /// </summary>
    private void JoinLetteredParts()
    {
        if (RiskSection is null || !HeadingShapes.StartsWithItem(RiskSection.Heading.Text))
        {
            return;
        }

        var start = 0;
        while (start < Blocks.Count && !ReferenceEquals(Blocks[start], RiskSection.Heading))
        {
            start++;
        }

        for (var i = start + 1; i < Blocks.Count; i++)
        {
            Poll(i);
            if (IsSection[i] && !HeadingShapes.IsLetteredPart(Blocks[i].Text))
            {
                return;
            }

            if (IsSection[i])
            {
                var part = Sections.Find(s => ReferenceEquals(s.Heading, Blocks[i]));
                Sections.Remove(part);
                SectionSize.Remove(part);
                IsSection[i] = false;
                SectionOf[i] = part;
            }

            if (SectionOf[i] != RiskSection && !Artifact[i])
            {
                SectionSize[RiskSection] += Blocks[i].Text.Length;
            }

            SectionOf[i] = RiskSection;
        }
    }

    /// <summary>The section titled "Risk Factors" (not its summary) with the most text: a table of contents' entry has none.</summary>
    private SectionOutline? FindRiskSection()
    {
        SectionOutline? best = null;
        var bestSize = -1;
        foreach (var section in Sections)
        {
            if (HeadingShapes.IsRiskSectionTitle(section.Heading.Text) && SectionSize[section] > bestSize)
            {
                best = section;
                bestSize = SectionSize[section];
            }
        }

        return best;
    }
}
