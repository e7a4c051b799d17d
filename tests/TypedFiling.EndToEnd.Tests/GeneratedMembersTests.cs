using System.Linq;
using TypedFiling.EndToEnd.Tests.Filings;

namespace TypedFiling.EndToEnd.Tests;

/// <summary>
/// Compiled against the code the generator made from filings/: every member used here is checked by
/// the compiler, so a filing that drops or renames a risk factor fails this project's build.
/// </summary>
public sealed class GeneratedMembersTests
{
    [Fact]
    public void Constants_hold_the_filings_own_words()
    {
        Assert.Equal("We may not be able to compete effectively, especially against competitors with greater financial, marketing and other resources.", Iij20F2010.RiskFactors.CompeteEffectively.Title);
        Assert.Equal("compete-effectively", Iij20F2010.RiskFactors.CompeteEffectively.Id);
        Assert.Equal(2, Iij20F2010.RiskFactors.CompeteEffectively.Number);
        Assert.StartsWith("The major competitors of our connectivity and outsourcing services", Iij20F2010.RiskFactors.CompeteEffectively.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Constants_are_compile_time_constants()
    {
        // Only constants may appear in a switch case: this line is the proof.
        var label = "raise-capital" switch
        {
            Iij20F2010.RiskFactors.RaiseCapital.Id => "dilution",
            _ => "other",
        };
        Assert.Equal("dilution", label);
    }

    [Fact]
    public void The_filing_enumerates_its_risk_factors_in_order()
    {
        var filing = Iij20F2010.Filing;
        Assert.Equal(18, filing.RiskFactors.Count);
        Assert.Same(Iij20F2010.RiskFactors.All, filing.RiskFactors);
        Assert.Equal(Enumerable.Range(1, 18), filing.RiskFactors.Select(r => r.Number));
        Assert.Same(Iij20F2010.RiskFactors.MaintainCurrentLevelRevenuesProfits.Info, filing.RiskFactors[0]);
        Assert.Same(Iij20F2010.RiskFactors.RaiseCapital.Info, filing.RiskFactors[17]);
        Assert.Equal("20-F", filing.Form);
        Assert.Equal("Iij20F2010", filing.Name);
        Assert.EndsWith("filings/iij-20f-2010.md", filing.SourcePath, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Info_carries_the_heading_location_in_the_filing()
    {
        var info = Iij20F2010.RiskFactors.CompeteEffectively.Info;
        Assert.Equal(38, info.Location.Line);
        Assert.Equal(2, info.Location.Column);
        Assert.Equal(Iij20F2010.RiskFactors.CompeteEffectively.Title, info.Title);
        Assert.Equal("CompeteEffectively", info.Name);
        Assert.Same(info, Iij20F2010.Filing.FindRiskFactor("compete-effectively"));
    }

    [Fact]
    public void Sections_hold_the_text_outside_risk_factors()
    {
        var sections = Iij20F2010.Filing.Sections;
        Assert.Equal(new[] { "B. Capitalization and Indebtedness.", "C. Reasons for the Offer and Use of Proceeds.", "D. Risk Factors." }, sections.Select(s => s.Title));
        Assert.StartsWith("You should carefully consider", sections[2].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_values_compare_by_value_and_print_usefully()
    {
        var info = Iij20F2010.RiskFactors.RaiseCapital.Info;
        var copy = new RiskFactor(info.Number, info.Id, info.Name, info.Title, info.Text, info.Category, info.Location, info.Figures);
        Assert.Equal(info, copy);
        Assert.Equal(info.GetHashCode(), copy.GetHashCode());
        Assert.StartsWith("18. In the event we need to raise capital", info.ToString(), System.StringComparison.Ordinal);
        Assert.StartsWith("Iij20F2010: Form 20-F, fiscal year ended 2010-03-31, 18 risk factors", Iij20F2010.Filing.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_lists_cannot_be_changed()
    {
        var list = Assert.IsAssignableFrom<System.Collections.Generic.IList<RiskFactor>>(Iij20F2010.RiskFactors.All);
        Assert.True(list.IsReadOnly);
        Assert.Throws<System.NotSupportedException>(() => list[0] = list[1]);
    }
}
