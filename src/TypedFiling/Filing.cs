using System;
using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Internal;

namespace TypedFiling;

/// <summary>A filing compiled into the assembly: its facts, sections and risk factors.</summary>
public sealed class Filing : IEquatable<Filing>
{
    private Concepts? concepts;

    /// <summary>Creates a filing.</summary>
    public Filing(string name, string sourcePath, string? company, string? form, CalendarDate? fiscalYearEnd, IReadOnlyList<Section> sections, IReadOnlyList<RiskFactor> riskFactors, IReadOnlyList<Fact>? facts = null, FilingOutline? outline = null)
    {
        Outline = outline;
        FiscalYearEnd = fiscalYearEnd;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
        Company = company;
        Form = form;
        Sections = sections ?? throw new ArgumentNullException(nameof(sections));
        RiskFactors = riskFactors ?? throw new ArgumentNullException(nameof(riskFactors));
        Facts = facts ?? Array.Empty<Fact>();
    }

    /// <summary>The name of its generated class ("Iij20F2010").</summary>
    public string Name { get; }

    /// <summary>The filing file it was generated from, relative to the project.</summary>
    public string SourcePath { get; }

    /// <summary>The company that filed it, where configured.</summary>
    public string? Company { get; }

    /// <summary>The SEC form it says it is ("20-F", "10-K"), where its text says so.</summary>
    public string? Form { get; }

    /// <summary>The end of the latest fiscal year its text says ended ("fiscal year ended March 31, 2010"), or null.</summary>
    public CalendarDate? FiscalYearEnd { get; }

    /// <summary>Its sections, in order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Its risk factors, in order.</summary>
    public IReadOnlyList<RiskFactor> RiskFactors { get; }

    /// <summary>
    /// Every inline XBRL fact it tags, in document order, a measurement tagged twice included twice (see
    /// <see cref="Fact.IsDuplicate"/>); empty for a filing without tags, or with Facts="false".
    /// </summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>Its facts by concept, in the order of each concept's first fact, each measurement once (its duplicates left out).</summary>
    public IReadOnlyList<Concept> Concepts => ByConcept.All;

    /// <summary>How its risk factors' headings were found and whether the outline's self-check found it plausible; null when not recorded.</summary>
    public FilingOutline? Outline { get; }

    /// <summary>
    /// Null, unless this is a generated class's filing whose table this runtime could not read: then why. Such a filing is
    /// empty, and the generated members that read from it are null (see docs/CHANGELOG.md, 0.2.0).
    /// </summary>
    public string? ReadError { get; private set; }

    /// <summary>The empty filing a generated class holds when its table cannot be read, with <paramref name="error"/>.</summary>
    internal static Filing Unread(string error) =>
        new(string.Empty, string.Empty, null, null, null, Array.Empty<Section>(), Array.Empty<RiskFactor>()) { ReadError = error };

    /// <summary>The risk factor with <paramref name="id"/>, or null.</summary>
    public RiskFactor? FindRiskFactor(string id)
    {
        foreach (var riskFactor in RiskFactors)
        {
            if (string.Equals(riskFactor.Id, id, StringComparison.Ordinal))
            {
                return riskFactor;
            }
        }

        return null;
    }

    /// <summary>The facts of the concept named <paramref name="name"/> ("us-gaap:Revenues"), or null when it has none.</summary>
    public Concept? FindConcept(string name) => ByConcept.Find(name);

    private Concepts ByConcept => concepts ??= new Concepts(Facts);

    /// <inheritdoc/>
    public bool Equals(Filing? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Name == other.Name && SourcePath == other.SourcePath && Company == other.Company && Form == other.Form && Nullable.Equals(FiscalYearEnd, other.FiscalYearEnd) && Equals(Outline, other.Outline) && ReadError == other.ReadError &&
             Equality.Sequence(Sections, other.Sections) && Equality.Sequence(RiskFactors, other.RiskFactors) && Equality.Sequence(Facts, other.Facts)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Filing);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.Combine(Equality.Combine(17, Name), Equality.SequenceHash(RiskFactors));

    /// <summary>"Iij20F2010: Form 20-F, fiscal year ended 2010-03-31, 18 risk factors (filings/iij-20f-2010.md)".</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: {1}{2}{3}{4} risk factors ({5})",
        Name,
        Company is null ? string.Empty : Company + ", ",
        Form is null ? string.Empty : "Form " + Form + ", ",
        FiscalYearEnd is null ? string.Empty : "fiscal year ended " + FiscalYearEnd + ", ",
        RiskFactors.Count,
        SourcePath);
}
