namespace TypedFiling.Parsing.Model;

/// <summary>Everything the emitter needs to write one filing's source: values only, compared by value.</summary>
/// <param name="Namespace">The namespace of the generated class.</param>
/// <param name="ClassName">The generated class's name.</param>
/// <param name="SourcePath">The filing's path as shown to users (relative to the project where known).</param>
/// <param name="FilePath">The filing's full path, where #line directives and diagnostics point.</param>
/// <param name="Company">The company, where configured.</param>
/// <param name="FiscalYearEnd">The end of the latest fiscal year the text says ended, where it says so.</param>
/// <param name="Form">The SEC form the text says it is ("20-F"), where it says so.</param>
/// <param name="Sections">The filing's lettered or numbered sections, in order.</param>
/// <param name="RiskFactors">The risk factors, in order.</param>
/// <param name="Visibility">The accessibility of the generated class.</param>
/// <param name="IncludeText">Whether the generated code holds the bodies (Text constants, remarks, section texts).</param>
/// <param name="Removed">The risk factors of the filing's lock that it no longer has, in their locked order.</param>
/// <param name="Facts">The inline XBRL facts, in document order (empty when the filing has none or they are turned off).</param>
/// <param name="Outline">How the risk factors' headings were found and what the outline's self-check made of them.</param>
/// <param name="Concepts">The concepts of <paramref name="Facts"/>, in the order of their first fact that is no duplicate.</param>
/// <param name="SourceLength">The filing's length in characters: what the emitter's budget is a multiple of.</param>
/// <param name="FigureLimit">
/// Where the figures stopped being read, when the filing has more than <see cref="FilingOptions.MaxFigures"/>: the first one
/// left out. Null when every figure was read.
/// </param>
internal sealed record FilingModel(
    string Namespace,
    string ClassName,
    string SourcePath,
    string FilePath,
    string? Company,
    Figures.FigureDate? FiscalYearEnd,
    string? Form,
    EquatableArray<SectionModel> Sections,
    EquatableArray<RiskFactorModel> RiskFactors,
    GeneratedVisibility Visibility = GeneratedVisibility.Public,
    bool IncludeText = true,
    EquatableArray<RemovedRiskFactorModel> Removed = default,
    EquatableArray<FactModel> Facts = default,
    OutlineModel? Outline = null,
    EquatableArray<ConceptModel> Concepts = default,
    int SourceLength = 0,
    SourceRange? FigureLimit = null);

/// <summary>A risk factor of the filing's lock file that is not in the filing any more: its class is emitted obsolete.</summary>
/// <param name="Name">Its locked class name.</param>
/// <param name="Id">Its locked id.</param>
/// <param name="Number">Its number when it was locked.</param>
/// <param name="Title">Its title when it was locked.</param>
internal sealed record RemovedRiskFactorModel(string Name, string Id, int Number, string Title);

/// <summary>A section of the filing ("D. Risk Factors."), with the text that belongs to no risk factor.</summary>
internal sealed record SectionModel(string Title, string Text, SourceRange Location);

/// <summary>One risk factor.</summary>
/// <param name="Number">Its order in the filing, from 1.</param>
/// <param name="Id">A stable slug of its name ("compete-effectively").</param>
/// <param name="Name">The generated class name ("CompeteEffectively").</param>
/// <param name="Title">The heading's words, emphasis removed and whitespace normalized.</param>
/// <param name="Text">The body: paragraphs separated by a blank line, items of one list by a line break.</param>
/// <param name="Category">The sub-heading it stands under ("Risks Related to Our Business"), if any.</param>
/// <param name="Location">Where its heading stands in the filing.</param>
/// <param name="Figures">The figures of its heading and body, in text order.</param>
internal sealed record RiskFactorModel(
    int Number,
    string Id,
    string Name,
    string Title,
    string Text,
    string? Category,
    SourceRange Location,
    EquatableArray<FigureModel> Figures);
