using System.Collections.Generic;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Naming;

namespace TypedFiling.Parsing.Configuration;

/// <summary>Puts one metadata value into the options, or reports through <paramref name="problems"/> why it cannot.</summary>
/// <param name="options">The options so far.</param>
/// <param name="value">The value, trimmed and never empty, and the setting that gave it.</param>
/// <param name="problems">Where a bad value is reported.</param>
internal delegate FilingOptions MetadataRule(FilingOptions options, MetadataValue value, OptionProblems problems);

/// <summary>A metadata's value and the setting it came from: the metadata's own name, or the project property it fell back to.</summary>
/// <param name="Setting">"Visibility", or "TypedFilingVisibility" where the item set none.</param>
/// <param name="Text">The value, trimmed and never empty.</param>
internal sealed record MetadataValue(string Setting, string Text);

/// <summary>
/// One piece of a filing's metadata: its name (the item metadata in a build, <c>&lt;TypedFiling Include="x.md" Currency="CAD" /&gt;</c>,
/// the tool's <c>--currency</c>, <c>FilingReadOptions.Currency</c>), what it says, and how its value goes into
/// <see cref="FilingOptions"/>. The one list of them, <see cref="All"/>, is what every front door reads.
/// </summary>
/// <param name="Name">The metadata's name.</param>
/// <param name="ValueName">What its value is, in a word, for help texts ("CODE").</param>
/// <param name="Description">What it does, in a sentence, for help texts.</param>
/// <param name="Apply">How a value is checked and applied.</param>
internal sealed record FilingMetadata(string Name, string ValueName, string Description, MetadataRule Apply)
{
    /// <summary>The values it takes, where they are few (for completion and help); null when any text may do.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>The MSBuild property that gives it to every filing of a project whose item sets none, if any.</summary>
    public string? ProjectProperty { get; init; }

    /// <summary>The lock file's path: read by the front door (MSBuild's targets in a build), whose text the pipeline gets.</summary>
    public static FilingMetadata Lock { get; } = new(
        "Lock",
        "FILE",
        "The filing's lock file, whose risk factors' names and ids the filing keeps (default: FILE.lock.json beside it).",
        static (options, _, _) => options);

    /// <summary>The format the filing is read in, whatever its extension.</summary>
    public static FilingMetadata Format { get; } = new(
        "Format",
        "FORMAT",
        "Read the filing as markdown, text or html, whatever its extension (default: by extension: .md, .txt, .htm).",
        static (options, value, problems) =>
            FilingFormats.Parse(value.Text) is { } format ? options with { Format = format } : problems.Warn(options, DiagnosticIds.UnknownFormat, value.Text))
    {
        Values = new[] { "markdown", "text", "html" },
    };

    /// <summary>Whether the filing's inline XBRL facts are read.</summary>
    public static FilingMetadata Facts { get; } = new(
        "Facts",
        "BOOL",
        "false leaves out the filing's inline XBRL facts (its Facts class and Filing.Facts).",
        static (options, value, _) =>
            options with { ReadFacts = !string.Equals(value.Text, "false", System.StringComparison.OrdinalIgnoreCase) })
    {
        Values = new[] { "true", "false" },
    };

    /// <summary>
    /// Every metadata a filing takes, applied in this order. A new one is one entry here (and its property on
    /// <see cref="FilingOptions"/>): the generator, the tool and <c>FilingReader</c> read it from then on.
    /// </summary>
    public static IReadOnlyList<FilingMetadata> All { get; } = new[]
    {
        new FilingMetadata("Namespace", "NAMESPACE", "The namespace of the generated class.", static (options, value, _) => options with { Namespace = value.Text }),
        new FilingMetadata("ClassName", "NAME", "The generated class's name (default: the file name in PascalCase).", static (options, value, _) => options with { ClassName = value.Text }),
        new FilingMetadata("Company", "NAME", "The company that filed it.", static (options, value, _) => options with { Company = value.Text }),
        new FilingMetadata("Currency", "CODE", "The ISO 4217 code a bare ¥ or $ means (default: ¥ is JPY, $ is USD).", static (options, value, problems) =>
            CurrencyCodes.IsKnown(value.Text) ? options with { Currency = value.Text } : problems.Warn(options, DiagnosticIds.UnknownCurrency, value.Text)),
        Format,
        new FilingMetadata("Headings", "MODE", "How the risk factors' headings are written: RunIn, Emphasized or Plain (default: Auto, the filing's shape decides).", static (options, value, problems) =>
            HeadingModes.Parse(value.Text, out var known) is var headings && known
                ? options with { Headings = headings }
                : problems.Report(options, DiagnosticIds.SuspiciousOutline, problems.SourcePath, "Headings=\"" + value.Text + "\" is not RunIn, Emphasized or Plain, so the headings were read from the filing's shape", "Auto"))
        {
            Values = new[] { "RunIn", "Emphasized", "Plain", "Auto" },
        },
        Facts,
        new FilingMetadata("Visibility", "ACCESS", "The generated class's accessibility: public or internal (default: public).", static (options, value, problems) =>
            value.Text.Equals("public", System.StringComparison.OrdinalIgnoreCase) ? options with { Visibility = GeneratedVisibility.Public }
            : value.Text.Equals("internal", System.StringComparison.OrdinalIgnoreCase) ? options with { Visibility = GeneratedVisibility.Internal }
            : problems.Invalid(options, value, "public or internal", "public"))
        {
            Values = new[] { "public", "internal" },
            ProjectProperty = "TypedFilingVisibility",
        },
        new FilingMetadata("IncludeText", "BOOL", "false leaves the risk factors' bodies out of the generated code (default: true).", static (options, value, problems) =>
            value.Text.Equals("true", System.StringComparison.OrdinalIgnoreCase) ? options with { IncludeText = true }
            : value.Text.Equals("false", System.StringComparison.OrdinalIgnoreCase) ? options with { IncludeText = false }
            : problems.Invalid(options, value, "true or false", "true"))
        {
            Values = new[] { "true", "false" },
            ProjectProperty = "TypedFilingIncludeText",
        },
        Lock,
    };

    /// <summary>
    /// The value of this metadata in <paramref name="lookup"/>: its own, else its project property's; null when neither is
    /// set (blank counts as not set).
    /// </summary>
    public MetadataValue? Read(System.Func<string, string?> lookup)
    {
        if (lookup(Name)?.Trim() is { Length: > 0 } own)
        {
            return new MetadataValue(Name, own);
        }

        return ProjectProperty is not null && lookup(ProjectProperty)?.Trim() is { Length: > 0 } project ? new MetadataValue(ProjectProperty, project) : null;
    }
}
