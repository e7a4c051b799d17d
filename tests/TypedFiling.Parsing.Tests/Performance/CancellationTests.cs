using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Parsing.Tests.Performance;

/// <summary>
/// A cancelled run stops within a bounded amount of work on a 10 MB filing of each format and on one enormous
/// paragraph (issue 16, "the IDE"). No clock: <see cref="ParsePolls.Probe"/> sees every poll with its stage and
/// position, so the tests check that each long loop polls at bounded intervals from start to end, and that a
/// cancellation arriving just after a poll (the worst case) is honoured at the next one, with no later poll.
/// How long that work takes in milliseconds is measured by the benchmarks, not here.
/// </summary>
public sealed class CancellationTests
{
    /// <summary>About 10 MB of characters.</summary>
    private const int Size = 10 * 1024 * 1024;

    /// <summary>The most characters a loop over text may go between two polls of its stage: one interval and a line or tag.</summary>
    private const int MaxCharGap = 2 * ParsePolls.Chars;

    /// <summary>Stages whose position is a character offset; the others count blocks or risk factors.</summary>
    private static readonly HashSet<ParseStage> CharStages = new()
    {
        ParseStage.MarkdownBlocks, ParseStage.MarkdownInline, ParseStage.TextBlocks, ParseStage.HtmlBlocks, ParseStage.Lines,
        ParseStage.Tokens, ParseStage.Sentences, ParseStage.Figures, ParseStage.ConventionsText, ParseStage.Facts,
    };

