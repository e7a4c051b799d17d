using Microsoft.CodeAnalysis;
using TypedFiling.Parsing.Diagnostics;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Diagnostics;

/// <summary>Every diagnostic TypedFiling reports. Ids are listed in AnalyzerReleases and documented under docs/diagnostics.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "TypedFiling";
    private const string HelpRoot = "https://github.com/typedfiling/typedfiling/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor EmptyFiling = Create(DiagnosticIds.EmptyFiling, DiagnosticSeverity.Warning, DiagnosticCatalog.EmptyFiling);

    public static readonly DiagnosticDescriptor NoRiskFactors = Create(DiagnosticIds.NoRiskFactors, DiagnosticSeverity.Warning, DiagnosticCatalog.NoRiskFactors);

    public static readonly DiagnosticDescriptor DuplicateTitle = Create(DiagnosticIds.DuplicateTitle, DiagnosticSeverity.Warning, DiagnosticCatalog.DuplicateTitle);

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(DiagnosticIds.GeneratorFailure, DiagnosticSeverity.Error, DiagnosticCatalog.GeneratorFailure);

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(DiagnosticIds.InvalidNamespace, DiagnosticSeverity.Error, DiagnosticCatalog.InvalidNamespace);

    public static readonly DiagnosticDescriptor InvalidClassName = Create(DiagnosticIds.InvalidClassName, DiagnosticSeverity.Error, DiagnosticCatalog.InvalidClassName);

    public static readonly DiagnosticDescriptor UnknownCurrency = Create(DiagnosticIds.UnknownCurrency, DiagnosticSeverity.Warning, DiagnosticCatalog.UnknownCurrency);

    public static readonly DiagnosticDescriptor DuplicateClass = Create(DiagnosticIds.DuplicateClass, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateClass);

    public static readonly DiagnosticDescriptor UnknownFormat = Create(DiagnosticIds.UnknownFormat, DiagnosticSeverity.Warning, DiagnosticCatalog.UnknownFormat);

    public static readonly DiagnosticDescriptor ReservedClassName = Create(DiagnosticIds.ReservedClassName, DiagnosticSeverity.Error, DiagnosticCatalog.ReservedClassName);

    public static readonly DiagnosticDescriptor InvalidEmitSetting = Create(DiagnosticIds.InvalidEmitSetting, DiagnosticSeverity.Warning, DiagnosticCatalog.InvalidEmitSetting);

    public static readonly DiagnosticDescriptor LockedRiskFactorRemoved = Create(DiagnosticIds.LockedRiskFactorRemoved, DiagnosticSeverity.Warning, DiagnosticCatalog.LockedRiskFactorRemoved);

    public static readonly DiagnosticDescriptor LockedRiskFactorChanged = Create(DiagnosticIds.LockedRiskFactorChanged, DiagnosticSeverity.Info, DiagnosticCatalog.LockedRiskFactorChanged);

    public static readonly DiagnosticDescriptor InvalidLock = Create(DiagnosticIds.InvalidLock, DiagnosticSeverity.Warning, DiagnosticCatalog.InvalidLock);

    public static readonly DiagnosticDescriptor MalformedFact = Create(DiagnosticIds.MalformedFact, DiagnosticSeverity.Warning, DiagnosticCatalog.MalformedFact);

    public static readonly DiagnosticDescriptor TooManyFigures = Create(DiagnosticIds.TooManyFigures, DiagnosticSeverity.Warning, DiagnosticCatalog.TooManyFigures);

    public static readonly DiagnosticDescriptor RiskFactorsIncorporatedByReference = Create(DiagnosticIds.RiskFactorsIncorporatedByReference, DiagnosticSeverity.Info, DiagnosticCatalog.RiskFactorsIncorporatedByReference);

    public static readonly DiagnosticDescriptor RiskFactorsNotApplicable = Create(DiagnosticIds.RiskFactorsNotApplicable, DiagnosticSeverity.Info, DiagnosticCatalog.RiskFactorsNotApplicable);

    public static readonly DiagnosticDescriptor RiskFactorsUnchanged = Create(DiagnosticIds.RiskFactorsUnchanged, DiagnosticSeverity.Info, DiagnosticCatalog.RiskFactorsUnchanged);

    public static readonly DiagnosticDescriptor NoRiskFactorSection = Create(DiagnosticIds.NoRiskFactorSection, DiagnosticSeverity.Warning, DiagnosticCatalog.NoRiskFactorSection);

    public static readonly DiagnosticDescriptor SuspiciousOutline = Create(
        DiagnosticIds.SuspiciousOutline,
        "The filing's outline may be wrong",
        "The risk factors of '{0}' may have been mis-read: {1} (headings read as {2}); if its headings are written another way, set Headings=\"RunIn\", \"Emphasized\" or \"Plain\" (or Format) on its item",
        DiagnosticSeverity.Warning);

    /// <summary>The descriptor for <paramref name="id"/>, or null for an id this version does not know.</summary>
    public static DiagnosticDescriptor? ForId(string id) => id switch
    {
        DiagnosticIds.EmptyFiling => EmptyFiling,
        DiagnosticIds.NoRiskFactors => NoRiskFactors,
        DiagnosticIds.DuplicateTitle => DuplicateTitle,
        DiagnosticIds.GeneratorFailure => GeneratorFailure,
        DiagnosticIds.InvalidNamespace => InvalidNamespace,
        DiagnosticIds.InvalidClassName => InvalidClassName,
        DiagnosticIds.UnknownCurrency => UnknownCurrency,
        DiagnosticIds.DuplicateClass => DuplicateClass,
        DiagnosticIds.UnknownFormat => UnknownFormat,
        DiagnosticIds.ReservedClassName => ReservedClassName,
        DiagnosticIds.InvalidEmitSetting => InvalidEmitSetting,
        DiagnosticIds.LockedRiskFactorRemoved => LockedRiskFactorRemoved,
        DiagnosticIds.LockedRiskFactorChanged => LockedRiskFactorChanged,
        DiagnosticIds.InvalidLock => InvalidLock,
        DiagnosticIds.MalformedFact => MalformedFact,
        DiagnosticIds.TooManyFigures => TooManyFigures,
        DiagnosticIds.SuspiciousOutline => SuspiciousOutline,
        DiagnosticIds.RiskFactorsIncorporatedByReference => RiskFactorsIncorporatedByReference,
        DiagnosticIds.RiskFactorsNotApplicable => RiskFactorsNotApplicable,
        DiagnosticIds.RiskFactorsUnchanged => RiskFactorsUnchanged,
        DiagnosticIds.NoRiskFactorSection => NoRiskFactorSection,
        _ => null,
    };

    /// <summary>
    /// A descriptor with the catalog's words, so the build says what the tool prints. The id and severity are
    /// written here as constants too, for the release-tracking analyzer (RS2000-RS2008); a test checks they
    /// match the catalog's.
    /// </summary>
    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, DiagnosticMessage message) =>
        new(id, message.Title, message.Template, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");

    /// <summary>
    /// A descriptor from words written here. Prefer an entry in <see cref="DiagnosticCatalog"/>: the tool cannot
    /// print a diagnostic whose words only a descriptor has (a test fails for one).
    /// </summary>
    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
