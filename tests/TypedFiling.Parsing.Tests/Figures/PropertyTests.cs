using System.Globalization;
using CsCheck;
using TypedFiling.Parsing.Figures;
using Xunit;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>CsCheck properties: a random amount rendered into a sentence is found as exactly that one money figure.</summary>
public class PropertyTests
{
    private static readonly FigureScanOptions Strict = new FigureScanOptions { ThrowOnInternalError = true };

    private static readonly (string Word, decimal Multiplier)[] Scales =
    {
        (string.Empty, 1m), (" thousand", 1_000m), (" million", 1_000_000m), (" billion", 1_000_000_000m),
    };

    private static readonly (string Prefix, string Suffix, string Iso)[] Currencies =
    {
        ("¥", string.Empty, "JPY"), ("$", string.Empty, "USD"), ("US$", string.Empty, "USD"), ("€", string.Empty, "EUR"),
        ("£", string.Empty, "GBP"), (string.Empty, " yen", "JPY"), ("EUR ", string.Empty, "EUR"),
    };

    private static readonly (string Text, Qualifier Value)[] Qualifiers =
    {
        (string.Empty, Qualifier.None), ("approximately ", Qualifier.Approximately), ("about ", Qualifier.About),
        ("around ", Qualifier.Around), ("over ", Qualifier.Over), ("more than ", Qualifier.MoreThan),
        ("less than ", Qualifier.LessThan), ("up to ", Qualifier.UpTo), ("at least ", Qualifier.AtLeast),
        ("nearly ", Qualifier.Nearly), ("almost ", Qualifier.Almost), ("an estimated ", Qualifier.Estimated),
    };

    /// <summary>0.1–999.99 with 0–2 decimals, or an integer with thousands separators; as (text, value).</summary>
    private static readonly Gen<(string Text, decimal Value)> Amount = Gen.OneOf(
        Gen.Select(Gen.Int[1, 999], n => (n.ToString(CultureInfo.InvariantCulture), (decimal)n)),
        Gen.Select(Gen.Int[1, 9999], n => ((n / 10m).ToString("F1", CultureInfo.InvariantCulture), n / 10m)),
        Gen.Select(Gen.Int[10, 99999], n => ((n / 100m).ToString("F2", CultureInfo.InvariantCulture), n / 100m)),
        Gen.Select(Gen.Int[1000, 2_000_000_000], n => (n.ToString("N0", CultureInfo.InvariantCulture), (decimal)n)));

    [Fact]
    public void RenderedAmountIsFoundExactlyOnce()
    {
        var gen = Gen.Select(Amount, Gen.Int[0, Scales.Length - 1], Gen.Int[0, Currencies.Length - 1], Gen.Int[0, Qualifiers.Length - 1]);
        gen.Sample(
            x =>
            {
                var (amount, si, ci, qi) = x;
                var (scaleWord, multiplier) = Scales[si];
                var (prefix, suffix, iso) = Currencies[ci];
                var (qualifierText, qualifier) = Qualifiers[qi];
                string money = qualifierText + prefix + amount.Text + scaleWord + suffix;
                string sentence = "In that period the company reported " + money + " of net revenues from its customers.";
                var figures = FigureScanner.Scan(sentence, Strict);
                Assert.True(figures.Count == 1, sentence + " => " + FigureFormat.DescribeAll(figures));
                var f = figures[0];
                Assert.Equal(FigureKind.Money, f.Kind);
                Assert.Equal(money, f.Text);
                Assert.Equal(amount.Value * multiplier, f.Value);
                Assert.Equal(iso, f.Currency);
                Assert.Equal(qualifier, f.Qualifier);
                Assert.Equal("net revenues", f.Label);
            },
            iter: 400,
            print: x => x.ToString());
    }

    [Fact]
    public void TwoAmountsInARangeAreTwoFigures()
    {
        Gen.Select(Gen.Int[1, 500], Gen.Int[501, 999]).Sample(
            x =>
            {
                var (a, b) = x;
                var figures = FigureScanner.Scan("Costs may be between ¥" + a + " million and ¥" + b + " million next year.", Strict);
                Assert.Equal(2, figures.Count);
                Assert.Equal(a * 1_000_000m, figures[0].Value);
                Assert.Equal(b * 1_000_000m, figures[1].Value);
            },
            iter: 100);
    }
}
