using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using TypedFiling.Cli.Diff;
using TypedFiling.Parsing.Matching;

namespace TypedFiling.Cli.Output;

/// <summary>
/// Writes a diff as text: a header naming both files, then one group per kind of change, then a summary line.
/// Nothing at all when the filings are the same, as <c>diff</c> does.
/// </summary>
internal static class DiffRenderer
{
    public static void Render(TextWriter writer, DiffReport report, string oldPath, string newPath, bool color, bool showText = false)
    {
        if (report.IsEmpty)
        {
            return;
        }

        var style = new Style(color);
        writer.WriteLine(style.Bold("--- " + oldPath + " (" + Count(report.Old.RiskFactors.Count) + ")"));
        writer.WriteLine(style.Bold("+++ " + newPath + " (" + Count(report.New.RiskFactors.Count) + ")"));
        WriteRiskFactors(writer, style, "Added", report.Added, "  + ", style.Green);
        WriteRiskFactors(writer, style, "Removed", report.Removed, "  - ", style.Red);
        WriteReworded(writer, style, report.Reworded, showText);
        WriteMoved(writer, style, report.Moved);
        WriteTextChanged(writer, style, report.TextChanged, showText);
        WriteFiguresChanged(writer, style, report.FiguresChanged);
        WriteRestatedFacts(writer, style, report.RestatedFacts);
        writer.WriteLine();
        writer.WriteLine(Summary(report));
    }

    /// <summary>A group's heading after a blank line: "Added (2):".</summary>
    private static void WriteHeading(TextWriter writer, Style style, string title, int count)
    {
        writer.WriteLine();
        writer.WriteLine(style.Bold(title + " (" + Number(count) + "):"));
    }

    /// <summary>Added or removed risk factors, one line each: "  + 3. Name: Title" in the group's colour.</summary>
    private static void WriteRiskFactors(TextWriter writer, Style style, string title, IReadOnlyList<RiskFactor> riskFactors, string mark, Func<string, string> colour)
    {
        if (riskFactors.Count == 0)
        {
            return;
        }

        WriteHeading(writer, style, title, riskFactors.Count);
        foreach (var riskFactor in riskFactors)
        {
            writer.WriteLine(colour(mark + Number(riskFactor.Number) + ". " + riskFactor.Name + ": " + riskFactor.Title));
        }
    }

    /// <summary>Reworded headings with their word diff, and the body's hunks when asked for and the text changed too.</summary>
    private static void WriteReworded(TextWriter writer, Style style, IReadOnlyList<RewordedRiskFactor> rewordedRiskFactors, bool showText)
    {
        if (rewordedRiskFactors.Count == 0)
        {
            return;
        }

        WriteHeading(writer, style, "Reworded", rewordedRiskFactors.Count);
        foreach (var reworded in rewordedRiskFactors)
        {
            var match = reworded.Match;
            writer.WriteLine(style.Yellow("  ~ " + Positions(match) + " " + Names(match)) +
                (reworded.TextChanged ? " (text changed too)" : string.Empty));
            writer.WriteLine("    " + FormatWordDiff(reworded, style));
            if (showText && reworded.TextChanged)
            {
                WriteBodyDiff(writer, match, style);
            }
        }
    }

    private static void WriteMoved(TextWriter writer, Style style, IReadOnlyList<MatchedRiskFactor> moved)
    {
        if (moved.Count == 0)
        {
            return;
        }

        WriteHeading(writer, style, "Moved", moved.Count);
        foreach (var match in moved)
        {
            writer.WriteLine("  > " + Names(match) + ": " + Number(match.Old.Number) + " -> " + Number(match.New.Number));
        }
    }

    /// <summary>Bodies that changed under the same heading, with how alike they still are (and their hunks when asked for).</summary>
    private static void WriteTextChanged(TextWriter writer, Style style, IReadOnlyList<TextChange> textChanged, bool showText)
    {
        if (textChanged.Count == 0)
        {
            return;
        }

        WriteHeading(writer, style, "Text changed", textChanged.Count);
        foreach (var change in textChanged)
        {
            writer.WriteLine("  * " + Positions(change.Match) + " " + Names(change.Match) + ": " +
                Percent(change.Match.TextSimilarity) + " of the text alike");
            if (showText)
            {
                WriteBodyDiff(writer, change.Match, style);
            }
        }
    }

