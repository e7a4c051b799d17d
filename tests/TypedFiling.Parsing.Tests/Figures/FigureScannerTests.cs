using System.Linq;
using TypedFiling.Parsing.Figures;
using Xunit;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>Table-driven checks of every phrasing the scanner recognises, and of the traps it must not fall into.
/// Each row is a text and the exact description (see <see cref="FigureFormat.Describe"/>) of all its figures.</summary>
public class FigureScannerTests
{
    private static string Scan(string text) => FigureFormat.DescribeAll(FigureScanner.Scan(text, FigureScanOptions.Default));

    [Theory]
    // currencies and scales
    [InlineData("The acquisition price of IIJ-Global was ¥9.2 billion.", "Money \"¥9.2 billion\" 9200000000 JPY scale=billion")]
    [InlineData("It had ¥0.2 billion of revenues.", "Money \"¥0.2 billion\" 200000000 JPY scale=billion")]
    [InlineData("The Company produced a loss of US$2,417,247 for the year.", "Money \"US$2,417,247\" 2417247 USD")]
    [InlineData("We paid $5 million in fees.", "Money \"$5 million\" 5000000 USD scale=million")]
    [InlineData("We paid $350 thousand in fees.", "Money \"$350 thousand\" 350000 USD scale=thousand")]
    [InlineData("Fines may reach €20 million.", "Money \"€20 million\" 20000000 EUR scale=million")]
    [InlineData("Sales were £3.5 billion.", "Money \"£3.5 billion\" 3500000000 GBP scale=billion")]
    [InlineData("The loan was 500 million yen.", "Money \"500 million yen\" 500000000 JPY scale=million")]
    [InlineData("Proceeds were 10 million euros.", "Money \"10 million euros\" 10000000 EUR scale=million")]
    [InlineData("Proceeds were EUR 12 million.", "Money \"EUR 12 million\" 12000000 EUR scale=million")]
    [InlineData("Proceeds were USD 5 million.", "Money \"USD 5 million\" 5000000 USD scale=million")]
    [InlineData("The fine was Euro 7 million.", "Money \"Euro 7 million\" 7000000 EUR scale=million")]
    [InlineData("Assets were 3 billion U.S. dollars.", "Money \"3 billion U.S. dollars\" 3000000000 USD scale=billion")]
    [InlineData("It cost 40 dollars.", "Money \"40 dollars\" 40 USD")]
    [InlineData("It raised C$5 million.", "Money \"C$5 million\" 5000000 CAD scale=million")]
    [InlineData("It raised U.S.$10 million.", "Money \"U.S.$10 million\" 10000000 USD scale=million")]
    [InlineData("It earned $5bn last year.", "Money \"$5bn\" 5000000000 USD scale=bn")]
    [InlineData("It earned ¥3 mn last year.", "Money \"¥3 mn\" 3000000 JPY scale=mn")]
    [InlineData("The rate was EUR 1 = USD 0.8970 at the time.", "Money \"EUR 1\" 1 EUR ; Money \"USD 0.8970\" 0.897 USD")]
    // negative amounts
    [InlineData("It recorded a loss of (¥1.2 billion).", "Money \"(¥1.2 billion)\" -1200000000 JPY scale=billion neg")]
    [InlineData("It recorded a loss of $(12.5) million.", "Money \"$(12.5) million\" -12500000 USD scale=million neg")]
    // ranges
    [InlineData("Costs may be between ¥1 billion and ¥2 billion.", "Money \"¥1 billion\" 1000000000 JPY scale=billion ; Money \"¥2 billion\" 2000000000 JPY scale=billion")]
    [InlineData("Costs may rise from ¥1 billion to ¥2 billion.", "Money \"¥1 billion\" 1000000000 JPY scale=billion ; Money \"¥2 billion\" 2000000000 JPY scale=billion")]
    [InlineData("Costs may be $1 to $2 billion.", "Money \"$1\" 1000000000 USD scale=billion ; Money \"$2 billion\" 2000000000 USD scale=billion")]
    [InlineData("Costs may be $1 to 2 billion.", "Money \"$1\" 1000000000 USD scale=billion ; Money \"2 billion\" 2000000000 USD scale=billion")]
    [InlineData("Costs may be 1 to 2 million yen.", "Money \"1\" 1000000 JPY scale=million ; Money \"2 million yen\" 2000000 JPY scale=million")]
    // qualifiers
    [InlineData("The balance was approximately ¥5.5 billion.", "Money \"approximately ¥5.5 billion\" 5500000000 JPY scale=billion q=Approximately(approximately)")]
    [InlineData("The balance was about $3 million.", "Money \"about $3 million\" 3000000 USD scale=million q=About(about)")]
    [InlineData("Intangible assets estimated of around ¥6 billion will be recorded.", "Money \"around ¥6 billion\" 6000000000 JPY scale=billion q=Around(around)")]
    [InlineData("We invested over $2 million.", "Money \"over $2 million\" 2000000 USD scale=million q=Over(over)")]
    [InlineData("We invested more than $2 million.", "Money \"more than $2 million\" 2000000 USD scale=million q=MoreThan(more than)")]
    [InlineData("We invested less than $2 million.", "Money \"less than $2 million\" 2000000 USD scale=million q=LessThan(less than)")]
    [InlineData("We may invest up to $2 million.", "Money \"up to $2 million\" 2000000 USD scale=million q=UpTo(up to)")]
    [InlineData("We will invest at least $2 million.", "Money \"at least $2 million\" 2000000 USD scale=million q=AtLeast(at least)")]
    [InlineData("We expect an estimated ¥6 billion of assets.", "Money \"an estimated ¥6 billion\" 6000000000 JPY scale=billion q=Estimated(an estimated)")]
    [InlineData("We invested nearly $2 million.", "Money \"nearly $2 million\" 2000000 USD scale=million q=Nearly(nearly)")]
    [InlineData("We invested almost $2 million.", "Money \"almost $2 million\" 2000000 USD scale=million q=Almost(almost)")]
    [InlineData("We invested no more than $2 million.", "Money \"no more than $2 million\" 2000000 USD scale=million q=AtMost(no more than)")]
    [InlineData("Claims in excess of $2 million were filed.", "Money \"in excess of $2 million\" 2000000 USD scale=million q=InExcessOf(in excess of)")]
    public void Money(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("NTT owned 30.0% of IIJ's outstanding voting shares.", "Percentage \"30.0%\" 30")]
    [InlineData("It invested ¥1.8 billion (74.2% share ownership).", "Money \"¥1.8 billion\" 1800000000 JPY scale=billion ; Percentage \"74.2%\" 74.2")]
    [InlineData("Costs rose 30.0 percent in the year.", "Percentage \"30.0 percent\" 30")]
    [InlineData("Costs rose 5 per cent in the year.", "Percentage \"5 per cent\" 5")]
    [InlineData("It made Trust Networks its 100% owned consolidated subsidiary.", "Percentage \"100%\" 100")]
    [InlineData("Costs rose approximately 40% in the year.", "Percentage \"approximately 40%\" 40 q=Approximately(approximately)")]
    [InlineData("Margins fell (5.5%) in the year.", "Percentage \"(5.5%)\" -5.5 neg")]
    [InlineData("Costs rose five percent in the year.", "Percentage \"five percent\" 5")]
    [InlineData("For the fiscal year ended March 31, 2010, 68.6% in costs was for NTT.", "FiscalPeriod \"fiscal year ended March 31, 2010\" period=FiscalYear/12 end=2010-03-31 ; Percentage \"68.6%\" 68.6")]
    public void Percentage(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("We have eight consolidated subsidiaries.", "Quantity \"eight consolidated subsidiaries\" 8 unit=consolidated subsidiaries")]
    [InlineData("It serves approximately 1,600 domestic corporate customers.", "Quantity \"approximately 1,600 domestic corporate customers\" 1600 unit=domestic corporate customers q=Approximately(approximately)")]
    [InlineData("Today 140 ATMs are placed in shops.", "Quantity \"140 ATMs\" 140 unit=ATMs")]
    [InlineData("IIJ issued 12,500 new shares of common stock.", "Quantity \"12,500 new shares\" 12500 unit=new shares")]
    [InlineData("IIJ issued 2,178 shares of common stock.", "Quantity \"2,178 shares\" 2178 unit=shares")]
    [InlineData("IIJ had one outside director, Mr. Hiroi.", "Quantity \"one outside director\" 1 unit=outside director")]
    [InlineData("He sits among IIJ's 12 directors.", "Quantity \"12 directors\" 12 unit=directors")]
    [InlineData("It made IIJ's two consolidated subsidiaries wholly-owned.", "Quantity \"two consolidated subsidiaries\" 2 unit=consolidated subsidiaries")]
    [InlineData("It has four equity method investees.", "Quantity \"four equity method investees\" 4 unit=equity method investees")]
    [InlineData("It opened twenty-one stores.", "Quantity \"twenty-one stores\" 21 unit=stores")]
    [InlineData("It hired a dozen engineers.", "Quantity \"a dozen engineers\" 12 unit=engineers")]
    [InlineData("It issued 5 million shares.", "Quantity \"5 million shares\" 5000000 unit=shares")]
    [InlineData("Orders cover periods up to 150 days.", "Quantity \"up to 150 days\" 150 unit=days q=UpTo(up to)")]
    [InlineData("The mine is about 420 kilometres northwest of Goma.", "Quantity \"about 420 kilometres\" 420 unit=kilometres q=About(about)")]
    [InlineData("It employs more than 300 engineers.", "Quantity \"more than 300 engineers\" 300 unit=engineers q=MoreThan(more than)")]
    [InlineData("Components are available from only one source.", "Quantity \"one source\" 1 unit=source")]
    [InlineData("Apple employs 12 engineers.", "Quantity \"12 engineers\" 12 unit=engineers")]
    [InlineData("Last year we had 12 directors.", "Quantity \"12 directors\" 12 unit=directors")]
    public void Quantity(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("A failure by one of our suppliers may delay us.")]
    [InlineData("Systems construction revenues, a one-time revenue, fluctuate.")]
    [InlineData("When any one or more of these risks materialize, we suffer.")]
    [InlineData("The loss of any one of whom could hurt us.")]
    [InlineData("It is the one that matters.")]
    [InlineData("The economy moved to one based on free market principles.")]
    [InlineData("Please see Item 5, “Operating and Financial Review and Prospects” for more.")]
    [InlineData("See Item 3.D of this report.")]
    [InlineData("See Note 12 to our consolidated financial statements.")]
    [InlineData("See Note 10 to our consolidated financial statements.")]
    [InlineData("This annual report on Form 20-F is filed.")]
    [InlineData("This Form 10-K is filed.")]
    [InlineData("IIJ-Global mainly succeeded the business.")]
    [InlineData("Networks such as IPv6 and cloud computing grow.")]
    [InlineData("We comply with Section 404 of the Act.")]
    [InlineData("The COVID-19 pandemic hurt demand.")]
    [InlineData("The M23 rebel group took over the city.")]
    [InlineData("See page 12 for details.")]
    [InlineData("4")]
    [InlineData("Apple Inc. | 2024 Form 10-K | 5")]
    [InlineData("The director, aged 45, resigned.")]
    [InlineData("The director is 45 years old.")]
    [InlineData("A 45-year-old director resigned.")]
    [InlineData("The auditor’s report in respect of the Company’s 2015 annual consolidated financial statements.")]
    [InlineData("We operate on a day-to-day basis.")]
    [InlineData("Scores range from 1 to 5 in the survey.")]
    [InlineData("Budgets of which many ends in March.")]
    [InlineData("one one one one")]
    [InlineData("Industry standards including the Ethereum 2.0 merge have reduced demand.")]
    [InlineData("Products include the H100, L40S, and RTX 6000 Ada.")]
    [InlineData("Countries have enacted elements of the Pillar Two rules.")]
    [InlineData("Most countries get Tier 2 status.")]
    public void NotFigures(string text) => Assert.Equal(string.Empty, Scan(text));

