using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Figures;

/// <summary>Currency signs, codes and words, and the scale words that follow an amount.</summary>
internal static class CurrencyTable
{
    private static readonly HashSet<string> IsoCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "USD", "EUR", "JPY", "GBP", "CHF", "CAD", "AUD", "CNY", "HKD", "SGD", "NLG", "DEM", "FRF", "INR", "KRW", "SEK", "NOK",
        "DKK", "BRL", "MXN", "ZAR", "RUB", "TWD", "NZD", "ILS", "PLN", "CZK", "HUF", "TRY", "THB", "MYR", "IDR", "PHP", "CDF",
    };

    /// <summary>A currency written before the number: ¥ $ € £, US$, U.S.$, C$, A$, HK$, an ISO code ("EUR 12 million"),
    /// "Euro 5 million", "RMB". <paramref name="end"/> is the last token of the currency.</summary>
    public static bool TryPrefix(TokenList t, int i, FigureScanOptions o, out string iso, out int end)
    {
        iso = string.Empty;
        end = i;
        if (!t.InRange(i)) return false;
        if (t.IsAnySymbol(i))
        {
            switch (t.SymbolAt(i))
            {
                case '¥':
                case '\uFFE5':
                    iso = o.YenCurrency;
                    return true;
                case '$':
                    iso = o.DollarCurrency;
                    return true;
                case '€':
                    iso = "EUR";
                    return true;
                case '£':
                    iso = "GBP";
                    return true;
                case '\u20A9':
                    iso = "KRW";
                    return true;
                case '\u20B9':
                    iso = "INR";
                    return true;
                default:
                    return false;
            }
        }

        if (!t.IsWord(i)) return false;
        var w = t.Value(i)!;

        // U.S.$ : U . S . $
        if (w == "U" && t.IsSymbol(i + 1, '.') && t.IsExact(i + 2, "S") && t.IsSymbol(i + 3, '.') && t.IsSymbol(i + 4, '$')
            && t.Joined(i + 1) && t.Joined(i + 2) && t.Joined(i + 3) && t.Joined(i + 4))
        {
            iso = "USD";
            end = i + 4;
            return true;
        }

        if (t.IsSymbol(i + 1, '$') && t.Joined(i + 1))
        {
            string? code = w switch
            {
                "US" => "USD",
                "C" or "CA" or "Cdn" or "CDN" or "Can" => "CAD",
                "A" or "AU" => "AUD",
                "HK" => "HKD",
                "NT" => "TWD",
                "S" => "SGD",
                "NZ" => "NZD",
                "R" => "BRL",
                "Mex" => "MXN",
                _ => null,
            };
            if (code is null) return false;
            iso = code;
            end = i + 1;
            return true;
        }

        if (IsoCodes.Contains(w) || w == "RMB" || w == "Euro" || w == "EURO" || w == "Rmb")
        {
            if (!t.IsNumber(i + 1) && !(t.IsSymbol(i + 1, '(') && t.IsNumber(i + 2))) return false;
            iso = w switch
            {
                "RMB" or "Rmb" => "CNY",
                "Euro" or "EURO" => "EUR",
                _ => w,
            };
            return true;
        }

        return false;
    }

    /// <summary>A currency written after the number: "yen", "dollars", "U.S. dollars", "euros", "EUR".</summary>
    public static bool TrySuffix(TokenList t, int i, FigureScanOptions o, out string iso, out int end)
    {
        iso = string.Empty;
        end = i;
        if (!t.IsWord(i)) return false;
        var w = t.Value(i)!;
        if (IsoCodes.Contains(w))
        {
            iso = w;
            return true;
        }

        // two-word forms
        if (t.Is(i, "U") && t.IsSymbol(i + 1, '.') && t.IsExact(i + 2, "S") && t.IsSymbol(i + 3, '.') && IsDollarWord(t, i + 4))
        {
            iso = "USD";
            end = i + 4;
            return true;
        }

        if ((t.IsExact(i, "US") || t.IsExact(i, "American")) && IsDollarWord(t, i + 1))
        {
            iso = "USD";
            end = i + 1;
            return true;
        }

        if (t.IsExact(i, "United") && t.IsExact(i + 1, "States") && IsDollarWord(t, i + 2))
        {
            iso = "USD";
            end = i + 2;
            return true;
        }

        if (t.IsExact(i, "Canadian") && IsDollarWord(t, i + 1))
        {
            iso = "CAD";
            end = i + 1;
            return true;
        }

        if (t.IsExact(i, "Australian") && IsDollarWord(t, i + 1))
        {
            iso = "AUD";
            end = i + 1;
            return true;
        }

        if (t.IsExact(i, "Japanese") && t.Is(i + 1, "yen"))
        {
            iso = "JPY";
            end = i + 1;
            return true;
        }

        if ((t.IsExact(i, "Dutch") && t.Is(i + 1, "guilders")) || (t.IsExact(i, "Swiss") && t.Is(i + 1, "francs")))
        {
            iso = t.IsExact(i, "Dutch") ? "NLG" : "CHF";
            end = i + 1;
            return true;
        }

        if (t.Is(i, "pounds") && t.Is(i + 1, "sterling"))
        {
            iso = "GBP";
            end = i + 1;
            return true;
        }

        if (t.Is(i, "yen"))
        {
            iso = "JPY";
            return true;
        }

        if (IsDollarWord(t, i))
        {
            iso = o.DollarCurrency;
            return true;
        }

        if (t.Is(i, "euro") || t.Is(i, "euros"))
        {
            iso = "EUR";
            return true;
        }

        if (t.Is(i, "sterling"))
        {
            iso = "GBP";
            return true;
        }

        if (t.Is(i, "guilders"))
        {
            iso = "NLG";
            return true;
        }

        if (t.Is(i, "yuan") || t.Is(i, "renminbi"))
        {
            iso = "CNY";
            return true;
        }

        return false;
    }

    private static bool IsDollarWord(TokenList t, int i) => t.Is(i, "dollars") || t.Is(i, "dollar");

    /// <summary>"thousand", "million", "billion", "trillion", "mn", "bn"; "m"/"k" only glued to the number ("$5m").</summary>
    public static bool TryScale(TokenList t, int i, out decimal multiplier)
    {
        multiplier = 1;
        if (!t.IsWord(i)) return false;
        var w = t.Value(i)!;
        switch (w.ToLowerInvariant())
        {
            case "thousand":
                multiplier = 1000m;
                return true;
            case "million":
            case "mn":
            case "mln":
                multiplier = 1000000m;
                return true;
            case "billion":
            case "bn":
            case "bln":
                multiplier = 1000000000m;
                return true;
            case "trillion":
                multiplier = 1000000000000m;
                return true;
            case "m":
                if (!t.Joined(i)) return false;
                multiplier = 1000000m;
                return true;
            case "k":
                if (!t.Joined(i)) return false;
                multiplier = 1000m;
                return true;
            default:
                return false;
        }
    }

    /// <summary>value × multiplier, or false if it would overflow decimal.</summary>
    public static bool TryScaleValue(decimal value, decimal multiplier, out decimal result)
    {
        result = 0;
        if (multiplier != 1 && value > decimal.MaxValue / multiplier) return false;
        result = value * multiplier;
        return true;
    }
}
