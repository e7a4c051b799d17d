using System.Globalization;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Emit.Budget;

/// <summary>
/// What a filing's source holds: every member with its full documentation, or, for a filing whose source would pass its
/// <see cref="SourceBudget"/>, less. In order: shorter tooltips; titles read from the table instead of written as constants;
/// members for fewer figures; then fewer concepts; then classes for fewer risk factors. What is left out of the members stays
/// in the generated <c>Filing</c>.
/// </summary>
/// <param name="ShortDocs">Whether tooltips are cut short: a figure's sentence to a few words, no remarks, titles cut.</param>
/// <param name="TitlesAsData">Whether risk factors' titles are fields read from the table rather than constants (their bodies always are).</param>
/// <param name="RiskFactorClasses">How many risk factors, from the first, have a class.</param>
/// <param name="FigureMembers">How many figures, from the first in filing order, have a member.</param>
/// <param name="ConceptMembers">How many concepts, from the first, have a member.</param>
internal sealed record EmitPlan(bool ShortDocs, bool TitlesAsData, int RiskFactorClasses, int FigureMembers, int ConceptMembers)
{
    /// <summary>
    /// The most characters of titles written as constants: past that they are read from the table, so the compiler's
    /// user-string heap (16 MB for a whole assembly, UTF-16) is never filled by one filing.
    /// </summary>
    private const long MaxTextChars = 1 << 21;

    /// <summary>Everything, with full documentation; titles as constants unless they would take half the budget.</summary>
    public static EmitPlan Full(FilingModel model, SourceBudget budget)
    {
        long chars = 0;
        foreach (var riskFactor in model.RiskFactors)
        {
            chars += riskFactor.Title.Length + 2;
        }

        // A character is at most 6 bytes as a literal (\uXXXX): the literals are counted only when that could be too many.
        var titlesAsData = chars > MaxTextChars || (chars * 6 > budget.Bytes / 2 && LiteralBytes(model) > budget.Bytes / 2);
        return new EmitPlan(false, titlesAsData, model.RiskFactors.Count, FigureCount(model), model.Concepts.Count);
    }

    private static long LiteralBytes(FilingModel model)
    {
        long bytes = 0;
        foreach (var riskFactor in model.RiskFactors)
        {
            bytes += CSharpLiteral.Utf8Length(riskFactor.Title);
        }

        return bytes;
    }

    /// <summary>
    /// The most this filing's source can hold within <paramref name="budget"/>, from its members' <paramref name="sizes"/>
    /// measured with short tooltips: every risk factor's class that fits, then every concept's member, then figures'.
    /// </summary>
    public EmitPlan Fit(FilingModel model, UnitSizes sizes, SourceBudget budget)
    {
        var left = budget.Bytes - sizes.Shell;
        var riskFactors = Take(sizes.RiskFactors, System.Math.Min(RiskFactorClasses, sizes.RiskFactors.Length), ref left);
        var concepts = Take(sizes.Concepts, sizes.Concepts.Length, ref left);

        // A figure's member is in its risk factor's class: only the figures of the classes kept can have one.
        var figuresOfClasses = 0;
        for (var i = 0; i < riskFactors; i++)
        {
            figuresOfClasses += model.RiskFactors[i].Figures.Count;
        }

        var figures = Take(sizes.Figures, System.Math.Min(figuresOfClasses, sizes.Figures.Length), ref left);
        return this with { ShortDocs = true, RiskFactorClasses = riskFactors, ConceptMembers = concepts, FigureMembers = figures };
    }

    /// <summary>Nothing but the filing's class, its table and its <c>Filing</c>: what is left when even its members' shells do not fit.</summary>
    public EmitPlan Minimal() => this with { ShortDocs = true, TitlesAsData = true, RiskFactorClasses = 0, FigureMembers = 0, ConceptMembers = 0 };

    /// <summary>Whether <paramref name="model"/>'s every figure, concept and risk factor has its member.</summary>
    public bool Complete(FilingModel model) =>
        model.FigureLimit is null && RiskFactorClasses == model.RiskFactors.Count && FigureMembers == FigureCount(model) && ConceptMembers == model.Concepts.Count;

    /// <summary>TF0018 at the first figure (else risk factor, else concept) without a member, when any is left out.</summary>
    public FilingDiagnostic? Diagnostic(FilingModel model)
    {
        if (Complete(model))
        {
            return null;
        }

        var figures = FigureCount(model);
        var location = FigureAt(model, FigureMembers) ?? model.FigureLimit ?? RiskFactorAt(model) ?? ConceptAt(model) ?? SourceRange.FileStart;
        var also = (RiskFactorClasses < model.RiskFactors.Count ? ", classes for the first " + Count(RiskFactorClasses) + " of its " + Count(model.RiskFactors.Count) + " risk factors" : string.Empty) +
            (ConceptMembers < model.Concepts.Count ? ", members for the first " + Count(ConceptMembers) + " of its " + Count(model.Concepts.Count) + " concepts" : string.Empty);
        var held = model.FigureLimit is null
            ? "the generated Filing holds all " + Count(figures)
            : "the generated Filing holds the first " + Count(figures) + " (the build reads no more) and FilingReader.Read reads them all";
        return FilingDiagnostic.Create(DiagnosticIds.TooManyFigures, location, model.SourcePath, Count(FigureMembers), also, held);
    }

    /// <summary>The figures of the filing's risk factors, in filing order.</summary>
    internal static int FigureCount(FilingModel model)
    {
        var count = 0;
        foreach (var riskFactor in model.RiskFactors)
        {
            count += riskFactor.Figures.Count;
        }

        return count;
    }

    private static int Take(long[] sizes, int most, ref long left)
    {
        var taken = 0;
        while (taken < most && sizes[taken] <= left)
        {
            left -= sizes[taken++];
        }

        return taken;
    }

    private static SourceRange? FigureAt(FilingModel model, int index)
    {
        foreach (var riskFactor in model.RiskFactors)
        {
            if (index < riskFactor.Figures.Count)
            {
                return riskFactor.Figures[index].Location;
            }

            index -= riskFactor.Figures.Count;
        }

        return null;
    }

    private SourceRange? RiskFactorAt(FilingModel model) => RiskFactorClasses < model.RiskFactors.Count ? model.RiskFactors[RiskFactorClasses].Location : null;

    private SourceRange? ConceptAt(FilingModel model)
    {
        if (ConceptMembers >= model.Concepts.Count)
        {
            return null;
        }

        var name = model.Concepts[ConceptMembers].Concept;
        foreach (var fact in model.Facts)
        {
            if (fact.Concept == name)
            {
                return fact.Location;
            }
        }

        return null;
    }

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
