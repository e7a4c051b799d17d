using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using TypedFiling.Parsing.Html;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Text;

namespace TypedFiling.Parsing.Facts;

/// <summary>
/// Reads the inline XBRL facts of an EDGAR HTML filing from the one HTML token stream: the header's contexts and
/// units, then every ix:nonFraction and ix:nonNumeric with its text (ix:exclude left out, ix:continuation joined),
/// and resolves each fact against its context and unit. It listens to the HTML block reader's tokenizer
/// (<see cref="IHtmlTokenListener"/>), so the filing is tokenized once for blocks and facts; <see cref="Read"/> runs
/// it on its own. A fact it cannot read is skipped with a located TF0014, never a crash.
/// </summary>
internal sealed class InlineXbrlReader : IHtmlTokenListener
{
    /// <summary>Text facts longer than this (text blocks: whole notes, policies) are not kept; cover facts are short.</summary>
    internal const int TextLimit = 200;

    /// <summary>A number's displayed text is short; more means the tag was never closed where it should be.</summary>
    private const int NumberLimit = 256;

    private readonly string text;
    private readonly CancellationToken cancellationToken;
    private readonly XbrlHeaderReader header = new();
    private readonly List<PendingFact> facts = new();
    private readonly Dictionary<string, PendingFact> continuations = new(StringComparer.Ordinal);
    private readonly List<PendingFact> open = new();
    private readonly StringBuilder scratch = new();

    // The values thousands of facts repeat (names, contexts, units, formats, decimals, scales): one string each.
    private readonly StringPool values = new();
    private bool inHeader;
    private int excludeDepth;
    private int poll;

    public InlineXbrlReader(string text, CancellationToken cancellationToken = default)
    {
        this.text = text;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Whether an ix:nonFraction or ix:nonNumeric was read: without one there are no facts and nothing to say.</summary>
    public bool HasFacts => facts.Count > 0;

    /// <inheritdoc/>
    public bool WantsText => excludeDepth == 0 && ((inHeader && header.WantsText) || AnyKeeps(open));

    /// <summary>Whether <paramref name="text"/> has inline XBRL facts: the cheap check before a pass of their own.</summary>
    public static bool HasInlineXbrl(string text) =>
        text.IndexOf("<ix:nonFraction", StringComparison.Ordinal) >= 0 || text.IndexOf("<ix:nonNumeric", StringComparison.Ordinal) >= 0;

    /// <summary>The facts of <paramref name="text"/> in a pass of their own (the parser reads them in the block reader's pass).</summary>
    public static InlineXbrlResult Read(string text, LineMap lines, CancellationToken cancellationToken = default)
    {
        var reader = new InlineXbrlReader(text, cancellationToken);
        var tokens = new HtmlTokenizer(text, ParseStage.Facts, cancellationToken);
        while (tokens.Next())
        {
            if (tokens.Kind != HtmlTokenKind.Text)
            {
                reader.Tag(tokens);
            }
            else if (reader.WantsText)
            {
                reader.Text(tokens.Start, tokens.End);
            }
        }

        return reader.Resolve(lines);
    }

    /// <summary>The facts read, resolved against the header's contexts and units.</summary>
    public InlineXbrlResult Resolve(LineMap lines) => FactResolver.Resolve(facts, continuations, header, lines, cancellationToken);

    /// <inheritdoc/>
    public void Tag(HtmlTokenizer tokens)
    {
        if (tokens.Start >= poll)
        {
            poll = tokens.Start + ParsePolls.Chars;
            ParsePolls.Check(cancellationToken, ParseStage.Facts, tokens.Start);
        }

        if (!tokens.HasPrefix("ix"))
        {
            if (inHeader)
            {
                header.Handle(tokens);
            }
            else if (open.Count > 0 && excludeDepth == 0 && BreaksWords(tokens))
            {
                scratch.Clear().Append(' ');
                Append(open, scratch);
            }

            return;
        }

        var isEnd = tokens.Kind == HtmlTokenKind.EndTag;
        if (tokens.LocalNameIs("nonFraction"))
        {
            Element(tokens, IxElement.NonFraction, NumberLimit, facts, null);
        }
        else if (tokens.LocalNameIs("nonNumeric"))
        {
            Element(tokens, IxElement.NonNumeric, TextLimit, facts, null);
        }
        else if (tokens.LocalNameIs("continuation"))
        {
            Element(tokens, IxElement.Continuation, TextLimit, null, continuations);
        }
        else if (tokens.LocalNameIs("header"))
        {
            inHeader = !isEnd && !tokens.IsSelfClosing;
        }
        else if (tokens.LocalNameIs("exclude"))
        {
            excludeDepth = isEnd ? Math.Max(0, excludeDepth - 1) : tokens.IsSelfClosing ? excludeDepth : excludeDepth + 1;
        }
    }

    /// <inheritdoc/>
    public void Text(int start, int end)
    {
        if (inHeader && header.WantsText)
        {
            HtmlEntities.AppendDecoded(header.LeafText, text, start, end);
        }

        // The text decoded once and added to every open element that still keeps text.
        if (AnyKeeps(open))
        {
            HtmlEntities.AppendDecoded(scratch.Clear(), text, start, end);
            Append(open, scratch);
        }
    }

    /// <summary>Opens or closes an inline XBRL element: a start tag records its attributes, an end tag closes the innermost open one.</summary>
    private void Element(HtmlTokenizer tokens, IxElement element, int limit, List<PendingFact>? facts, Dictionary<string, PendingFact>? continuations)
    {
        if (tokens.Kind == HtmlTokenKind.EndTag)
        {
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Element == element)
                {
                    open[i].ContentEnd = tokens.Start;
                    open[i].Closed = true;
                    open.RemoveAt(i);
                    break;
                }
            }

            return;
        }

