using System.Collections.Generic;
using System.Linq;
using TypedFiling.Parsing.Naming;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Naming;

public sealed class NamingTests
{
    [Theory]
    [InlineData("We may not be able to compete effectively, especially against competitors with greater financial, marketing and other resources.", "CompeteEffectively")]
    [InlineData("If we fail to attract and retain qualified personnel, we may not be able to achieve our expected business growth.", "AttractRetainQualifiedPersonnel")]
    [InlineData("Our business may be adversely affected if our network suffers interruptions, errors or delays.", "NetworkSuffersInterruptions")]
    [InlineData("In the event we need to raise capital, we may issue additional shares of IIJ's common stock.", "RaiseCapital")]
    [InlineData("NTT, IIJ's largest shareholder, could exercise substantial influence over us.", "NttIijLargestShareholder")]
    [InlineData("Business growth and a rapidly changing operating environment may strain our limited resources.", "BusinessGrowthChangingOperatingEnvironment")]
    [InlineData("We may have an impairment loss as a result of an impairment test on the intangible assets.", "ImpairmentLoss")]
    [InlineData("Should we fail to protect our intellectual property, our brand could suffer.", "ProtectIntellectualProperty")]
    [InlineData("Our stock price may be volatile.", "StockPrice")]
    [InlineData("We face intense competition.", "FaceIntenseCompetition")]
    [InlineData("The Société Générale facility may be terminated.", "SocieteGeneraleFacility")]
    [InlineData("We must attract, retain, and motivate key talent.", "AttractRetainMotivateKeyTalent")]
    [InlineData("Terrorism, war, and other events may harm our business, operating results and financial condition.", "TerrorismWarEvents")]
    [InlineData("Managing a complex, global IT infrastructure exposes us to a variety of risks that could negatively impact our business.", "ManagingComplexGlobalInfrastructure")]
    [InlineData("We may be required to defend or insure against product liability claims.", "DefendInsureProductLiabilityClaims")]
    [InlineData("We are required to make servicing advances that can be subject to delays in recovery.", "MakeServicingAdvances")]
    [InlineData("Conflicts of interest, or the appearance of conflicts of interest, may arise because certain of our directors serve elsewhere.", "ConflictsInterestAppearance")]
    [InlineData("Holders of our common stock and preferred stock may be diluted.", "HoldersCommonStockPreferredStock")]
    public void Names_a_risk_factor_from_the_content_words_of_its_heading(string title, string expected)
    {
        Assert.Equal(expected, Identifiers.ToPascalCase(RiskFactorNamer.NameWords(title)));
    }

    [Theory]
    [InlineData("The Company depends on the performance of carriers, wholesalers, retailers and other resellers.", null, "DependsPerformanceCarriers")]
    [InlineData("The Company\u2019s retail stores are subject to numerous risks and uncertainties.", null, "RetailStoresSubjectNumerousRisks")]
    [InlineData("The Company is exposed to credit risk and fluctuations in the values of its investment portfolio.", null, "ExposedCreditRisk")]
    [InlineData("Our failure to evaluate and pay claims accurately could adversely affect our business.", null, "EvaluatePayClaims")]
    [InlineData("Changes in government regulations in the countries in which AEGON operates may affect profitability.", "AEGON N.V.", "ChangesGovernmentRegulationsCountries")]
    [InlineData("Apple\u2019s retail stores are subject to numerous risks.", "Apple Inc.", "RetailStoresSubjectNumerousRisks")]
    [InlineData("The Company\u2019s business is subject to a variety of U.S. and international laws.", null, "BusinessSubjectUsInternationalLaws")]
    [InlineData("In the past, the U.S. Government has imposed tariffs on products manufactured in China.", null, "UsGovernmentImposedTariffsProducts")]
    [InlineData("Risks of section C of our plan may harm us.", null, "RisksSectionPlan")]
    [InlineData("A company we invest in may fail.", null, "CompanyInvest")]
    public void The_filers_self_reference_and_single_letters_are_not_content(string title, string? company, string expected)
    {
        title = System.Text.RegularExpressions.Regex.Unescape(title);
        Assert.Equal(expected, Identifiers.ToPascalCase(RiskFactorNamer.NameWords(title, company)));
    }

