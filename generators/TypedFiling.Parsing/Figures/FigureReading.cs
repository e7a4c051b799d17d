using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Naming;
using TypedFiling.Parsing.Outline;
using TypedFiling.Parsing.Shape;
using TypedFiling.Parsing.Text;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// Reads the figures of a filing's risk factors in filing order, up to the filing's limit (<see cref="FilingOptions.MaxFigures"/>),
/// names them within each risk factor's Figures class, and keeps the latest fiscal year the text says ended. A block longer
/// than <see cref="SliceChars"/> is scanned a slice at a time, cut at sentence ends, so no paragraph costs more tokens
/// at once than a slice has, and the limit stops the scan, not just the output.
/// </summary>
internal sealed class FigureReading
{
    /// <summary>The most characters scanned at once: real paragraphs are a few kilobytes.</summary>
    internal const int SliceChars = 1 << 16;

    private readonly LineMap lines;
    private readonly FigureScanOptions scanOptions;
    private readonly CurrencyConventions conventions;
    private int remaining;

    public FigureReading(LineMap lines, FigureScanOptions scanOptions, CurrencyConventions conventions, int maxFigures)
    {
        this.lines = lines;
        this.scanOptions = scanOptions;
        this.conventions = conventions;
        remaining = maxFigures;
    }

    /// <summary>The latest end of a fiscal year the text says ended ("fiscal year ended March 31, 2010"), or null.</summary>
    public FigureDate? FiscalYearEnd { get; private set; }

    /// <summary>Where the first figure past the limit stands, once one was found; then no more are read.</summary>
    public SourceRange? FirstLeftOut { get; private set; }

    public EquatableArray<FigureModel> Read(RiskFactorOutline riskFactor, CancellationToken cancellationToken)
    {
        var figures = new RiskFactorFigures();
        for (var b = -1; b < riskFactor.Body.Count && FirstLeftOut is null; b++)
        {
            var block = b < 0 ? riskFactor.Heading : riskFactor.Body[b];

            // Every block: the scanner itself polls only within a block longer than ParsePolls.Chars.
            ParsePolls.Check(cancellationToken, ParseStage.RiskFactors, block.Start);
            figures.StartBlock();
            var options = conventions.OptionsAt(block.Content.SourceOffset(0), scanOptions);
            var text = block.Text;
            for (var start = 0; start < text.Length && FirstLeftOut is null;)
            {
                var length = SliceLength(text, start);
                var slice = start == 0 && length == text.Length ? text : text.Substring(start, length);
                ParsePolls.SliceStart = start;
                IReadOnlyList<FigureMatch> matches;
                try
                {
                    matches = FigureScanner.Scan(slice, options, cancellationToken);
                }
                finally
                {
                    ParsePolls.SliceStart = 0;
                }

                foreach (var match in matches)
                {
                    if (HasValidDates(match) && !Add(figures, block.Content, match, start))
                    {
                        break;
                    }
                }

                start += length;
            }
        }

        return figures.ToArray();
    }

    /// <summary>Adds a figure found <paramref name="offset"/> characters into its block; false once past the limit.</summary>
    private bool Add(RiskFactorFigures figures, InlineText content, FigureMatch match, int offset)
    {
        var location = lines.Range(content.SourceOffset(offset + match.Start), content.SourceEnd(offset + match.Start + match.Length - 1));
        if (remaining == 0)
        {
            FirstLeftOut = location;
            return false;
        }

        remaining--;
        figures.Add(match, location, offset);
        if (IsEndedFiscalYear(match) && (FiscalYearEnd is null || Later(match.Date!, FiscalYearEnd)))
        {
            FiscalYearEnd = match.Date;
        }

        return true;
    }

    /// <summary>How much of <paramref name="text"/> from <paramref name="start"/> to scan at once: all of it, or a slice cut after a sentence or a space.</summary>
    internal static int SliceLength(string text, int start)
    {
        var rest = text.Length - start;
        if (rest <= SliceChars)
        {
            return rest;
        }

        var end = start + SliceChars;
        var space = text.LastIndexOf(' ', end - 1, SliceChars / 2);
        for (var i = end - 1; i > start + (SliceChars / 2); i--)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '!' or '?' or ';')
            {
                return i + 1 - start;
            }
        }

        if (space > start)
        {
            return space + 1 - start;
        }

        // No space in half a slice: cut anywhere but inside a surrogate pair.
        return char.IsHighSurrogate(text[end - 1]) ? SliceChars - 1 : SliceChars;
    }

    /// <summary>Only real calendar dates become values: "February 30" is not a figure.</summary>
    private static bool HasValidDates(FigureMatch match) => IsValid(match.Date) && IsValid(match.AsOf);

    private static bool IsValid(FigureDate? date) =>
        date is null ||
        (date.Year is >= 1 and <= 9999 && (date.Month is null || (date.Month is >= 1 and <= 12 &&
            (date.Day is null || (date.Day >= 1 && date.Day <= System.DateTime.DaysInMonth(date.Year, date.Month.Value))))) &&
         (date.Day is null || date.Month is not null));

    /// <summary>"fiscal year ended March 31, 2010": a whole year the filing reports on, not one still to come ("ending").</summary>
    private static bool IsEndedFiscalYear(FigureMatch match) =>
        match.Kind == FigureKind.FiscalPeriod && match.Period == PeriodKind.FiscalYear && match.Date is { Day: not null } &&
        match.Text.IndexOf("ended", System.StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool Later(FigureDate left, FigureDate right) =>
        left.Year != right.Year ? left.Year > right.Year : (left.Month ?? 0) != (right.Month ?? 0) ? (left.Month ?? 0) > (right.Month ?? 0) : (left.Day ?? 0) > (right.Day ?? 0);

    /// <summary>One risk factor's figures as they are named: unique names in its Figures class, translations by the amount's name.</summary>
    private sealed class RiskFactorFigures
    {
        private List<FigureModel>? figures;
        private NameScope? scope;
        private Dictionary<int, string>? namesByStart;

        /// <summary>A translation points at an amount of its own block.</summary>
        public void StartBlock() => namesByStart?.Clear();

        public void Add(FigureMatch match, SourceRange location, int offset)
        {
            figures ??= new List<FigureModel>();
            scope ??= GeneratedShape.FigureScope();
            var name = scope.Claim(FigureNamer.Name(match), FigureNamer.Disambiguation(match));
            string? translationOf = null;
            if (match.TranslationOfStart is int of && namesByStart is not null)
            {
                namesByStart.TryGetValue(offset + of, out translationOf);
            }

            if (match.Kind == FigureKind.Money)
            {
                (namesByStart ??= new Dictionary<int, string>())[offset + match.Start] = name;
            }

            figures.Add(new FigureModel(name, match, location, translationOf));
        }

        public EquatableArray<FigureModel> ToArray() => figures is null ? EquatableArray<FigureModel>.Empty : EquatableArray.From(figures);
    }
}
