using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TypedFiling.Parsing.Figures;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>Every phrasing class of money and percentages (issue 12), one theory per class, sentences worded as filings
/// word them. Each row: the sentence and the money and percentage figures in it, as "value CODE" (money, "-" before a
/// negative), "value%" (percentage; "pp" for percentage points), joined by " ; ".</summary>
public class PhrasingClassTests
{
    private static string Figures(string text, FigureScanOptions? options = null)
    {
        var parts = new List<string>();
        foreach (var f in FigureScanner.Scan(text, options ?? new FigureScanOptions { ThrowOnInternalError = true }))
        {
            var v = f.Value.ToString(CultureInfo.InvariantCulture);
            if (f.Kind == FigureKind.Money)
            {
                parts.Add(v + " " + f.Currency + (f.TranslationOfStart is null ? string.Empty : " tr"));
            }
            else if (f.Kind == FigureKind.Percentage)
            {
                parts.Add(v + (f.IsPoints ? "pp" : "%"));
            }
        }

        return string.Join(" ; ", parts);
    }

    [Theory]
    [InlineData("Revenue in China was RMB1.2 billion in the year.", "1200000000 CNY")]
    [InlineData("We paid RMB 500 million for the land use rights.", "500000000 CNY")]
    [InlineData("The note pays USD3.14 per unit.", "3.14 USD")]
    [InlineData("Each share was issued at CNY12.5.", "12.5 CNY")]
    [InlineData("The Hong Kong subsidiary earned HK$15.6 million.", "15600000 HKD")]
    [InlineData("Exports rose to HK $ 10.05 billion.", "10050000000 HKD")]
    [InlineData("Exploration costs were C$16.4 million.", "16400000 CAD")]
    [InlineData("The charge was C $ 16.4 million.", "16400000 CAD")]
    [InlineData("Taiwan sales were NT$2.3 billion.", "2300000000 TWD")]
    [InlineData("The Singapore facility cost S$40 million.", "40000000 SGD")]
    [InlineData("The Australian unit holds A$12 million of cash.", "12000000 AUD")]
    [InlineData("Brazilian sales reached R$3.5 billion.", "3500000000 BRL")]
    [InlineData("The Indian subsidiary invested Rs. 250 crore in the plant.", "2500000000 INR")]
    [InlineData("The Malaysian unit paid RM 42 million.", "42000000 MYR")]
    [InlineData("The fine was EUR 12 million.", "12000000 EUR")]
    [InlineData("The Swiss claim is CHF 8 million.", "8000000 CHF")]
    [InlineData("The loan of usd 200 was repaid.", "200 USD")]
    public void Iso_codes_and_local_prefixes(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("Operating profit improved to 361 million pounds.", "361000000 GBP")]
    [InlineData("The offer valued the stake at 528 million francs.", "528000000 CHF")]
    [InlineData("He was fined 10 million Swiss francs.", "10000000 CHF")]
    [InlineData("It issued 125 million Australian dollars of bonds.", "125000000 AUD")]
    [InlineData("The subsidiary lost 9.2 billion yen.", "9200000000 JPY")]
    [InlineData("It sold the stake for 20 million euros.", "20000000 EUR")]
    [InlineData("The fee is 42 Lebanese pounds.", "42 LBP")]
    [InlineData("Each coupon pays 10 dinars.", "10 KWD")]
    [InlineData("Deposits of 42 KWD are insured.", "42 KWD")]
    [InlineData("Each block mined is now 6.25 BTC.", "6.25 BTC")]
    [InlineData("The peso loan of 1.5 billion Mexican pesos matures in 2027.", "1500000000 MXN")]
    [InlineData("Assets were 3 billion U.S. dollars.", "3000000000 USD")]
    public void Currency_word_after_the_number(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("Banknotes of 5 € and 500 € are issued.", "5 EUR ; 500 EUR")]
    [InlineData("The ticket costs 20€.", "20 EUR")]
    [InlineData("The fee is 10$ per order.", "10 USD")]
    [InlineData("The bond was priced at 3.14US$.", "3.14 USD")]
    public void Sign_after_the_number(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("Egg prices averaged 64.2 cents a dozen.", "0.642 USD")]
    [InlineData("Shares closed at 197 pence.", "1.97 GBP")]
    [InlineData("The board declared a 12-cent dividend.", "0.12 USD")]
    [InlineData("The fee is 10¢ per transaction.", "0.1 USD")]
    public void Minor_units(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("It only cost 3 dollars 50 cents.", "3.5 USD")]
    [InlineData("The price was $20 and 43c.", "20.43 USD")]
    [InlineData("The toll is thirteen dollars and forty-five cents.", "13.45 USD")]
    public void Compound_amounts(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("Eight ministers received five million yen from the industry.", "5000000 JPY")]
    [InlineData("The filing fee is ten dollars.", "10 USD")]
    [InlineData("Each share was sold for one dollar.", "1 USD")]
    [InlineData("Each option costs a dollar.", "1 USD")]
    [InlineData("We paid half a million dollars in penalties.", "500000 USD")]
    [InlineData("We spent three quarters of a billion dollars on capacity.", "750000000 USD")]
    public void Money_in_words(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("He borrowed 35 lakh rupees.", "3500000 INR")]
    [InlineData("The grant was ₹1.5 lakh.", "150000 INR")]
    [InlineData("Capital spending was $25MM in the year.", "25000000 USD")]
    [InlineData("The EU fined it €1.2 mn.", "1200000 EUR")]
    [InlineData("Sales were £3 bn.", "3000000000 GBP")]
    public void Scale_words(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("Each unit costs 10-20 dollars.", "10 USD ; 20 USD")]
    [InlineData("Costs are estimated at $10–$20 million.", "10000000 USD ; 20000000 USD")]
    [InlineData("The penalty is between $5 and $10 million.", "5000000 USD ; 10000000 USD")]
    [InlineData("Margins may fall 5 to 7%.", "5% ; 7%")]
    [InlineData("Fees may be 1 to 2 million yen.", "1000000 JPY ; 2000000 JPY")]
    public void Ranges(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("Cash flow was negative $1.1 million.", "-1100000 USD")]
    [InlineData("The segment reported -$2.0 million of income.", "-2000000 USD")]
    [InlineData("Margins changed by −3.0% in the year.", "-3%")]
    [InlineData("It recorded a loss of $(2.5) million.", "-2500000 USD")]
    [InlineData("The adjustment was ($2.5 million).", "-2500000 USD")]
    [InlineData("Revenue was RMB8.7 billion (US$1.2 billion).", "8700000000 CNY ; 1200000000 USD tr")]
    [InlineData("The award was ten million dollars ($10,000,000).", "10000000 USD ; 10000000 USD tr")]
    [InlineData("The court awarded expenses (RMB 300 thousand) and an injunction.", "300000 CNY")]
    public void Signs_and_translations(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("The rate used was RMB7.2993 to US$1.00.", "7.2993 CNY ; 1 USD")]
    [InlineData("At year end €1 = US$1.08.", "1 EUR ; 1.08 USD")]
    public void Exchange_rates_are_two_amounts(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("The Israeli unit had NIS 40 million of debt.", "40000000 ILS")]
    [InlineData("The Indonesian plant cost Rp 500 billion.", "500000000000 IDR")]
    [InlineData("The Malaysian unit paid RM 20 million.", "20000000 MYR")]
    [InlineData("Revenue was Renminbi 3.2 billion.", "3200000000 CNY")]
    [InlineData("The fine was Euro 15 million.", "15000000 EUR")]
    [InlineData("The Korean unit borrowed 50 billion Korean won.", "50000000000 KRW")]
    public void More_codes_and_names(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("Any 10-percent shareholder must report.", "10%")]
    [InlineData("The subsidiary is 100 percentage owned.", "100%")]
    [InlineData("It holds thirty percentage of the votes.", "30%")]
    [InlineData("It owns one hundred percents of the shares.", "100%")]
    [InlineData("Prices moved minus five percent.", "-5%")]
    [InlineData("Prices moved -5% in the year.", "-5%")]
    [InlineData("Margins rose 5 percentage points.", "5pp")]
    [InlineData("The fee is one-half of one percent of assets.", "0.5%")]
    [InlineData("The 9 1/2% notes are due in 2030.", "9.5%")]
    [InlineData("The 91/2% notes are due in 2030.", "9.5%")]
    [InlineData("NTT holds thirty percent (30%) of the shares.", "30%")]
    [InlineData("Margins fell (5.5%) in the year.", "-5.5%")]
    [InlineData("Rates rose 50 basis points.", "")]
    public void Percentages(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("Hey, the cost is $4.25 and 32 is the quantity!", "4.25 USD")]
    [InlineData("We issued 3,000,000 common shares in 2015.", "")]
    [InlineData("See Section 404 and Rule 10b-5 on page 12.", "")]
    [InlineData("The 2022 INR Term Loan was repaid.", "")]
    [InlineData("Non-compliance with NIS2 may lead to fines.", "")]
    [InlineData("ALL 5 solutions are wrong.", "")]
    [InlineData("Products include the RTX 6000 Ada.", "")]
    public void False_positives(string text, string expected) => Assert.Equal(expected, Figures(text));