    /// <summary>
    /// Names of whole filings' headings (tests/Data/edgar) that said little or repeated themselves before (issue 23): the
    /// old name, what the heading says, and the name now.
    /// </summary>
    [Theory]
    [InlineData("Operations", "Our operations can be difficult to predict because our operating results may fluctuate in future periods.", "OperationsDifficultPredict")]
    [InlineData("FailureObtain", "Failure to obtain or create digital content that appeals to the Company\u2019s customers, or to make such content available on commercially reasonable terms, could have a material adverse impact on the Company\u2019s business.", "ObtainCreateDigitalContentAppeals")]
    [InlineData("FailureProtect", "Failure to adequately protect or enforce our intellectual property rights could adversely affect our business.", "ProtectEnforceIntellectualPropertyRights")]
    [InlineData("FailureProtect", "Failure to adequately protect, or disputes relating to, trademarks, formulas and other intellectual property rights could harm our business.", "ProtectTrademarks")]
    [InlineData("DefaultFailureOne", "Default by or failure of one or more of our counterparty financial institutions could cause us to incur significant losses.", "DefaultFailureCounterpartyFinancialInstitutions")]
    [InlineData("EntranceNew", "Entrance into new or developing markets exposes us to additional competition and will likely increase demands on our service and support operations.", "EntranceNewDevelopingMarkets")]
    [InlineData("Hire", "If we fail to hire, train, manage, and retain qualified associates or corporate support staff with the capabilities of delivering a high level of customer service, our results of operations could be adversely affected.", "HireTrainManage")]
    [InlineData("TimeTimeEngageRefranchisingActivities", "We may from time to time engage in refranchising activities or divestitures of certain brands or businesses, which could adversely affect our business and results of operations.", "EngageRefranchisingActivitiesDivestituresBrands")]
    [InlineData("ConversionsClassClassCommonStock", "The conversions of our class B and class C common stock or series A, B and C preferred stock into shares of class A common stock would result in voting dilution to, and could adversely impact the market price of, our class A common stock.", "ConversionsCommonStock")]
    [InlineData("HoldersClassB1", "Holders of our class B-1, B-2 and C common stock and series A, B and C preferred stock may have different interests than our class A common stockholders concerning certain significant transactions.", "HoldersCommonStockPreferredStock")]
    [InlineData("Business", "Our business may be adversely affected by any disruptions caused by union activities.", "DisruptionsCausedUnionActivities")]
    [InlineData("Guarantee", "There is no guarantee that we will have sufficient cash flow from our business to pay our indebtedness or that we will not incur additional indebtedness.", "SufficientCashFlowBusinessPay")]
    [InlineData("Expects", "The Company expects that it will be considered a passive foreign investment company or \"PFIC\".", "ConsideredPassiveForeignInvestmentCompany")]
    [InlineData("Engaged", "We have engaged in, and in the future may engage in, strategic acquisitions and other arrangements that could disrupt our business.", "EngagedStrategicAcquisitionsArrangements")]
    [InlineData("Pursued", "We have pursued and may continue to pursue acquisitions, joint ventures, or other growth opportunities, which could present unforeseen integration obstacles or costs.", "PursueAcquisitions")]
    [InlineData("InternationalOperationsExposeNumberRisks", "Our International Operations Expose Us to a Number of Risks", "InternationalOperations")]
    [InlineData("FinancialPositionCashFlows", "Our business could suffer, and our results of operations, financial position and cash flows could be materially and adversely affected, if we fail to successfully manage our strategic alliances.", "ManageStrategicAlliances")]
    public void Idioms_class_letters_failures_and_generic_subjects_give_way_to_what_the_heading_says(string before, string title, string expected)
    {
        Assert.NotEqual(before, Identifiers.ToPascalCase(RiskFactorNamer.NameWords(title)));
        Assert.Equal(expected, Identifiers.ToPascalCase(RiskFactorNamer.NameWords(title)));
    }

    [Theory]
    [InlineData("U.S. export controls", "US", true)]
    [InlineData("the U.K. market", "UK", true)]
    [InlineData("in the U.S", "US", true)]
    [InlineData("A. Risk Factors", "A", false)]
    public void Dotted_letters_are_one_word(string text, string word, bool abbreviation)
    {
        var found = Words.Split(text).First(w => w.Text == word);
        Assert.Equal(abbreviation, found.IsAbbreviation);
    }