    [Theory]
    [InlineData("As of September 17, 2010, we had no debt.", "Date \"September 17, 2010\" date=2010-09-17")]
    [InlineData("On 17 September 2010 we listed.", "Date \"17 September 2010\" date=2010-09-17")]
    [InlineData("The loans will end in August 2011.", "Date \"August 2011\" date=2011-08")]
    [InlineData("It was established in July 2007.", "Date \"July 2007\" date=2007-07")]
    [InlineData("It was established in 2007.", "Date \"2007\" date=2007")]
    [InlineData("In 2000 AEGON discontinued hedging.", "Date \"2000\" date=2000")]
    [InlineData("It has grown since 1998, and it will grow until 2030.", "Date \"1998\" date=1998 ; Date \"2030\" date=2030")]
    [InlineData("On Sept. 5, 2010 we listed.", "Date \"Sept. 5, 2010\" date=2010-09-05")]
    [InlineData("On May 11, 2007, IIJ issued stock.", "Date \"May 11, 2007\" date=2007-05-11")]
    [InlineData("The balance as of March 31, 2010 was small.", "Date \"March 31, 2010\" date=2010-03-31")]
    [InlineData("It grew in 2000 employees strong.", "")]
    public void Dates(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("Net loss for the fiscal year ended March 31, 2010 grew.", "FiscalPeriod \"fiscal year ended March 31, 2010\" period=FiscalYear/12 end=2010-03-31")]
    [InlineData("We expect growth in the fiscal year ending March 31, 2011.", "FiscalPeriod \"fiscal year ending March 31, 2011\" period=FiscalYear/12 end=2011-03-31")]
    [InlineData("Carryforwards expire in the period ending March 31, 2011.", "FiscalPeriod \"period ending March 31, 2011\" period=Period/ end=2011-03-31")]
    [InlineData("Revenue grew in the six months ended September 30, 2010.", "FiscalPeriod \"six months ended September 30, 2010\" period=Months/6 end=2010-09-30")]
    [InlineData("Revenue grew in the three months ended June 30, 2010.", "FiscalPeriod \"three months ended June 30, 2010\" period=Months/3 end=2010-06-30")]
    [InlineData("Revenue grew in the quarter ended June 30, 2010.", "FiscalPeriod \"quarter ended June 30, 2010\" period=Quarter/3 end=2010-06-30")]
    [InlineData("Revenue grew in fiscal 2009.", "FiscalPeriod \"fiscal 2009\" period=FiscalYear/12 end=2009")]
    [InlineData("Revenue grew in fiscal year 2010.", "FiscalPeriod \"fiscal year 2010\" period=FiscalYear/12 end=2010")]
    [InlineData("Revenue grew in FY2010.", "FiscalPeriod \"FY2010\" period=FiscalYear/12 end=2010")]
    [InlineData("Revenue grew in FY 2010.", "FiscalPeriod \"FY 2010\" period=FiscalYear/12 end=2010")]
    [InlineData("The loss for the year ended December 31, 2015 grew.", "FiscalPeriod \"year ended December 31, 2015\" period=FiscalYear/12 end=2015-12-31")]
    [InlineData("Revenue grew in calendar 2010.", "FiscalPeriod \"calendar 2010\" period=CalendarYear/12 end=2010")]
    [InlineData("Revenue grew in the fourth quarter of fiscal 2010.", "FiscalPeriod \"fourth quarter of fiscal 2010\" period=Quarter/3 end=2010")]
    [InlineData("Revenues for the fiscal years ended March 31, 2009 and 2010 grew.", "FiscalPeriod \"fiscal years ended March 31, 2009\" period=FiscalYear/12 end=2009-03-31 ; FiscalPeriod \"2010\" period=FiscalYear/12 end=2010-03-31")]
    [InlineData("Revenue grew in the six months ended September 30, 2010 and 2009.", "FiscalPeriod \"six months ended September 30, 2010\" period=Months/6 end=2010-09-30 ; FiscalPeriod \"2009\" period=Months/6 end=2009-09-30")]
    public void FiscalPeriods(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("IIJ conducted a 1 to 5 split of its shares.", "Ratio \"1 to 5 split\" 1:5 unit=split")]
    [InlineData("The shares trade at a ratio of 3:1 to the ADSs.", "Ratio \"3:1\" 3:1")]
    [InlineData("The board approved a two-for-one stock split.", "Ratio \"two-for-one stock split\" 2:1 unit=stock split")]
    [InlineData("The board approved a two-for-one exchange.", "Ratio \"two-for-one\" 2:1")]
    [InlineData("The board approved a 1-for-10 reverse split.", "Ratio \"1-for-10 reverse split\" 1:10 unit=reverse split")]
    [InlineData("Shares were exchanged at a ratio of 1 to 5.", "Ratio \"1 to 5\" 1:5")]
    public void Ratios(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Fact]
    public void DateInsideFiscalPeriodIsNotCountedTwice()
    {
        var figures = FigureScanner.Scan("During the fiscal year ended March 31, 2009, Trust Networks completed its field test.", FigureScanOptions.Default);
        var f = Assert.Single(figures);
        Assert.Equal(FigureKind.FiscalPeriod, f.Kind);
        Assert.Equal(new FigureDate(2009, 3, 31), f.Date);
    }

