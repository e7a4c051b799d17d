using System;
using System.IO;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Infrastructure;

/// <summary>The filings tests run the generator on: the real seed and small hand-written ones.</summary>
public static class TestFilings
{
    /// <summary>The seed's path in the project, as the generator sees it.</summary>
    public const string SeedPath = "filings/iij-20f-2010.md";

    /// <summary>Right-to-left override, U+202E.</summary>
    public const string RightToLeftOverride = "\u202E";

    /// <summary>Zero-width space, U+200B.</summary>
    public const string ZeroWidthSpace = "\u200B";

    /// <summary>The real filing (Internet Initiative Japan, Form 20-F for FY2010), read in filings/.</summary>
    public static string Seed() => File.ReadAllText(RepositoryPaths.Seed);

    /// <summary>One risk factor in each emphasis style, with bullet lists in the bodies.</summary>
    public const string EmphasisStyles = """
        # Item 3. Key Information

        **D. Risk Factors.**

        ***We may lose customers if our network fails.***

        Our network carries all of our customers' traffic. An outage could lead to:

        - customers cancelling their contracts,
        - claims for damages, and
        - harm to our reputation.

        **Competition in our markets may reduce our prices.**

        We compete with carriers that are larger than we are.

        *Changes in exchange rates could reduce our reported revenues.*

        Most of our costs are in yen, while some of our revenues are in dollars.

        _Our largest shareholder may act against the interests of other shareholders._

        Our largest shareholder holds 30% of our shares. It can:

        - block special resolutions at shareholders' meetings, and
        - appoint two of our eight directors.

        The interests of our largest shareholder may differ from yours.
        """;

    /// <summary>A filing with categories and an italic, several-sentence introduction before its first risk factor.</summary>
    public const string CategoriesAndIntroduction = """
        **D. Risk Factors.**

        *You should carefully consider the risks described below before making an investment decision. Any of these risks could harm our business. The trading price of our shares could decline because of any of them.*

        **Risks Related to Our Business**

        ***We depend on a small number of customers for most of our revenues.***

        Our ten largest customers accounted for 41% of our revenues.

        ***We may not be able to protect our intellectual property.***

        We rely on trade secrets and contracts to protect our technology.

        **Risks Related to Our Shares**

        ***The market price of our shares may be volatile.***

        The price of our shares has fluctuated widely.
        """;

    /// <summary>
    /// Titles and bodies that would break generated code if written raw: comment and string ends,
    /// braces, XML doc tags, a directive, '@', a keyword, digits only, a bidi override and a zero-width space.
    /// </summary>
    public static readonly string Hostile = """"
        **D. Risk Factors.**

        ***Comments end here \*/ and start again /\* in a title***

        A body that closes a comment \*/ and opens one /\* too.

        ***Quotes " and triple quotes """ in a title***

        A body with "quotes" and """raw""" quotes.

        ***Backslashes \ and C:\Temp\new and an escaped \\ in a title***

        A body ending in a backslash \

        ***Braces { and } and {0} and {{ in a title***

        A body with {braces}.

        ***Doc comment breakers \</summary> and &lt;/remarks&gt; and <!-- in a title***

        A body with \</para> and &lt;![CDATA[ and --> in it.

        ***#if DEBUG***

        #if DEBUG

        #endregion

        A body whose paragraphs start like directives.

        ***@***

        A body about the at sign: @"verbatim" and @class.

        ***class***

        A title that is a C# keyword.

        ***1234567890***

        A title of digits only.

        ***Bidirectional [[RLO]]override and zero[[ZWSP]]width characters***

        A body with [[RLO]]reversed text and a zero[[ZWSP]]width space.
        """".Replace("[[RLO]]", RightToLeftOverride, StringComparison.Ordinal).Replace("[[ZWSP]]", ZeroWidthSpace, StringComparison.Ordinal);
}