    public static TheoryData<string> Inputs => new() { "markdown", "text", "html", "paragraph" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_long_loop_polls_at_bounded_intervals(string input)
    {
        var polls = Recorded(input);
        foreach (var stage in ExpectedStages(input))
        {
            Assert.Contains(polls, p => p.Stage == stage);
        }

        for (var k = 1; k < polls.Count; k++)
        {
            var (previous, current) = (polls[k - 1], polls[k]);
            if (previous.Stage != current.Stage || current.Position < previous.Position)
            {
                // Another stage ran between them (its own polls cover it), or a new pass or block began.
                continue;
            }

            var gap = current.Position - previous.Position;
            var limit = CharStages.Contains(current.Stage) ? MaxCharGap : current.Stage == ParseStage.Outline ? ParsePolls.Blocks : 1;
            if (current.Stage == ParseStage.RiskFactors)
            {
                // One poll per block, positioned by the block's source offset: the scanner's own polls cover a long block.
                continue;
            }

            Assert.True(gap <= limit, $"{input}: {current.Stage} went {gap} from {previous.Position} without a poll");
        }
    }

    [Fact]
    public void One_enormous_paragraph_is_polled_through_to_its_end()
    {
        var (text, _) = Filing("paragraph");
        var polls = Recorded("paragraph");
        var paragraph = ParagraphLength(text);

        // The tokenizer, the sentence splitter and the readers each poll across the whole paragraph, which has no sentence end.
        foreach (var stage in new[] { ParseStage.MarkdownInline, ParseStage.Tokens, ParseStage.Sentences, ParseStage.Figures })
        {
            var positions = polls.Where(p => p.Stage == stage).Select(p => p.Position).ToList();
            Assert.True(positions.Count >= paragraph / MaxCharGap, $"{stage}: {positions.Count} polls");
            Assert.True(positions.Max() >= (stage == ParseStage.MarkdownInline ? text.Length : paragraph) - MaxCharGap, $"{stage}: last poll at {positions.Max()}");
        }
    }

    [Fact]
    public void The_generators_figure_limit_stops_the_scan_of_an_enormous_paragraph()
    {
        var (text, options) = Filing("paragraph");
        var polls = new List<(ParseStage Stage, int Position)>();
        ParsePolls.Probe = (stage, position) => polls.Add((stage, position));
        FilingModel model;
        try
        {
            model = FilingParser.Parse(text, options with { MaxFigures = FilingOptions.GeneratedFigures }).Model;
        }
        finally
        {
            ParsePolls.Probe = null;
        }

        // A figure every 2,400 characters or so: the limit is reached in the first quarter, and the tokenizer goes no further
        // than the slice that holds the first figure past it.
        Assert.Equal(FilingOptions.GeneratedFigures, model.RiskFactors.Sum(r => r.Figures.Count));
        Assert.NotNull(model.FigureLimit);
        Assert.True(polls.Where(p => p.Stage == ParseStage.Tokens).Max(p => p.Position) < model.FigureLimit!.Value.Offset + TypedFiling.Parsing.Figures.FigureReading.SliceChars);
    }

    /// <summary>The stages that do most of each input's work, each cancelled half-way (a parse costs a second or so here).</summary>
    public static TheoryData<string, string> Cancellations => new()
    {
        { "markdown", nameof(ParseStage.MarkdownBlocks) },
        { "markdown", nameof(ParseStage.Outline) },
        { "text", nameof(ParseStage.TextBlocks) },
        { "html", nameof(ParseStage.HtmlBlocks) },
        { "html", nameof(ParseStage.Lines) },
        { "html", nameof(ParseStage.Facts) },
        { "paragraph", nameof(ParseStage.MarkdownInline) },
        { "paragraph", nameof(ParseStage.Tokens) },
        { "paragraph", nameof(ParseStage.Figures) },
    };

    [Theory]
    [MemberData(nameof(Cancellations))]
    public void A_cancellation_half_way_through_a_stage_is_honoured_at_the_next_poll(string input, string stageName)
    {
        var stage = Enum.Parse<ParseStage>(stageName);
        var (text, options) = Filing(input);

        // Cancel just after the middle poll of the stage, as a cancellation arriving then would: the next poll,
        // at most one interval of work later (the test above), must throw, and none may pass.
        var ofStage = Recorded(input).Where(p => p.Stage == stage).ToList();
        var at = ofStage[ofStage.Count / 2];
        using var source = new CancellationTokenSource();
        var cancelled = false;
        var after = 0;
        var probe = ParsePolls.CancelAt(source, stage, at.Position, () => cancelled = true);
        ParsePolls.Probe = (s, p) =>
        {
            after += cancelled ? 1 : 0;
            probe(s, p);
        };
        try
        {
            Assert.ThrowsAny<OperationCanceledException>(() => FilingParser.Parse(text, options, source.Token));
        }
        finally
        {
            ParsePolls.Probe = null;
        }

        Assert.True(cancelled, $"{input}: {stage} never reached {at.Position}");
        Assert.Equal(0, after);
    }

    [Fact]
    public void The_probe_is_per_thread_and_unset_costs_nothing_observable()
    {
        Assert.Null(ParsePolls.Probe);
        var (text, options) = Filing("text");
        Assert.NotEmpty(FilingParser.Parse(text, options).Model.RiskFactors);
    }

    private static readonly Dictionary<string, (string, FilingOptions)> Filings = new();

    private static readonly Dictionary<string, List<(ParseStage Stage, int Position)>> Recordings = new();

    /// <summary>Every poll of a whole parse of the input, in order (made once per input: the parses are the tests' cost).</summary>
    private static List<(ParseStage Stage, int Position)> Recorded(string input)
    {
        lock (Recordings)
        {
            if (!Recordings.TryGetValue(input, out var polls))
            {
                var (text, options) = Filing(input);
                Recordings[input] = polls = Record(text, options);
            }

            return polls;
        }
    }

    private static List<(ParseStage Stage, int Position)> Record(string text, FilingOptions options)
    {
        var polls = new List<(ParseStage, int)>();
        ParsePolls.Probe = (stage, position) => polls.Add((stage, position));
        try
        {
            FilingParser.Parse(text, options);
        }
        finally
        {
            ParsePolls.Probe = null;
        }

        return polls;
    }

    private static IEnumerable<ParseStage> ExpectedStages(string input) => input switch
    {
        "markdown" => new[] { ParseStage.MarkdownBlocks, ParseStage.Outline, ParseStage.Lines, ParseStage.Conventions, ParseStage.Naming, ParseStage.RiskFactors },
        "text" => new[] { ParseStage.TextBlocks, ParseStage.Outline, ParseStage.Lines, ParseStage.Conventions, ParseStage.Naming, ParseStage.RiskFactors },
        "html" => new[] { ParseStage.HtmlBlocks, ParseStage.Outline, ParseStage.Lines, ParseStage.Conventions, ParseStage.Naming, ParseStage.RiskFactors, ParseStage.Facts },
        _ => new[] { ParseStage.MarkdownBlocks, ParseStage.MarkdownInline, ParseStage.Tokens, ParseStage.Sentences, ParseStage.Figures, ParseStage.RiskFactors },
    };

    /// <summary>A 10 MB filing: a real filing repeated (Markdown, text, HTML), or one risk factor whose body is one paragraph.</summary>
    private static (string Text, FilingOptions Options) Filing(string input)
    {
        lock (Filings)
        {
            if (!Filings.TryGetValue(input, out var filing))
            {
                Filings[input] = filing = Make(input);
            }

            return filing;
        }
    }

    private static (string Text, FilingOptions Options) Make(string input)
    {
        switch (input)
        {
            case "markdown":
                return (Repeat(File.ReadAllText(RepositoryPaths.Filing("iij-20f-2010.md"))), FilingOptions.ForPath("big.md"));
            case "text":
                return (Repeat(File.ReadAllText(RepositoryPaths.Filing("aegon-20f-2000.txt"))), FilingOptions.ForPath("big.txt"));
            case "html":
                return (Repeat(File.ReadAllText(RepositoryPaths.Data("whole", "nvidia-10k-2024-full.htm"))), FilingOptions.ForPath("big.htm"));
            default:
                // Prose with a figure now and then, and no sentence end in 10 MB.
                var text = new StringBuilder("# Item 1A. Risk Factors\n\n**We may not grow as we expect.**\n\n");
                for (var k = 0; text.Length < Size; k++)
                {
                    text.Append(k % 20 == 19 ? "while revenues grew by $1.2 million " : "our customers may reduce their spending on networks and services as the economy changes and we may lose them to competitors ");
                }

                // Read as FilingReader reads, every figure: the generator's limit would stop the scan (see below).
                return (text.Append("\n\n**Our costs may rise.**\n\nCosts rose.\n").ToString(), FilingOptions.ForPath("paragraph.md") with { MaxFigures = int.MaxValue });
        }
    }

    private static int ParagraphLength(string text) => text.IndexOf("\n\n**Our costs", StringComparison.Ordinal) - text.IndexOf("our customers", StringComparison.Ordinal);

    private static string Repeat(string filing)
    {
        var text = new StringBuilder(Size + filing.Length);
        while (text.Length < Size)
        {
            text.Append(filing).Append('\n');
        }

        return text.ToString();
    }
}
