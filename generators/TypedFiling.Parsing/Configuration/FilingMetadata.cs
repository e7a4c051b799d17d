using System.Collections.Generic;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Naming;

namespace TypedFiling.Parsing.Configuration;

/// <summary>Puts one metadata value into the options, or reports through <paramref name="problems"/> why it cannot.</summary>
/// <param name="options">The options so far.</param>
/// <param name="value">The value, trimmed and never empty.</param>
/// <param name="problems">Where a bad value is reported.</param>
internal delegate FilingOptions MetadataRule(FilingOptions options, string value, OptionProblems problems);

/// <summary>
/// One piece of a filing's metadata: its name (the item metadata in a build, <c>&lt;TypedFiling Include="x.md" Currency="CAD" /&gt;</c>)
/// and how its value goes into <see cref="FilingOptions"/>.
/// </summary>
/// <param name="Name">The metadata's name.</param>
/// <param name="Apply">How a value is checked and applied.</param>
internal sealed record FilingMetadata(string Name, MetadataRule Apply)
{
    /// <summary>
    /// Every metadata a filing takes, applied in this order. A new one is one entry here (and its property on
    /// <see cref="FilingOptions"/>); the generator and the tool both read it from then on.
    /// </summary>
    public static IReadOnlyList<FilingMetadata> All { get; } = new FilingMetadata[]
    {
        new("Namespace", static (options, value, _) => options with { Namespace = value }),
        new("ClassName", static (options, value, _) => options with { ClassName = value }),
        new("Company", static (options, value, _) => options with { Company = value }),
        new("Currency", static (options, value, problems) =>
            CurrencyCodes.IsKnown(value) ? options with { Currency = value } : problems.Warn(options, DiagnosticIds.UnknownCurrency, value)),
        new("Format", static (options, value, problems) =>
            FilingFormats.Parse(value) is { } format ? options with { Format = format } : problems.Warn(options, DiagnosticIds.UnknownFormat, value)),
        new("Headings", static (options, value, problems) =>
            HeadingModes.Parse(value, out var known) is var headings && known
                ? options with { Headings = headings }
                : problems.Report(options, DiagnosticIds.SuspiciousOutline, problems.SourcePath, "Headings=\"" + value + "\" is not RunIn, Emphasized or Plain, so the headings were read from the filing's shape", "Auto")),
        new("Facts", static (options, value, _) => options with { ReadFacts = !string.Equals(value, "false", System.StringComparison.OrdinalIgnoreCase) }),
    };
}
