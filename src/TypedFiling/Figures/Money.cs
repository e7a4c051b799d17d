using System.Globalization;

namespace TypedFiling;

/// <summary>An amount of money: "approximately ¥5.5 billion", "$(12.5) million".</summary>
public sealed class Money : Figure
{
    /// <summary>Creates an amount.</summary>
    public Money(FigureSource source, decimal amount, string currency, string? scale, Qualifier qualifier, string? qualifierText, bool isNegative,
        CurrencySource currencySource = CurrencySource.Symbol, Money? translationOf = null)
        : base(FigureKind.Money, source)
    {
        CurrencySource = currencySource;
        TranslationOf = translationOf;
        Amount = amount;
        Currency = currency;
        Scale = scale;
        Qualifier = qualifier;
        QualifierText = qualifierText;
        IsNegative = isNegative;
    }

    /// <summary>The amount in units of <see cref="Currency"/> (¥9.2 billion is 9,200,000,000), negative for a loss in parentheses.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code ("JPY", "USD", "EUR").</summary>
    public string Currency { get; }

    /// <summary>The scale as written ("billion", "million", "thousand"), or null.</summary>
    public string? Scale { get; }

    /// <summary>The hedge before the amount, as a value.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The hedge as written ("approximately"), or null.</summary>
    public string? QualifierText { get; }

    /// <summary>Whether the filing wrote it as negative ("(¥1.2 billion)").</summary>
    public bool IsNegative { get; }

    /// <summary>How <see cref="Currency"/> was known: a sign, a code, a name, the filing's <c>Currency</c> metadata, or the
    /// convention the filing states ("all references to “$” are to Canadian dollars").</summary>
    public CurrencySource CurrencySource { get; }

    /// <summary>The amount this one restates in parentheses, or null: in "RMB8.7 billion (US$1.2 billion)" the US$ amount
    /// is the translation of the RMB amount (both positive).</summary>
    public Money? TranslationOf { get; }

    private protected override bool ValueEquals(Figure other) =>
        other is Money money && Amount == money.Amount && Currency == money.Currency && Scale == money.Scale &&
        Qualifier == money.Qualifier && QualifierText == money.QualifierText && IsNegative == money.IsNegative &&
        CurrencySource == money.CurrencySource && Equals(TranslationOf?.Name, money.TranslationOf?.Name);

    private protected override string ValueText() => Currency + " " + Amount.ToString(CultureInfo.InvariantCulture);
}