        var fact = new PendingFact(element, tokens.Start, tokens.End, limit)
        {
            Name = tokens.Attribute("name", values),
            ContextRef = tokens.Attribute("contextRef", values),
            UnitRef = tokens.Attribute("unitRef", values),
            Format = tokens.Attribute("format", values),
            Decimals = tokens.Attribute("decimals", values),
            Scale = tokens.Attribute("scale", values),
            Negative = tokens.Attribute("sign", values) == "-",
            Nil = tokens.Attribute("xsi:nil", values) is "true" or "1",
            Id = tokens.Attribute("id"),
            ContinuedAt = tokens.Attribute("continuedAt"),
            Closed = tokens.IsSelfClosing,
        };
        facts?.Add(fact);
        if (continuations is not null && fact.Id is { } id)
        {
            continuations[id] = fact;
        }

        if (!tokens.IsSelfClosing)
        {
            open.Add(fact);
        }
    }

    private static void Append(List<PendingFact> open, StringBuilder text)
    {
        foreach (var fact in open)
        {
            if (fact.Overflowed)
            {
                continue;
            }

            if (fact.Text.Length + text.Length > fact.Limit)
            {
                fact.Overflowed = true;
                fact.Text.Clear();
                continue;
            }

            fact.Text.Append(text);
        }
    }

    private static bool AnyKeeps(List<PendingFact> open)
    {
        foreach (var fact in open)
        {
            if (!fact.Overflowed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line break or the end of a paragraph or cell keeps the words on either side apart.</summary>
    private static bool BreaksWords(HtmlTokenizer tokens) =>
        tokens.NameIs("br") || (tokens.Kind == HtmlTokenKind.EndTag && (tokens.NameIs("p") || tokens.NameIs("div") || tokens.NameIs("td") || tokens.NameIs("li") || tokens.NameIs("tr")));
}

/// <summary>The facts of a filing in document order, and the problems met reading them.</summary>
internal sealed class InlineXbrlResult
{
    public InlineXbrlResult(List<FactModel> facts, List<FilingDiagnostic> diagnostics)
    {
        Facts = facts;
        Diagnostics = diagnostics;
    }

    public List<FactModel> Facts { get; }

    public List<FilingDiagnostic> Diagnostics { get; }
}
