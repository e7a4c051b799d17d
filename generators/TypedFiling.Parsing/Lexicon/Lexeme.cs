using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Lexicon;

/// <summary>What a word can be, as flags: a word has several roles ("may" is a modal and a month).</summary>
[Flags]
internal enum WordRole
{
    None = 0,

    /// <summary>A figure's noun phrase never contains or ends with it ("the", "of", "was").</summary>
    Function = 1 << 0,

    /// <summary>Carries no meaning of its own in a generated name.</summary>
    NameFunction = 1 << 1,
    Determiner = 1 << 2,
    SubjectPronoun = 1 << 3,

    /// <summary>Before a number it makes the number a reference ("Item 5", "Note 10").</summary>
    Reference = 1 << 4,

    /// <summary>After it a bare 4-digit number is a year ("in 2007").</summary>
    YearPreposition = 1 << 5,

    /// <summary>Never the unit of a count ("percent", "times").</summary>
    NotUnit = 1 << 6,

    /// <summary>Opens a fiscal period ("fiscal", "quarter").</summary>
    PeriodOpening = 1 << 7,
    Month = 1 << 8,

    /// <summary>"one" .. "ninety", "hundred", "half", "quarter", "dozen".</summary>
    NumberWord = 1 << 9,

    /// <summary>"thousand", "million", "bn", "lakh", "crore".</summary>
    Scale = 1 << 10,

    /// <summary>Starts a currency code, name or local prefix ("EUR", "Swiss", "RMB", "HK" before "$").</summary>
    Currency = 1 << 11,

    /// <summary>"negative", "minus".</summary>
    Negation = 1 << 12,
    Modal = 1 << 13,
    Conditional = 1 << 14,
    ClauseStart = 1 << 15,
    Auxiliary = 1 << 16,
    Generic = 1 << 17,
}

/// <summary>How a currency phrase names its currency.</summary>
internal enum CurrencyForm
{
    /// <summary>An ISO 4217 code ("EUR") or a local code ("RMB", "NIS", "Rs").</summary>
    Code,

    /// <summary>A name ("yen", "Swiss francs").</summary>
    Name,

    /// <summary>A minor unit ("cents", "pence"): the amount is in hundredths (or the row's digits) of the main unit.</summary>
    Minor,

    /// <summary>The letters before a "$" ("HK", "C", "US").</summary>
    DollarPrefix,
}

/// <summary>One way of writing a currency: its words after the first, the code, and how it names the currency.</summary>
internal sealed class CurrencyPhrase
{
    public CurrencyPhrase(string first, string[] rest, string code, CurrencyForm form, int minorDigits, bool exactCase, decimal multiplier)
    {
        First = first;
        Rest = rest;
        Code = code;
        Form = form;
        MinorDigits = minorDigits;
        ExactCase = exactCase;
        Multiplier = multiplier;
    }

    /// <summary>The first word as written in the table (compared exactly when <see cref="ExactCase"/>).</summary>
    public string First { get; }

    /// <summary>The following words, lower case, dots removed ("U.S." is "us").</summary>
    public string[] Rest { get; }

    /// <summary>ISO 4217 code, or <see cref="CurrencyData.Dollar"/>/<see cref="CurrencyData.Yen"/> for the filing's own.</summary>
    public string Code { get; }
    public CurrencyForm Form { get; }

    /// <summary>Digits of the minor unit (2 for cents, 8 for satoshis).</summary>
    public int MinorDigits { get; }

    /// <summary>"ALL" and "TRY" are codes, "all" and "try" are words; "RM", "Rs" are written one way.</summary>
    public bool ExactCase { get; }

    /// <summary>1, or 1,000,000 for "MUSD"-style codes.</summary>
    public decimal Multiplier { get; }
}

/// <summary>Everything the lexicon knows about one word (case-insensitive).</summary>
internal sealed class Lexeme
{
    public WordRole Roles;

    /// <summary>The number a number word stands for: 1..90, 100 for "hundred", -1 otherwise; halves and quarters in <see cref="Fraction"/>.</summary>
    public int Number = -1;

    /// <summary>"half" is 0.5, "quarter(s)" 0.25, "dozen" 12 (as a multiplier).</summary>
    public decimal Fraction;

    /// <summary>The multiplier of a scale word.</summary>
    public decimal Scale;

    /// <summary>"m", "k", "b" are scales only glued to their number ("$5m").</summary>
    public bool ScaleNeedsGlue;

    /// <summary>1..12 for a month name or abbreviation.</summary>
    public int Month;
    public bool MonthAbbreviated;

    /// <summary>The currency phrases that start with this word, longest first.</summary>
    public List<CurrencyPhrase>? Currencies;

    public bool Has(WordRole role) => (Roles & role) != 0;
}
