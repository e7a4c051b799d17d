using System;
using TypedFiling;
using TypedFiling.Sample.Filings;

// Every filing in filings/ is compiled into a class; this prints what the generated types hold.
Filing[] filings = { Iij20F2010.Filing };

foreach (var filing in filings)
{
    Console.WriteLine(filing);
    foreach (var section in filing.Sections)
    {
        Console.WriteLine($"  Section {section.Title}");
    }

    foreach (var riskFactor in filing.RiskFactors)
    {
        Console.WriteLine($"  {riskFactor.Number,2}. {riskFactor.Name}: {riskFactor.Title}");
    }

    Console.WriteLine();
}

// Referenced by its generated name: this line stops compiling if a new filing drops the risk factor.
Console.WriteLine($"Risk factor {Iij20F2010.RiskFactors.CompeteEffectively.Number} ({Iij20F2010.RiskFactors.CompeteEffectively.Id}), from {Iij20F2010.Filing.SourcePath} line {Iij20F2010.RiskFactors.CompeteEffectively.Info.Location.Line}:");
Console.WriteLine($"  {Iij20F2010.RiskFactors.CompeteEffectively.Title}");
