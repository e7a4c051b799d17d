using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using TypedFiling.Emit;
using TypedFiling.Parsing;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// The emitter stops soon after a cancellation, as the parser does (issue 16's rule, tests/TypedFiling.Parsing.Tests/
/// Performance/CancellationTests.cs): it polls before every member it writes and between chunks of the table it packs,
/// so the work between two polls is one member's or 64 KB's, and a cancellation just after a poll is honoured at the next.
/// </summary>
public sealed class EmitCancellationTests
{
    public static TheoryData<string> Inputs => new() { "whole", "dollars" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_emitter_polls_before_every_member_and_each_chunk_it_packs(string input)
    {
        var model = Model(input);
        var polls = Record(model);

        var members = model.RiskFactors.Count + model.RiskFactors.Sum(r => r.Figures.Count) + model.Concepts.Count;
        Assert.True(polls.Count >= Math.Min(members, 1000), polls.Count + " polls for " + members + " members");
        Assert.All(polls, poll => Assert.Equal(ParseStage.Emit, poll.Stage));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_cancellation_half_way_is_honoured_at_the_next_poll(string input)
    {
        var model = Model(input);
        var middle = Record(model).Count / 2;
        using var source = new CancellationTokenSource();
        var seen = 0;
        var after = 0;
        ParsePolls.Probe = (_, _) =>
        {
            after += source.IsCancellationRequested ? 1 : 0;
            if (++seen == middle)
            {
                source.Cancel();
            }
        };
        try
        {
            Assert.ThrowsAny<OperationCanceledException>(() => FilingEmitter.Generate(model, EmitOptions.Default, source.Token));
        }
        finally
        {
            ParsePolls.Probe = null;
        }

        Assert.Equal(0, after);
    }

    private static List<(ParseStage Stage, int Position)> Record(Parsing.Model.FilingModel model)
    {
        var polls = new List<(ParseStage, int)>();
        ParsePolls.Probe = (stage, position) => polls.Add((stage, position));
        try
        {
            FilingEmitter.Generate(model, EmitOptions.Default);
        }
        finally
        {
            ParsePolls.Probe = null;
        }

        return polls;
    }

    /// <summary>NVIDIA's whole 10-K, or 2 MB of "$1, " in one risk factor (a source past its budget, measured before it is written).</summary>
    private static Parsing.Model.FilingModel Model(string input)
    {
        if (input == "whole")
        {
            var text = File.ReadAllText(RepositoryPaths.Data("whole", "nvidia-10k-2024-full.htm"));
            return FilingParser.Parse(text, FilingOptions.ForPath("nvidia-10k-2024-full.htm")).Model;
        }

        var dollars = new StringBuilder("**D. Risk Factors.**\n\n**We may lose a dollar many times.**\n\nWe may lose ");
        while (dollars.Length < 2 << 20)
        {
            dollars.Append("$1, ");
        }

        return FilingParser.Parse(dollars.Append("and more.\n").ToString(), FilingOptions.ForPath("dollars.md")).Model;
    }
}
