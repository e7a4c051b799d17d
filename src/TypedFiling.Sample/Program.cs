using System;
using TypedFiling;
using TypedFiling.Sample.Filings;

// Every filing in filings/ is compiled into a class; the catalog lists them all.
foreach (var filing in FilingCatalog.All)
{
    Console.WriteLine(filing);
    foreach (var section in filing.Sections)
    {
        Console.WriteLine($"  Section {section.Title}");
    }

    foreach (var riskFactor in filing.RiskFactors)
    {
        Console.WriteLine($"  {riskFactor.Number,2}. {riskFactor.Name}: {riskFactor.Title}");
        foreach (var figure in riskFactor.Figures)
        {
            Console.WriteLine($"        {figure.Kind,-12} {figure.Name,-45} {figure.Text}{AsOf(figure)}");
        }
    }

    Console.WriteLine();
}

// Referenced by generated names: these lines stop compiling if a new filing drops what they use.
var competition = Iij20F2010.RiskFactors.CompeteEffectively.Info;
Console.WriteLine($"Risk factor {competition.Number} ({competition.Id}), {Iij20F2010.Filing.SourcePath} line {competition.Location.Line}:");
Console.WriteLine($"  {Iij20F2010.RiskFactors.CompeteEffectively.Title}");

var price = Iij20F2010.RiskFactors.InvestmentsSubsidiariesEquityMethodInvestees.Figures.AcquisitionPriceOfIijGlobal;
Console.WriteLine($"Acquisition price of IIJ-Global: {price.Amount:N0} {price.Currency} (written \"{price.Text}\")");

// Inline XBRL facts: one member per concept; periods and dimensions are looked up.
var revenue = Nvidia10K2024Full.Facts.UsGaap.Revenues;
Console.WriteLine();
Console.WriteLine($"{revenue.Name} of {Nvidia10K2024Full.Filing.Company}, {Nvidia10K2024Full.Filing.Facts.Count:N0} facts in {Nvidia10K2024Full.Filing.Concepts.Count:N0} concepts:");
Console.WriteLine($"  current (FY{revenue.Current?.FiscalYear}, {revenue.Current?.Period}): {revenue.Current?.Value:N0} {revenue.Current?.Unit}");
Console.WriteLine($"  prior   (FY{revenue.Prior?.FiscalYear}, {revenue.Prior?.Period}): {revenue.Prior?.Value:N0}");
Console.WriteLine($"  fiscal 2022: {revenue.ForFiscalYear(2022)?.Value:N0}");
Console.WriteLine($"  data center, current: {revenue.ForMember("srt:ProductOrServiceAxis", "nvda:DataCenterMember").Current?.Value:N0}");
Console.WriteLine($"  total assets at 2024-01-28: {Nvidia10K2024Full.Facts.UsGaap.Assets.At(new DateTime(2024, 1, 28))?.Value:N0}");

static string AsOf(Figure figure) => figure.AsOf is { } date ? (figure.AsOfIsPeriod ? $"  [period ending {date}]" : $"  [as of {date}]") : string.Empty;
