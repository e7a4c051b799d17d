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
        "The filing is empty or could not be read",
        "The filing '{0}' is empty or could not be read; its class has no risk factors",
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
        DiagnosticIds.SuspiciousOutline => SuspiciousOutline,
        _ => null,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
