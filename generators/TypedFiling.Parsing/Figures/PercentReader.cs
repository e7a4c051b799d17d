using TypedFiling.Parsing.Lexicon;

namespace TypedFiling.Parsing.Figures;

/// <summary>
/// Percentages: "74.2%", "30.0 percent", "5 per cent", "thirty percentage", "one hundred percents", "10-percent shareholder",
/// "9 1/2%" (also as "91/2%", a superscript fraction whose tags were stripped), "one-half of one percent", ranges that
/// share the sign ("5 to 7%"), and percentage points (<see cref="Draft.IsPoints"/>). Negative only when the text says so:
/// "minus"/"negative", a minus sign, or parentheses in the figure's own place ("fell (5.5%)"); "(30%)" right after the same
/// figure in words restates it and is no figure of its own. Basis points are a count with the unit "basis points".
/// </summary>
internal static class PercentReader
{
    public static Draft? TryRead(ScanState s, int i)
    {
        var t = s.T;
        int j = i;
        bool minus = false;
        if (t.Has(j, WordRole.Negation) && !t.Joined(j + 1))
        {
            minus = true;
            j++;
        }
        else if (t.IsMinusSign(j))
        {
            minus = true;
            j++;
        }

        bool paren = !minus && t.IsSymbol(j, '(') && t.Joined(j + 1);
        int numTok = paren ? j + 1 : j;
        if (!TryValue(t, numTok, out var value, out var numEnd))
        {
            return null;
        }

        int last = ReadSign(t, numEnd + 1, out bool points);
        if (last < 0)
        {
            // "5 to 7%", "10-20 percent": the near end of a range takes the far end's sign
            if (!RangeEndIsPercent(t, numEnd + 1))
            {
                return null;
            }

            last = numEnd;
        }

        int first = numTok;
        bool negative = minus;
        if (minus)
        {
            first = i;
        }

        if (paren && t.IsSymbol(last + 1, ')'))
        {
            var previous = s.Last;
            if (previous is not null && previous.Kind == FigureKind.Percentage && previous.LastTok == j - 1 && previous.Value == value)
            {
                // "thirty percent (30%)": the same figure in digits
                previous.LastTok = last + 1;
                return previous;
            }

            first = j;
            last++;
            negative = true;
        }

        var d = new Draft
        {
            Kind = FigureKind.Percentage,
            FirstTok = first,
            CoreTok = first,
            LastTok = last,
            Value = negative ? -value : value,
            IsNegative = negative,
            IsPoints = points,
        };
        if (!minus)
        {
            QualifierReader.Apply(s, d);
        }

        return d;
    }

    private static bool TryValue(TokenList t, int k, out decimal value, out int end)
    {
        value = 0;
        end = k;
        if (t.IsNumber(k))
        {
            if (NameParts.IsNamePartForPercent(t, k) || !t.TryNumber(k, out value))
            {
                return false;
            }

            if (TrySuperscriptFraction(t, k, ref value, out end))
            {
                return true;
            }

            if (NumberReader.TryDigits(t, k, money: false, out var amount) && amount.Scale is null)
            {
                value = amount.Value;
                end = amount.Last;
            }

            return true;
        }

        if (t.Is(k, "a") || t.Is(k, "an"))
        {
            return false;
        }

        if (TryHalfOfOne(t, k, out value, out end))
        {
            return true;
        }

        if (!NumberReader.TryWords(t, k, out var words) || words.Scale is not null)
        {
            return false;
        }

        value = words.Value;
        end = words.Last;
        return true;
    }

    /// <summary>"91/2%": "9" and a superscript "1" over a subscript "2", run together when the tags are stripped.</summary>
    private static bool TrySuperscriptFraction(TokenList t, int k, ref decimal value, out int end)
    {
        end = k;
        var digits = t.Value(k)!;
        if (digits.Length < 2 || digits.IndexOf('.') >= 0 || digits.IndexOf(',') >= 0)
        {
            return false;
        }

        if (!t.IsSymbol(k + 1, '/') || !t.Joined(k + 1) || !t.Joined(k + 2) || !t.IsSmallInt(k + 2, 8, out int bottom))
        {
            return false;
        }

        int top = digits[digits.Length - 1] - '0';
        if ((bottom != 2 && bottom != 4 && bottom != 8) || top < 1 || top >= bottom)
        {
            return false;
        }

        if (!t.IsSymbol(k + 3, '%') || !t.Joined(k + 3))
        {
            return false;
        }

        value = ((value - top) / 10m) + ((decimal)top / bottom);
        end = k + 2;
        return true;
    }

    /// <summary>"one-half of one percent": 0.5.</summary>
    private static bool TryHalfOfOne(TokenList t, int k, out decimal value, out int end)
    {
        value = 0;
        end = k;
        if (!(t.Is(k, "one") && t.IsSymbol(k + 1, '-') && t.Joined(k + 1) && t.Joined(k + 2)))
        {
            return false;
        }

        decimal part = t.Is(k + 2, "half") ? 0.5m : t.Is(k + 2, "quarter") ? 0.25m : t.Is(k + 2, "tenth") ? 0.1m : 0m;
        if (part == 0 || !t.Is(k + 3, "of") || !t.Is(k + 4, "one"))
        {
            return false;
        }

        value = part;
        end = k + 4;
        return true;
    }

    /// <summary>The sign after a number: "%", "percent", "percents", "pct", "per cent", "percentage", "percentage point(s)";
    /// "10-percent" glued by a hyphen. Returns its last token, or -1.</summary>
    private static int ReadSign(TokenList t, int k, out bool points)
    {
        points = false;
        if (t.IsSymbol(k, '%'))
        {
            return k;
        }

        if (t.IsSymbol(k, '-') && t.Joined(k) && t.Joined(k + 1) && (t.Is(k + 1, "percent") || t.Is(k + 1, "per")))
        {
            k++;
        }

        if (t.Is(k, "percent") || t.Is(k, "percents") || t.Is(k, "pct"))
        {
            if (t.Is(k + 1, "points") || t.Is(k + 1, "point"))
            {
                return -1;
            }

            return k;
        }

        if (t.Is(k, "per") && t.Is(k + 1, "cent"))
        {
            return k + 1;
        }

        if (t.Is(k, "percentage") || t.Is(k, "percentages"))
        {
            if (t.Is(k + 1, "points") || t.Is(k + 1, "point"))
            {
                points = true;
                return k + 1;
            }

            return k;
        }

        return -1;
    }

    private static bool RangeEndIsPercent(TokenList t, int k)
    {
        if (!t.IsRangeWord(k))
        {
            return false;
        }

        int m = k + 1;
        if (t.IsMinusSign(m))
        {
            m++;
        }

        if (!TryValue(t, m, out _, out var end))
        {
            return false;
        }

        return ReadSign(t, end + 1, out _) >= 0;
    }
}
