namespace TypedFiling.Parsing.Naming;

/// <summary>The active ISO 4217 currency codes: what a filing's configured <c>Currency</c> may be.</summary>
internal static class CurrencyCodes
{
    /// <summary>Whether <paramref name="code"/> is an active ISO 4217 code (three capital letters), from the
    /// lexicon's one currency table (historic codes such as NLG and crypto units such as BTC are read in text, not configurable).</summary>
    public static bool IsKnown(string code) => code.Length == 3 && Lexicon.CurrencyPhrases.IsActiveIsoCode(code);
}