    [Theory]
    [InlineData("In this annual report, all references to “$” are to Canadian dollars.", '$', "CAD")]
    [InlineData("“RMB” or “Renminbi” refers to the legal currency of China, and “¥” means Renminbi.", '¥', "CNY")]
    [InlineData("In this annual report, “¥” or “yen” means the lawful currency of Japan.", '¥', "JPY")]
    [InlineData("The financial statements are expressed in Canadian dollars.", '$', "CAD")]
    public void Filing_conventions_are_read(string text, char sign, string code)
    {
        var statements = CurrencyConventions.ReadBlock(text);
        Assert.Contains((sign, code), statements);
    }

    [Fact]
    public void A_stated_convention_applies_to_later_bare_signs_and_metadata_wins()
    {
        const string filing = "# Annual report\n\nIn this annual report, all references to “$” are to Canadian dollars.\n\n## Risk Factors\n\n### We may lose money\n\nWe lost $5 million in the year.\n";
        var parsed = FilingParser.Parse(filing, FilingOptions.ForPath("x.md"));
        var money = parsed.Model.RiskFactors.SelectMany(r => r.Figures).Single(f => f.Match.Kind == FigureKind.Money).Match;
        Assert.Equal("CAD", money.Currency);
        Assert.Equal(CurrencySource.FilingConvention, money.CurrencySource);

        var configured = FilingParser.Parse(filing, FilingOptions.ForPath("x.md") with { Currency = "AUD" });
        var withMetadata = configured.Model.RiskFactors.SelectMany(r => r.Figures).Single(f => f.Match.Kind == FigureKind.Money).Match;
        Assert.Equal("AUD", withMetadata.Currency);
        Assert.Equal(CurrencySource.Metadata, withMetadata.CurrencySource);
    }

