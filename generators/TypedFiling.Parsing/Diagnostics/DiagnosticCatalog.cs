using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Diagnostics;

/// <summary>How bad a diagnostic is; the generator maps it to Roslyn's DiagnosticSeverity, the tool prints it.</summary>
internal enum DiagnosticLevel
{
    /// <summary>Something worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Code is generated, but probably not what was meant.</summary>
    Warning,

    /// <summary>No code is generated for the filing.</summary>
    Error,
}

/// <summary>What a diagnostic says: its title, its message template ({0}, {1}, ... are its arguments) and its level.</summary>
/// <param name="Id">One of <see cref="DiagnosticIds"/>.</param>
/// <param name="Title">A short, argument-free title.</param>
/// <param name="Template">The message, a composite format string over the diagnostic's arguments.</param>
/// <param name="Level">How bad it is.</param>
internal sealed record DiagnosticMessage(string Id, string Title, string Template, DiagnosticLevel Level)
{
    /// <summary>The message for <paramref name="arguments"/>, formatted with the invariant culture.</summary>
    public string Format(IReadOnlyList<string> arguments)
    {
        var values = new object[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, Template, values);
    }
}

/// <summary>
/// The words of every diagnostic TypedFiling reports, in one place and free of Roslyn: the generator makes
/// its descriptors from them and the command-line tool prints them, so a build and the tool say the same.
/// A new diagnostic is an id in <see cref="DiagnosticIds"/>, an entry here, a docs/diagnostics page and an
/// AnalyzerReleases row (a test checks all four).
/// </summary>
internal static class DiagnosticCatalog
{
    /// <summary>TF0001.</summary>
    public static readonly DiagnosticMessage EmptyFiling = new(
        DiagnosticIds.EmptyFiling,
        "The filing is empty, not found or binary",
        "{0}; its class has no risk factors",
        DiagnosticLevel.Warning);

    /// <summary>TF0002.</summary>
    public static readonly DiagnosticMessage NoRiskFactors = new(
        DiagnosticIds.NoRiskFactors,
        "No risk factor was found in the filing",
        "No risk factor was found in '{0}': a risk factor is an emphasized or heading paragraph followed by body text",
        DiagnosticLevel.Warning);

    /// <summary>TF0003.</summary>
    public static readonly DiagnosticMessage DuplicateTitle = new(
        DiagnosticIds.DuplicateTitle,
        "Two risk factors have the same title",
        "The risk factor '{0}' has the same title as risk factor {1}; its generated name was made unique",
        DiagnosticLevel.Warning);

    /// <summary>TF0004.</summary>
    public static readonly DiagnosticMessage GeneratorFailure = new(
        DiagnosticIds.GeneratorFailure,
        "The generator failed on a filing",
        "TypedFiling could not generate code for '{0}': {1}",
        DiagnosticLevel.Error);

    /// <summary>TF0005.</summary>
    public static readonly DiagnosticMessage InvalidNamespace = new(
        DiagnosticIds.InvalidNamespace,
        "The filing's namespace is not a valid C# namespace",
        "The namespace '{0}' configured for '{1}' is not a valid C# namespace; no code is generated for the filing",
        DiagnosticLevel.Error);

    /// <summary>TF0006.</summary>
    public static readonly DiagnosticMessage InvalidClassName = new(
        DiagnosticIds.InvalidClassName,
        "The filing's class name is not a valid C# identifier",
        "The class name '{0}' configured for '{1}' is not a valid C# identifier; no code is generated for the filing",
        DiagnosticLevel.Error);

    /// <summary>TF0007.</summary>
    public static readonly DiagnosticMessage UnknownCurrency = new(
        DiagnosticIds.UnknownCurrency,
        "The filing's currency is not an ISO 4217 code",
        "The currency '{0}' configured for '{1}' is not an ISO 4217 currency code; '¥' is read as JPY and '$' as USD",
        DiagnosticLevel.Warning);

    /// <summary>TF0008.</summary>
    public static readonly DiagnosticMessage DuplicateClass = new(
        DiagnosticIds.DuplicateClass,
        "Two filings would generate the same class",
        "The filing '{0}' would generate '{1}', which '{2}' already generates; give one of them another ClassName or Namespace",
        DiagnosticLevel.Error);

    /// <summary>TF0009.</summary>
    public static readonly DiagnosticMessage UnknownFormat = new(
        DiagnosticIds.UnknownFormat,
        "The filing's format is not one TypedFiling reads",
        "The format '{0}' configured for '{1}' is not Markdown, Text or Html; the file's extension or content decides",
        DiagnosticLevel.Warning);

    /// <summary>TF0010.</summary>
    public static readonly DiagnosticMessage SuspiciousOutline = new(
        DiagnosticIds.SuspiciousOutline,
        "The filing's outline may be wrong",
        "The risk factors of '{0}' may have been mis-read: {1} (headings read as {2}); if its headings are written another way, set Headings=\"RunIn\", \"Emphasized\" or \"Plain\" (or Format) on its item",
        DiagnosticLevel.Warning);

