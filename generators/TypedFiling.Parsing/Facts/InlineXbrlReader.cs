using System;
using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Text;

namespace TypedFiling.Parsing.Facts;

/// <summary>
/// Reads the inline XBRL facts of an EDGAR HTML filing in one pass over its text: the header's contexts and units,
/// then every ix:nonFraction and ix:nonNumeric with its text (ix:exclude left out, ix:continuation joined), and
/// resolves each fact against its context and unit. A pass of its own beside the HTML block reader's, run only
/// when the text has inline XBRL tags. A fact it cannot read is skipped with a located TF0014, never a crash.
/// </summary>
internal static class InlineXbrlReader
{
    /// <summary>Text facts longer than this (text blocks: whole notes, policies) are not kept; cover facts are short.</summary>
    internal const int TextLimit = 200;

    /// <summary>A number's displayed text is short; more means the tag was never closed where it should be.</summary>
    private const int NumberLimit = 256;

    /// <summary>Whether <paramref name="text"/> has inline XBRL facts: the cheap check before the pass.</summary>
    public static bool HasInlineXbrl(string text) =>
        text.IndexOf("<ix:nonFraction", StringComparison.Ordinal) >= 0 || text.IndexOf("<ix:nonNumeric", StringComparison.Ordinal) >= 0;

    public static InlineXbrlResult Read(string text, LineMap lines, CancellationToken cancellationToken = default)
    {
        var scanner = new XbrlTagScanner(text);
        var header = new XbrlHeaderReader();
        var facts = new List<PendingFact>();
        var continuations = new Dictionary<string, PendingFact>(StringComparer.Ordinal);
        var open = new List<PendingFact>();
        var scratch = new System.Text.StringBuilder();
        var inHeader = false;
        var excludeDepth = 0;
        var textStart = 0;
        var poll = 0;
        while (scanner.Next(out var tag))
        {
            if (tag.Start >= poll)
            {
                poll = tag.Start + ParsePolls.Chars;
                ParsePolls.Check(cancellationToken, ParseStage.Facts, tag.Start);
            }

            if (excludeDepth == 0 && tag.Start > textStart)
            {
                if (inHeader && header.WantsText)
                {
                    scanner.AppendDecoded(header.LeafText, textStart, tag.Start);
                }

                AppendText(scanner, open, scratch, textStart, tag.Start);
            }

            textStart = tag.End;
            if (!scanner.HasPrefix(tag, "ix"))
            {
                if (inHeader)
                {
                    header.Handle(scanner, tag);
                }
                else if (open.Count > 0 && excludeDepth == 0 && BreaksWords(scanner, tag))
                {
                    scratch.Clear().Append(' ');
                    Append(open, scratch);
                }

                continue;
            }

            // Compared in place: a string for every ix tag's name cost more than the comparisons.
            if (scanner.LocalNameIs(tag, "nonFraction"))
            {
                Element(scanner, tag, IxElement.NonFraction, NumberLimit, open, facts, null);
            }
            else if (scanner.LocalNameIs(tag, "nonNumeric"))
            {
                Element(scanner, tag, IxElement.NonNumeric, TextLimit, open, facts, null);
            }
            else if (scanner.LocalNameIs(tag, "continuation"))
            {
                Element(scanner, tag, IxElement.Continuation, TextLimit, open, null, continuations);
            }
            else if (scanner.LocalNameIs(tag, "header"))
            {
                inHeader = !tag.IsEnd && !tag.IsSelfClosing;
            }
            else if (scanner.LocalNameIs(tag, "exclude"))
            {
                excludeDepth = tag.IsEnd ? Math.Max(0, excludeDepth - 1) : tag.IsSelfClosing ? excludeDepth : excludeDepth + 1;
            }
        }

        return FactResolver.Resolve(facts, continuations, header, lines, cancellationToken);
    }

    /// <summary>Opens or closes an inline XBRL element: a start tag records its attributes, an end tag closes the innermost open one.</summary>
    private static void Element(XbrlTagScanner scanner, in XbrlTag tag, IxElement element, int limit, List<PendingFact> open, List<PendingFact>? facts, Dictionary<string, PendingFact>? continuations)
    {
        if (tag.IsEnd)
        {
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Element == element)
                {
                    open[i].ContentEnd = tag.Start;
                    open[i].Closed = true;
                    open.RemoveAt(i);
                    break;
                }
            }

            return;
        }

        var fact = new PendingFact(element, tag.Start, tag.End, limit)
        {
            Name = scanner.Attribute(tag, "name"),
            ContextRef = scanner.Attribute(tag, "contextRef"),
            UnitRef = scanner.Attribute(tag, "unitRef"),
            Format = scanner.Attribute(tag, "format"),
            Decimals = scanner.Attribute(tag, "decimals"),
            Scale = scanner.Attribute(tag, "scale"),
            Negative = scanner.Attribute(tag, "sign") == "-",
            Nil = scanner.Attribute(tag, "xsi:nil") is "true" or "1",
            Id = scanner.Attribute(tag, "id"),
            ContinuedAt = scanner.Attribute(tag, "continuedAt"),
            Closed = tag.IsSelfClosing,
        };
        facts?.Add(fact);
        if (continuations is not null && fact.Id is { } id)
        {
            continuations[id] = fact;
        }

        if (!tag.IsSelfClosing)
        {
            open.Add(fact);
        }
    }

    /// <summary>The text between two tags, decoded once and added to every open element that still keeps text.</summary>
    private static void AppendText(XbrlTagScanner scanner, List<PendingFact> open, System.Text.StringBuilder scratch, int start, int end)
    {
        if (open.Count == 0 || !AnyKeeps(open))
        {
            return;
        }

        scratch.Clear();
        scanner.AppendDecoded(scratch, start, end);
        Append(open, scratch);
    }

    private static void Append(List<PendingFact> open, System.Text.StringBuilder text)
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
    private static bool BreaksWords(XbrlTagScanner scanner, in XbrlTag tag) =>
        scanner.NameIs(tag, "br") || (tag.IsEnd && (scanner.NameIs(tag, "p") || scanner.NameIs(tag, "div") || scanner.NameIs(tag, "td") || scanner.NameIs(tag, "li") || scanner.NameIs(tag, "tr")));
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