    [Fact]
    public void A_clash_takes_the_next_content_word_never_a_one_letter_or_self_reference_one()
    {
        var used = RiskFactorNamer.NameWords("The Company is exposed to credit risk on its trade accounts receivable.");
        Assert.Equal(new[] { "exposed", "credit", "risk", "trade", "accounts" }, used);
        Assert.Equal(new[] { "receivable" }, RiskFactorNamer.RemainingWords("The Company is exposed to credit risk on its trade accounts receivable.", used));
        Assert.DoesNotContain("C", RiskFactorNamer.RemainingWords("Credit risk of plan C.", new List<string> { "Credit", "Risk" }));
    }

    [Fact]
    public void Names_have_at_most_five_words()
    {
        var words = RiskFactorNamer.NameWords("The amounts and timing of recognition of deferred tax benefits or expenses related to tax operating loss carryforwards may adversely affect our financial results.");
        Assert.Equal(new[] { "amounts", "timing", "recognition", "deferred", "tax" }, words);
    }

    [Fact]
    public void The_seed_gets_its_18_names()
    {
        var model = FilingParser.Parse(System.IO.File.ReadAllText(RepositoryPaths.Seed), FilingOptions.ForPath("filings/iij-20f-2010.md")).Model;
        Assert.Equal(
            new[]
            {
                "MaintainCurrentLevelRevenuesProfits", "CompeteEffectively", "InvestmentsSubsidiariesEquityMethodInvestees",
                "SystemsIntegrationRevenuesFluctuate", "ImpairmentLoss", "AttractRetainQualifiedPersonnel", "NetworkSuffersInterruptions",
                "KeepManageConfidentialCustomerInformation", "BusinessGrowthChangingOperatingEnvironment", "KeepRapidTechnologicalChangesIndustry",
                "DependExecutiveOfficers", "AmountsTimingRecognitionDeferredTax", "FluctuationsStockPricesCompanies", "NttIijLargestShareholder",
                "RelyTelecommunicationsCarriersSuppliers", "RegulatoryMattersNewLegislation", "NamedDefendantsLitigation", "RaiseCapital",
            },
            model.RiskFactors.Select(r => r.Name));
        Assert.Equal("compete-effectively", model.RiskFactors[1].Id);
        Assert.Equal("Iij20F2010", model.ClassName);
    }

    [Theory]
    [InlineData("iij-20f-2010.md", "Iij20F2010")]
    [InlineData("filings/apple_10k_2024.md", "Apple10K2024")]
    [InlineData("C:\\filings\\2010-report.md", "Filing2010Report")]
    [InlineData("class.md", "Class")]
    [InlineData("---.md", "FilingFiling")]
    [InlineData("filing.md", "FilingFiling")]
    [InlineData("risk-factors.md", "RiskFactorsFiling")]
    [InlineData("Risk_Factors.htm", "RiskFactorsFiling")]
    [InlineData("all.md", "All")]
    [InlineData("figures.md", "Figures")]
    public void Names_a_filing_class_after_its_file(string path, string expected)
    {
        Assert.Equal(expected, FilingClassName.FromPath(path));
    }

    [Fact]
    public void Clashing_names_are_made_unique_the_same_way_every_time()
    {
        var text = "**We face competition.**\n\nBody one.\n\n**We face competition.**\n\nBody two.\n\n**We face competition in Japan.**\n\nBody three.\n";
        var names = FilingParser.Parse(text, FilingOptions.ForPath("x.md")).Model.RiskFactors.Select(r => r.Name).ToArray();
        Assert.Equal(new[] { "FaceCompetition", "FaceCompetition2", "FaceCompetitionJapan" }, names);
        Assert.Equal(names, FilingParser.Parse(text, FilingOptions.ForPath("x.md")).Model.RiskFactors.Select(r => r.Name));
    }

    [Theory]
    [InlineData("**12345**", "Risk12345")]
    [InlineData("**!!!**", "RiskFactor1")]
    [InlineData("**Categories**", "Categories")]
    [InlineData("**Figures**", "Figures2")]
    [InlineData("**Info**", "Info2")]
    [InlineData("**X**", "RiskFactor1")]
    public void Titles_that_name_nothing_usable_still_give_valid_unique_identifiers(string heading, string expected)
    {
        var riskFactor = Assert.Single(FilingParser.Parse(heading + "\n\nBody.\n", FilingOptions.ForPath("x.md")).Model.RiskFactors);
        Assert.Equal(expected, riskFactor.Name);
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("Class", "Class")]
    [InlineData("2010Report", "R2010Report")]
    [InlineData("", "R")]
    public void Valid_identifiers_escape_keywords_and_leading_digits(string pascal, string expected)
    {
        Assert.Equal(expected, Identifiers.Valid(pascal, "R"));
    }
}