    /// <summary>TF0017.</summary>
    public static readonly DiagnosticMessage ReservedClassName = new(
        DiagnosticIds.ReservedClassName,
        "The filing's class name is a member the generated class holds",
        "The class name '{0}' configured for '{1}' is the name of a member TypedFiling generates in it ({2}); no code is generated for the filing",
        DiagnosticLevel.Error);

    /// <summary>TF0011.</summary>
    public static readonly DiagnosticMessage LockedRiskFactorRemoved = new(
        DiagnosticIds.LockedRiskFactorRemoved,
        "A locked risk factor is not in the filing any more",
        "The risk factor '{0}' ({1}, number {2} when locked) is not in '{3}' any more: code that uses {1} fails to build; run 'typedfiling lock' to accept the change",
        DiagnosticLevel.Warning);

    /// <summary>TF0012.</summary>
    public static readonly DiagnosticMessage LockedRiskFactorChanged = new(
        DiagnosticIds.LockedRiskFactorChanged,
        "A risk factor was reworded or added since the filing was locked",
        "The risk factor '{0}' is {1} since the filing was locked; it is named {2}{3}",
        DiagnosticLevel.Info);

    /// <summary>TF0013.</summary>
    public static readonly DiagnosticMessage InvalidLock = new(
        DiagnosticIds.InvalidLock,
        "The filing's lock file cannot be read",
        "The lock file '{0}' cannot be read: {1}; the filing's risk factors are named as without a lock",
        DiagnosticLevel.Warning);

    /// <summary>TF0014.</summary>
    public static readonly DiagnosticMessage MalformedFact = new(
        DiagnosticIds.MalformedFact,
        "An inline XBRL fact could not be read",
        "The inline XBRL fact '{0}' was skipped: {1}",
        DiagnosticLevel.Warning);

    /// <summary>TF0016.</summary>
    public static readonly DiagnosticMessage InvalidEmitSetting = new(
        DiagnosticIds.InvalidEmitSetting,
        "The filing's Visibility or IncludeText is not valid",
        "The {0} '{1}' configured for '{2}' is not valid: use {3}; the default, {4}, is used",
        DiagnosticLevel.Warning);

    /// <summary>TF0018.</summary>
    public static readonly DiagnosticMessage TooManyFigures = new(
        DiagnosticIds.TooManyFigures,
        "The filing has more figures than TypedFiling generates members for",
        "'{0}' has more figures than its generated code has members for: members for the first {1} figures{2}; {3}",
        DiagnosticLevel.Warning);

    /// <summary>TF0019.</summary>
    public static readonly DiagnosticMessage RiskFactorsIncorporatedByReference = new(
        DiagnosticIds.RiskFactorsIncorporatedByReference,
        "The filing's risk factors are incorporated by reference",
        "'{0}' lists no risk factors: its section {1} refers to another document for them: \"{2}\"",
        DiagnosticLevel.Info);

    /// <summary>TF0020.</summary>
    public static readonly DiagnosticMessage RiskFactorsNotApplicable = new(
        DiagnosticIds.RiskFactorsNotApplicable,
        "The filing says its risk-factor item is not applicable",
        "'{0}' lists no risk factors: its section {1} says the item does not apply to the filer: \"{2}\"",
        DiagnosticLevel.Info);

    /// <summary>TF0021.</summary>
    public static readonly DiagnosticMessage RiskFactorsUnchanged = new(
        DiagnosticIds.RiskFactorsUnchanged,
        "The filing reports no material changes from the risk factors of its annual report",
        "'{0}' lists no risk factors: its section {1} reports no material changes from those already disclosed: \"{2}\"",
        DiagnosticLevel.Info);

    /// <summary>TF0022.</summary>
    public static readonly DiagnosticMessage NoRiskFactorSection = new(
        DiagnosticIds.NoRiskFactorSection,
        "No risk-factor section could be located",
        "'{0}' is {1} with no Item 1A and no \"Risk Factors\" section that could be located, so it has no risk factors; the rest of the document is not read as risk factors",
        DiagnosticLevel.Warning);

    /// <summary>Every diagnostic, in id order.</summary>
    public static IReadOnlyList<DiagnosticMessage> All { get; } = new[]
    {
        EmptyFiling, NoRiskFactors, DuplicateTitle, GeneratorFailure, InvalidNamespace, InvalidClassName, UnknownCurrency,
        DuplicateClass, UnknownFormat, SuspiciousOutline, LockedRiskFactorRemoved, LockedRiskFactorChanged, InvalidLock, MalformedFact, InvalidEmitSetting,
        ReservedClassName, TooManyFigures, RiskFactorsIncorporatedByReference, RiskFactorsNotApplicable, RiskFactorsUnchanged, NoRiskFactorSection,
    };

    /// <summary>The entry for <paramref name="id"/>, or null for an id this version does not know.</summary>
    public static DiagnosticMessage? Find(string id)
    {
        foreach (var message in All)
        {
            if (message.Id == id)
            {
                return message;
            }
        }

        return null;
    }
}