    private static void WriteFiguresChanged(TextWriter writer, Style style, IReadOnlyList<FigureChange> figuresChanged)
    {
        if (figuresChanged.Count == 0)
        {
            return;
        }

        WriteHeading(writer, style, "Figures changed", figuresChanged.Count);
        foreach (var change in figuresChanged)
        {
            writer.WriteLine("  " + change.Match.New.Name + ".Figures." + change.New.Name + ": " +
                style.Red(change.Old.Text) + " -> " + style.Green(change.New.Text) +
                " (" + FigureText.Describe(change.Old) + " -> " + FigureText.Describe(change.New) + ")");
        }
    }

    private static void WriteRestatedFacts(TextWriter writer, Style style, IReadOnlyList<FactChange> restatedFacts)
    {
        if (restatedFacts.Count == 0)
        {
            return;
        }

        WriteHeading(writer, style, "Facts restated", restatedFacts.Count);
        foreach (var change in restatedFacts)
        {
            writer.WriteLine("  " + FactDiff.Describe(change.New) + ": " + style.Red(change.Old.Text) + " -> " + style.Green(change.New.Text) +
                " (" + Value(change.Old) + " -> " + Value(change.New) + (change.New.Unit is null ? string.Empty : " " + change.New.Unit) + ")");
        }
    }

    private static string Value(Fact fact) => fact.Value?.ToString(CultureInfo.InvariantCulture) ?? fact.Text;

    /// <summary>"1 added, 1 removed, 1 reworded, 0 moved, 0 text changed, 1 figure changed".</summary>
    public static string Summary(DiffReport report) =>
        Number(report.Added.Count) + " added, " + Number(report.Removed.Count) + " removed, " +
        Number(report.Reworded.Count) + " reworded, " + Number(report.Moved.Count) + " moved, " +
        Number(report.TextChanged.Count) + " text changed, " +
        Number(report.FiguresChanged.Count) + (report.FiguresChanged.Count == 1 ? " figure changed" : " figures changed") +
        (report.RestatedFacts.Count == 0 ? string.Empty : ", " + Number(report.RestatedFacts.Count) + (report.RestatedFacts.Count == 1 ? " fact restated" : " facts restated"));

    /// <summary>The body's word-diff hunks, indented under the risk factor they belong to.</summary>
    private static void WriteBodyDiff(TextWriter writer, MatchedRiskFactor match, Style style)
    {
        foreach (var hunk in BodyDiff.Hunks(match.Old.Text, match.New.Text, style.Red, style.Green))
        {
            writer.WriteLine("      " + hunk);
        }
    }

    private static string FormatWordDiff(RewordedRiskFactor reworded, Style style)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var change in reworded.TitleDiff)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(change.Operation switch
            {
                WordOperation.Removed => style.Red("[-" + change.Text + "-]"),
                WordOperation.Added => style.Green("{+" + change.Text + "+}"),
                _ => change.Text,
            });
        }

        return builder.ToString();
    }

    private static string Positions(MatchedRiskFactor match) =>
        match.Old.Number == match.New.Number ? Number(match.New.Number) + "." : Number(match.Old.Number) + "->" + Number(match.New.Number) + ".";

    private static string Names(MatchedRiskFactor match) =>
        match.Old.Name == match.New.Name ? match.New.Name : match.Old.Name + " -> " + match.New.Name;

    private static string Count(int count) => Number(count) + (count == 1 ? " risk factor" : " risk factors");

    /// <summary>"87%"; a change too small to round below 100% is "over 99%", never "100%" of a text that changed.</summary>
    private static string Percent(double value)
    {
        var rounded = (int)System.Math.Round(value * 100);
        return rounded >= 100 && value < 1 ? "over 99%" : rounded.ToString(CultureInfo.InvariantCulture) + "%";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>ANSI colours for a diff, or none.</summary>
    private readonly struct Style
    {
        private readonly bool color;

        public Style(bool color) => this.color = color;

        public string Bold(string text) => Wrap("1", text);

        public string Red(string text) => Wrap("31", text);

        public string Green(string text) => Wrap("32", text);

        public string Yellow(string text) => Wrap("33", text);

        private string Wrap(string code, string text) => color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
