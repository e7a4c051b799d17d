using System.Collections.Generic;
using TypedFiling.Parsing.Naming;

namespace TypedFiling.Parsing.Shape;

/// <summary>
/// The shape of the generated code, as names: the members the emitters write into each class, the names
/// no filing, risk factor or figure may take in each scope, and the hint-name rule. The emitters write
/// these constants and the naming code reserves them, so the two cannot drift apart (CS0542: a class may
/// not share its name with one of its members).
/// </summary>
/// <remarks>
/// A new generated member is one constant here and one entry in its scope's list; the compile tests
/// reflect over the generated types and fail when a member is written that is not listed.
/// </remarks>
internal static class GeneratedShape
{
    /// <summary>The filing class's property holding the whole filing as a runtime value.</summary>
    public const string FilingProperty = "Filing";

    /// <summary>The filing class's nested class holding one class per risk factor.</summary>
    public const string RiskFactorsClass = "RiskFactors";

    /// <summary>The list of every risk factor (in <see cref="RiskFactorsClass"/>) or figure (in <see cref="FiguresClass"/>).</summary>
    public const string AllProperty = "All";

    /// <summary>A risk factor class's stable id.</summary>
    public const string IdConstant = "Id";

    /// <summary>A risk factor class's number in the filing.</summary>
    public const string NumberConstant = "Number";

    /// <summary>A risk factor class's title.</summary>
    public const string TitleConstant = "Title";

    /// <summary>A risk factor class's body text.</summary>
    public const string TextConstant = "Text";

    /// <summary>A risk factor class's runtime value.</summary>
    public const string InfoProperty = "Info";

    /// <summary>A risk factor class's nested class of figures.</summary>
    public const string FiguresClass = "Figures";

    /// <summary>The filing class's nested class of inline XBRL facts, where the filing has any.</summary>
    public const string FactsClass = "Facts";

    /// <summary>The facts class's name in a filing class that is itself called <see cref="FactsClass"/>.</summary>
    public const string FactsClassFallback = "XbrlFacts";

    /// <summary>
    /// The filing class's private constant holding the filing's table (sections, risk factors, figures, facts), which
    /// <see cref="FilingProperty"/> is read from. The namers never begin a name with an underscore, so nothing can hide it.
    /// </summary>
    public const string TableConstant = "__Table";

    /// <summary>The facts class's private method that a concept's member reads its <c>TypedFiling.Concept</c> with.</summary>
    public const string ConceptMethod = "__Concept";

    /// <summary>The class listing every filing of the assembly, in the project's default namespace.</summary>
    public const string CatalogClass = "FilingCatalog";

    /// <summary>The hint name of the catalog's source.</summary>
    public const string CatalogHintName = "TypedFiling." + CatalogClass + ".g.cs";

    /// <summary>The members of a filing's class.</summary>
    public static IReadOnlyList<string> FilingMembers { get; } = new[] { FilingProperty, RiskFactorsClass, TableConstant };

    /// <summary>
    /// The alias a filing's source names the runtime's namespace by (<c>using __TF = global::TypedFiling;</c>, first in its
    /// namespace): a class of that namespace of the same name would conflict with it (CS0576).
    /// </summary>
    public const string RuntimeAlias = "__TF";

    /// <summary>The names a filing's class may not have: its own members' and the alias beside it.</summary>
    public static IReadOnlyList<string> ReservedClassNames { get; } = new[] { FilingProperty, RiskFactorsClass, TableConstant, RuntimeAlias };

    /// <summary>The members of the <see cref="RiskFactorsClass"/> class besides the risk factors' classes.</summary>
    public static IReadOnlyList<string> RiskFactorsMembers { get; } = new[] { AllProperty };

    /// <summary>The members of each risk factor's class.</summary>
    public static IReadOnlyList<string> RiskFactorMembers { get; } = new[] { IdConstant, NumberConstant, TitleConstant, TextConstant, InfoProperty, FiguresClass };

    /// <summary>The members of each <see cref="FiguresClass"/> class besides the figures.</summary>
    public static IReadOnlyList<string> FiguresMembers { get; } = new[] { AllProperty };

    /// <summary>The name of the facts class inside the filing class <paramref name="filingClassName"/> (never its own name: CS0542).</summary>
    public static string FactsClassName(string filingClassName) => filingClassName == FactsClass ? FactsClassFallback : FactsClass;

    /// <summary>The hint name of a filing's source: unique per namespace and class, and path-safe.</summary>
    public static string HintName(string @namespace, string className) => @namespace + "." + className + ".g.cs";

    /// <summary>Whether a filing's class may be called <paramref name="className"/>: not after one of its own members.</summary>
    public static bool IsFilingClassName(string className) => !Contains(ReservedClassNames, className);

    /// <summary>
    /// <paramref name="className"/>, or when it is one of the class's own members ("filing.md" makes "Filing"),
    /// that name with "Filing" after it ("FilingFiling", "RiskFactorsFiling").
    /// </summary>
    public static string FilingClassName(string className) => IsFilingClassName(className) ? className : className + "Filing";

    /// <summary>The members of the facts class besides its prefix classes.</summary>
    public static IReadOnlyList<string> FactsMembers { get; } = new[] { ConceptMethod };

    /// <summary>
    /// The scope risk factors are named in: their class may not be named after a member it holds, a member
    /// beside it, the class around it, the filing's class (which it would hide), or the <see cref="FilingProperty"/>
    /// the members read their values from.
    /// </summary>
    public static NameScope RiskFactorScope(string filingClassName)
    {
        var reserved = new List<string>(RiskFactorMembers.Count + RiskFactorsMembers.Count + 3);
        reserved.AddRange(RiskFactorMembers);
        reserved.AddRange(RiskFactorsMembers);
        reserved.Add(RiskFactorsClass);
        reserved.Add(FilingProperty);
        reserved.Add(filingClassName);
        return new NameScope(reserved.ToArray());
    }

    /// <summary>
    /// The scope a risk factor's figures are named in: not after the list beside them, the class around them, or the
    /// risk factor's <see cref="InfoProperty"/> their members read from.
    /// </summary>
    public static NameScope FigureScope() => new(FigureScopeReserved);

    /// <summary>What a figure scope reserves, made once: a risk factor with figures opens a scope each.</summary>
    private static readonly string[] FigureScopeReserved = new List<string>(FiguresMembers) { FiguresClass, InfoProperty }.ToArray();

    /// <summary>
    /// The scope the facts' prefix classes are named in: not after the facts class around them (either of its names),
    /// the <see cref="FilingProperty"/> its members read from, or <see cref="AllProperty"/>.
    /// </summary>
    public static NameScope FactGroupScope() => new(FactsClass, FactsClassFallback, FilingProperty, AllProperty, ConceptMethod);

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}