    [Fact]
    public void DayInDateIsNeverAQuantity()
    {
        var figures = FigureScanner.Scan("As of March 31, 2010, we had 12 directors.", FigureScanOptions.Default);
        Assert.DoesNotContain(figures, f => f.Kind == FigureKind.Quantity && (f.Value == 31 || f.Value == 2010));
        Assert.Equal(new[] { FigureKind.Date, FigureKind.Quantity }, figures.Select(f => f.Kind).ToArray());
    }

    [Fact]
    public void YenCurrencyIsConfigurable()
    {
        var options = new FigureScanOptions { YenCurrency = "CNY", DollarCurrency = "CAD" };
        var figures = FigureScanner.Scan("Revenue was ¥9.2 billion and costs were $3 million; US$2 stayed USD.", options);
        Assert.Equal(new[] { "CNY", "CAD", "USD" }, figures.Select(f => f.Currency).ToArray());
    }

    [Fact]
    public void SpanTextAndSentenceAreConsistent()
    {
        const string text = "Our business grew.  The acquisition price of IIJ-Global was ¥9.2 billion, and we borrowed an additional ¥9.0 billion.   Nothing else.";
        var figures = FigureScanner.Scan(text, FigureScanOptions.Default);
        Assert.Equal(2, figures.Count);
        foreach (var f in figures)
        {
            Assert.Equal(text.Substring(f.Start, f.Length), f.Text);
            Assert.Equal("The acquisition price of IIJ-Global was ¥9.2 billion, and we borrowed an additional ¥9.0 billion.", f.Sentence);
        }
    }

