using System;

namespace TypedFiling.Parsing.Naming;

/// <summary>The active ISO 4217 currency codes: what a filing's configured <c>Currency</c> may be.</summary>
public static class CurrencyCodes
{
    // One string, searched by position: no table to build at load time.
    private const string Active =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF " +
        "CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG " +
        "HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA " +
        "MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD " +
        "RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX " +
        "USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG";

    /// <summary>Whether <paramref name="code"/> is an active ISO 4217 code (three capital letters).</summary>
    public static bool IsKnown(string code)
    {
        if (code.Length != 3)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c < 'A' || c > 'Z')
            {
                return false;
            }
        }

        return Active.IndexOf(code, StringComparison.Ordinal) % 4 == 0;
    }
}
