using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Parsing.Tests.Html;

/// <summary>
/// The one HTML pass reads blocks and facts together, so its polls alternate between the two stages, which
/// CancellationTests' gap rule (same stage, one after the other) does not see: here each stage's own polls within
/// the pass are checked to be at bounded intervals from the start of the text to its end.
/// </summary>
[Collection(LargeInputCollection.Name)]
public sealed class HtmlPassPollTests
{
    [Fact]
    public void Blocks_and_facts_each_poll_at_bounded_intervals_through_the_one_pass()
    {
        var whole = File.ReadAllText(RepositoryPaths.Data("whole", "nvidia-10k-2024-full.htm"));
        var text = new StringBuilder().Append(whole).Append('\n').Append(whole).ToString();
        var polls = new List<(ParseStage Stage, int Position)>();
        ParsePolls.Probe = (stage, position) => polls.Add((stage, position));
        try
        {
            FilingParser.Parse(text, FilingOptions.ForPath("big.htm"));
        }
        finally
        {
            ParsePolls.Probe = null;
        }

        // The pass is everything before the outline's first poll.
        var pass = polls.TakeWhile(p => p.Stage is ParseStage.HtmlBlocks or ParseStage.Facts).ToList();
        foreach (var stage in new[] { ParseStage.HtmlBlocks, ParseStage.Facts })
        {
            var positions = pass.Where(p => p.Stage == stage).Select(p => p.Position).ToList();
            Assert.True(positions[0] <= 2 * ParsePolls.Chars, $"{stage} first polled at {positions[0]}");
            Assert.True(positions[^1] >= text.Length - (2 * ParsePolls.Chars), $"{stage} last polled at {positions[^1]} of {text.Length}");
            Assert.All(positions.Zip(positions.Skip(1)), p => Assert.InRange(p.Second - p.First, 1, 2 * ParsePolls.Chars));
        }
    }
}