    [Theory]
    [InlineData("As of March 31, 2010, we had ¥5.2 billion of tax loss carryforwards.", "2010-03-31 \"As of March 31, 2010\"")]
    [InlineData("NTT owned 30.0% of IIJ's outstanding voting shares as of March 31, 2010.", "2010-03-31 \"as of March 31, 2010\"")]
    [InlineData("For the fiscal year ended March 31, 2010, 68.6% in costs was for NTT.", "2010-03-31 period \"For the fiscal year ended March 31, 2010\"")]
    [InlineData("We recorded ¥0.3 billion of losses in the fiscal year ended March 31, 2010.", "2010-03-31 period \"in the fiscal year ended March 31, 2010\"")]
    [InlineData("Trust Networks completed its test and as of August 2010, 140 ATMs are placed.", "2010-08 \"as of August 2010\"")]
    [InlineData("As of fiscal year ended March 31, 2010, we recorded accumulated net loss of ¥0.7 billion in i-revo.", "2010-03-31 period \"As of fiscal year ended March 31, 2010\"")]
    [InlineData("In February 2006, IIJ invested ¥0.8 billion in Internet Revolution Inc.", "-")]
    [InlineData("As of today, IIJ has invested a total of ¥1.8 billion in Trust Networks.", "-")]
    [InlineData("The balance at September 30, 2010 was $5 million.", "2010-09-30 \"at September 30, 2010\"")]
    public void AsOf(string text, string expected)
    {
        var money = FigureScanner.Scan(text, FigureScanOptions.Default).Single(f => f.Kind is FigureKind.Money or FigureKind.Percentage or FigureKind.Quantity);
        Assert.Equal(expected, FigureFormat.AsOf(money));
    }

