namespace TypedFiling.Parsing.Figures;

/// <summary>How far the readers look, each bound with its reason: every look is bounded, so a scan is linear in the text.</summary>
internal static class Bounds
{
    /// <summary>Digits and separators of one number: more than decimal holds ("1,000,000,000,000,000,000,000").</summary>
    public const int MaxNumberChars = 24;

    /// <summary>Words of a counted noun phrase ("domestic corporate customers"): longer runs are a clause, not a unit.</summary>
    public const int MaxUnitWords = 4;

    /// <summary>Words of a label: the filing's name for a measure is short ("acquisition price of IIJ-Global").</summary>
    public const int MaxLabelWords = 6;

    /// <summary>Tokens a label is read backward over: a subject phrase with as-of dates inside stays well within it.</summary>
    public const int LabelLookBack = 40;

    /// <summary>Tokens back to a "(" of a parenthetical inside a label ("deferred tax asset (current)").</summary>
    public const int LabelParenthesisBack = 5;

    /// <summary>Determiners and possessives skipped before a label ("the Company's").</summary>
    public const int LabelDeterminers = 2;

    /// <summary>Tokens back within a clause to "related to"/"associated with" that cuts a label.</summary>
    public const int LabelConnectorBack = 12;

    /// <summary>Tokens back to "ratio" that makes "3:1" or "1 to 5" a ratio.</summary>
    public const int RatioContextBack = 3;

    /// <summary>Words of a split phrase ("reverse stock split").</summary>
    public const int SplitPhraseWords = 4;

    /// <summary>Tokens from a quoted sign to the currency it is said to mean ("“$” or “C$” are references to Canadian dollars").</summary>
    public const int ConventionWindow = 24;

    /// <summary>The largest minor amount of a compound ("3 dollars 50 cents"): a minor unit is below one main unit.</summary>
    public const int MaxMinorAmount = 99;
}
