using TypedFiling.Parsing.Figures;

namespace TypedFiling.Parsing.Model;

/// <summary>A figure of a risk factor: its generated name, what the scanner read, and where it stands in the filing.</summary>
/// <param name="Name">The generated member name ("AcquisitionPriceOfIijGlobal").</param>
/// <param name="Match">The figure as read: kind, value, unit, qualifier, sentence, as-of and label.</param>
/// <param name="Location">Where its text stands in the filing.</param>
/// <param name="TranslationOf">Money: the name of the amount this one restates in parentheses, or null.</param>
internal sealed record FigureModel(string Name, FigureMatch Match, SourceRange Location, string? TranslationOf = null);