    [Fact]
    public void AsOfThatDateRefersToTheDateBefore()
    {
        var figures = FigureScanner.Scan(
            "The Company produced a loss of US$2,417,247 for the year ended December 31, 2015, and, as of that date, the Company’s deficit was US$58,091,493.",
            FigureScanOptions.Default).Where(f => f.Kind == FigureKind.Money).ToArray();
        Assert.Equal("2015-12-31 period \"for the year ended December 31, 2015\"", FigureFormat.AsOf(figures[0]));
        Assert.Equal("2015-12-31 \"as of that date\"", FigureFormat.AsOf(figures[1]));
    }

    [Fact]
    public void AsOfDoesNotCrossSentences()
    {
        var figures = FigureScanner.Scan("As of March 31, 2010, revenue was ¥1 billion. Costs were ¥2 billion.", FigureScanOptions.Default)
            .Where(f => f.Kind == FigureKind.Money).ToArray();
        Assert.Equal(new FigureDate(2010, 3, 31), figures[0].AsOf);
        Assert.Null(figures[1].AsOf);
    }

    [Fact]
    public void DatesAndPeriodsHaveNoAsOf()
    {
        var figures = FigureScanner.Scan("As of March 31, 2010, for the fiscal year ended March 31, 2010, we had ¥1 billion.", FigureScanOptions.Default);
        Assert.All(figures.Where(f => f.Kind is FigureKind.Date or FigureKind.FiscalPeriod), f => Assert.Null(f.AsOf));
    }