    /// <summary>Real non-USD money sentences from SEC filings (tests/Data/real-sentences/money.tsv): every listed amount is found with
    /// its value and currency, and no other amount is.</summary>
    [Fact]
    public void Real_money_sentences_give_exactly_their_listed_amounts()
    {
        var path = RepositoryPaths.Data("real-sentences", "money.tsv");
        var scales = new Dictionary<string, decimal> { ["1"] = 1m, ["thousand"] = 1e3m, ["million"] = 1e6m, ["billion"] = 1e9m };
        var failures = new List<string>();
        var lines = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count >= 30, "rows: " + lines.Count);
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            var expected = string.Join(" ; ", cells[1].Split(';').Select(e =>
            {
                var p = e.Split('|');
                var v = decimal.Parse(p[0], CultureInfo.InvariantCulture) * scales[p[2]];
                return (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) + " " + p[1];
            }));
            var actual = string.Join(" ; ", FigureScanner.Scan(cells[0], new FigureScanOptions { ThrowOnInternalError = true })
                .Where(f => f.Kind == FigureKind.Money).Select(f => (f.IsNegative ? -f.Value : f.Value).ToString(CultureInfo.InvariantCulture) + " " + f.Currency));
            if (expected != actual)
            {
                failures.Add(cells[0] + "\n  expected " + expected + "\n  actual   " + actual);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
