using Microsoft.CodeAnalysis;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Diagnostics;

/// <summary>Every diagnostic TypedFiling reports. Ids are listed in AnalyzerReleases and documented under docs/diagnostics.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "TypedFiling";
    private const string HelpRoot = "https://github.com/typedfiling/typedfiling/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor EmptyFiling = Create(
        DiagnosticIds.EmptyFiling,
        "The filing is empty, not found or binary",
        "{0}; its class has no risk factors",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoRiskFactors = Create(
        DiagnosticIds.NoRiskFactors,
        "No risk factor was found in the filing",
        "No risk factor was found in '{0}': a risk factor is an emphasized or heading paragraph followed by body text",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateTitle = Create(
        DiagnosticIds.DuplicateTitle,
        "Two risk factors have the same title",
        "The risk factor '{0}' has the same title as risk factor {1}; its generated name was made unique",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        DiagnosticIds.GeneratorFailure,
        "The generator failed on a filing",
        "TypedFiling could not generate code for '{0}': {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        DiagnosticIds.InvalidNamespace,
        "The filing's namespace is not a valid C# namespace",
        "The namespace '{0}' configured for '{1}' is not a valid C# namespace; no code is generated for the filing",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidClassName = Create(
        DiagnosticIds.InvalidClassName,
        "The filing's class name is not a valid C# identifier",
        "The class name '{0}' configured for '{1}' is not a valid C# identifier; no code is generated for the filing",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownCurrency = Create(
        DiagnosticIds.UnknownCurrency,
        "The filing's currency is not an ISO 4217 code",
        "The currency '{0}' configured for '{1}' is not an ISO 4217 currency code; '¥' is read as JPY and '$' as USD",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateClass = Create(
        DiagnosticIds.DuplicateClass,
        "Two filings would generate the same class",
        "The filing '{0}' would generate '{1}', which '{2}' already generates; give one of them another ClassName or Namespace",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownFormat = Create(
        DiagnosticIds.UnknownFormat,
        "The filing's format is not one TypedFiling reads",
        "The format '{0}' configured for '{1}' is not Markdown, Text or Html; the file's extension or content decides",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidEmitSetting = Create(
        DiagnosticIds.InvalidEmitSetting,
        "The filing's Visibility or IncludeText is not valid",
        "The {0} '{1}' configured for '{2}' is not valid: use {3}; the default, {4}, is used",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LockedRiskFactorRemoved = Create(
        DiagnosticIds.LockedRiskFactorRemoved,
        "A locked risk factor is not in the filing any more",
        "The risk factor '{0}' ({1}, number {2} when locked) is not in '{3}' any more: code that uses {1} fails to build; run 'typedfiling lock' to accept the change",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LockedRiskFactorChanged = Create(
        DiagnosticIds.LockedRiskFactorChanged,
        "A risk factor was reworded or added since the filing was locked",
        "The risk factor '{0}' is {1} since the filing was locked; it is named {2}{3}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidLock = Create(
        DiagnosticIds.InvalidLock,
        "The filing's lock file cannot be read",
        "The lock file '{0}' cannot be read: {1}; the filing's risk factors are named as without a lock",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MalformedFact = Create(
        DiagnosticIds.MalformedFact,
        "An inline XBRL fact could not be read",
        "The inline XBRL fact '{0}' was skipped: {1}",
        DiagnosticSeverity.Warning);

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
        DiagnosticIds.InvalidEmitSetting => InvalidEmitSetting,
        DiagnosticIds.LockedRiskFactorRemoved => LockedRiskFactorRemoved,
        DiagnosticIds.LockedRiskFactorChanged => LockedRiskFactorChanged,
        DiagnosticIds.InvalidLock => InvalidLock,
        DiagnosticIds.MalformedFact => MalformedFact,
        DiagnosticIds.SuspiciousOutline => SuspiciousOutline,
        _ => null,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