    [Theory]
    [InlineData("The acquisition price of IIJ-Global was ¥9.2 billion, and to meet the funding we borrowed more.", "¥9.2 billion", "acquisition price of IIJ-Global")]
    [InlineData("We borrowed an additional ¥9.0 billion in short-term borrowings from Japanese banks.", "¥9.0 billion", "short-term borrowings")]
    [InlineData("NTT and its affiliates owned 30.0% of IIJ's outstanding voting shares as of March 31, 2010.", "30.0%", "outstanding voting shares")]
    [InlineData("It serves approximately 1,600 customers.", "approximately 1,600 customers", "customers")]
    [InlineData("IIJ has invested a total of ¥1.8 billion in Trust Networks (74.2% share ownership).", "74.2%", "share ownership")]
    [InlineData("For the fiscal year ended March 31, 2010, it had ¥0.2 billion of revenues and ¥1.0 billion of operating loss.", "¥0.2 billion", "revenues")]
    [InlineData("For the fiscal year ended March 31, 2010, it had ¥0.2 billion of revenues and ¥1.0 billion of operating loss.", "¥1.0 billion", "operating loss")]
    [InlineData("Our net loss for the fiscal year ended March 31, 2003 was ¥15.6 billion, the highest net loss.", "¥15.6 billion", "net loss")]
    [InlineData("As of March 31, 2010, we had tax operating loss carryforwards related to consolidated corporate tax of ¥5.2 billion.", "¥5.2 billion", "tax operating loss carryforwards")]
    [InlineData("As of March 31, 2010, we had deferred tax asset (current) of ¥1.6 billion.", "¥1.6 billion", "deferred tax asset (current)")]
    [InlineData("We recorded net impairment losses of ¥0.3 billion on equity securities.", "¥0.3 billion", "net impairment losses")]
    [InlineData("We recorded ¥0.8 billion of deferred tax expenses for the fiscal year ended March 31, 2010.", "¥0.8 billion", "deferred tax expenses")]
    [InlineData("The Company’s accumulated deficit was $58,091,493.", "$58,091,493", "accumulated deficit")]
    [InlineData("The Company had a working capital deficit of US$1,626,788 which casts doubt.", "US$1,626,788", "working capital deficit")]
    [InlineData("We expect to record an estimated amount of around ¥6 billion intangible assets related to IIJ-Global.", "around ¥6 billion", "intangible assets")]
    [InlineData("Intangible assets estimated of around ¥6 billion will be recorded from this acquisition.", "around ¥6 billion", "Intangible assets")]
    [InlineData("¥2.8 billion was intangible assets not subject to amortization such as ¥1.7 billion related to IIJ-Tech.", "¥1.7 billion", "intangible assets not subject to amortization")]
    [InlineData("IIJ invested ¥0.8 billion in Internet Revolution Inc.", "¥0.8 billion", "invested in Internet Revolution Inc")]
    [InlineData("Approximately 40% of net sales came from the Americas.", "Approximately 40%", "net sales")]
    [InlineData("The Company repurchased $95.0 billion of its common stock and paid dividends of $15.2 billion.", "$15.2 billion", "dividends")]
    [InlineData("Revenue rose sharply.  It rose by ¥5 billion.", "¥5 billion", null)]
    public void Label(string text, string figure, string? expected)
    {
        var f = FigureScanner.Scan(text, FigureScanOptions.Default).Single(x => x.Text == figure);
        Assert.Equal(expected, f.Label);
    }
}
