using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>The far end of a range, looked at past a range word ("to", "and", "-", "–") without consuming it: its currency
/// and scale, which the near end shares ("$10–$20 million", "10-20 dollars", "between 5 and 10 million euros").</summary>
internal readonly struct RangeEnd
{
    private RangeEnd(string? currency, CurrencyMatch match, string? scale, decimal multiplier)
    {
        Currency = currency;
        CurrencyMatch = match;
        Scale = scale;
        Multiplier = multiplier;
    }

    public string? Currency { get; }
    public CurrencyMatch CurrencyMatch { get; }
    public string? Scale { get; }
    public decimal Multiplier { get; }

    public static bool TryPeek(ScanState s, int k, out RangeEnd end)
    {
        var t = s.T;
        end = default;
        if (!t.IsRangeWord(k))
        {
            return false;
        }

        int m = k + 1;
        string? currency = null;
        CurrencyMatch match = default;
        if (CurrencyReader.TryPrefix(s, m, out var prefix))
        {
            currency = prefix.Code;
            match = prefix;
            m = prefix.Last + 1;
        }

        Amount amount;
        if (t.IsNumber(m))
        {
            if (!NumberReader.TryDigits(t, m, money: true, out amount))
            {
                return false;
            }
        }
        else if (currency is not null || !NumberReader.TryWords(t, m, out amount))
        {
            return false;
        }

        string? scale = amount.Scale;
        decimal multiplier = 1;
        if (scale is not null)
        {
            NumberReader.TryScale(t, amount.Last, true, out multiplier);
        }

        if (scale is not null && multiplier == 1 && t.Lex(amount.Last) is { } lexeme)
        {
            multiplier = lexeme.Scale;
        }

        if (currency is null && CurrencyReader.TrySuffix(s, amount.Last + 1, out var suffix) && suffix.Form != CurrencyForm.Minor)
        {
            currency = suffix.Code;
            match = suffix;
        }

        end = new RangeEnd(currency, match, scale, multiplier);
        return true;
    }
}
