namespace TypedFiling.Parsing.Model;

/// <summary>
/// A problem found in a filing, as a value: the generator turns it into a Roslyn diagnostic located in
/// the filing file only when it reports it.
/// </summary>
/// <param name="Id">One of <see cref="DiagnosticIds"/>.</param>
/// <param name="Location">Where in the filing.</param>
/// <param name="Arguments">The message's arguments, in the order the descriptor's format uses them.</param>
internal sealed record FilingDiagnostic(string Id, SourceRange Location, EquatableArray<string> Arguments)
{
    /// <summary>A diagnostic with the given message arguments.</summary>
    public static FilingDiagnostic Create(string id, SourceRange location, params string[] arguments) =>
        new(id, location, new EquatableArray<string>(arguments));
}

/// <summary>The ids of the diagnostics the parser reports. Never reuse a retired id.</summary>
internal static class DiagnosticIds
{
    /// <summary>The filing is empty, was not found or is binary (<see cref="FilingReadProblems"/> says which).</summary>
    public const string EmptyFiling = "TF0001";

    /// <summary>No risk factor was found in the filing.</summary>
    public const string NoRiskFactors = "TF0002";

    /// <summary>Two risk factors have the same title.</summary>
    public const string DuplicateTitle = "TF0003";

    /// <summary>The generator failed unexpectedly on the filing.</summary>
    public const string GeneratorFailure = "TF0004";

    /// <summary>The namespace configured for the filing is not a valid C# namespace.</summary>
    public const string InvalidNamespace = "TF0005";

    /// <summary>The class name configured for the filing is not a valid C# identifier.</summary>
    public const string InvalidClassName = "TF0006";

    /// <summary>The currency configured for the filing is not an ISO 4217 code.</summary>
    public const string UnknownCurrency = "TF0007";

    /// <summary>Two filings would generate the same class.</summary>
    public const string DuplicateClass = "TF0008";

    /// <summary>The format configured for the filing is not one TypedFiling reads.</summary>
    public const string UnknownFormat = "TF0009";

    /// <summary>The outline's self-check found its shape implausible: headings may have been mis-read.</summary>
    public const string SuspiciousOutline = "TF0010";

    /// <summary>The class name configured for the filing is one of the members generated in it (Filing, RiskFactors).</summary>
    public const string ReservedClassName = "TF0017";

    /// <summary>The Visibility or IncludeText configured for the filing is not a value TypedFiling knows.</summary>
    public const string InvalidEmitSetting = "TF0016";

    /// <summary>A risk factor of the filing's lock file is not in the filing any more.</summary>
    public const string LockedRiskFactorRemoved = "TF0011";

    /// <summary>A risk factor was reworded or added since the filing's lock file was written.</summary>
    public const string LockedRiskFactorChanged = "TF0012";

    /// <summary>The filing's lock file cannot be read.</summary>
    public const string InvalidLock = "TF0013";
    /// <summary>An inline XBRL fact could not be read (no context, no unit, a number that is not one) and was skipped.</summary>
    public const string MalformedFact = "TF0014";

    /// <summary>The filing has more figures (or risk factors, or concepts) than the generated code has members for.</summary>
    public const string TooManyFigures = "TF0018";

    /// <summary>The filing's risk-factor section refers to another document (the annual report, the 10-K) for its risk factors.</summary>
    public const string RiskFactorsIncorporatedByReference = "TF0019";

    /// <summary>The filing's risk-factor section says the item does not apply to it (a smaller reporting company, a partnership).</summary>
    public const string RiskFactorsNotApplicable = "TF0020";

    /// <summary>The filing's risk-factor section reports no material changes from the risk factors of its 10-K.</summary>
    public const string RiskFactorsUnchanged = "TF0021";

    /// <summary>The EDGAR filing has no risk-factor section that could be located: none is read from the rest of it.</summary>
    public const string NoRiskFactorSection = "TF0022";
}

/// <summary>What the parser made of one filing: the model and the problems found.</summary>
internal sealed record FilingParseResult(FilingModel Model, EquatableArray<FilingDiagnostic> Diagnostics);
