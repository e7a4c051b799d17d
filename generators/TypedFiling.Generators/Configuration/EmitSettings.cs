using System;
using System.Collections.Generic;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Configuration;

/// <summary>
/// Reads a filing's <c>Visibility</c> and <c>IncludeText</c>: the item's metadata, else the project's
/// <c>TypedFilingVisibility</c> and <c>TypedFilingIncludeText</c>, else public and true. A value that is
/// neither is reported (TF0016) and the default is used, so the build goes on.
/// </summary>
internal static class EmitSettings
{
    public static GeneratedVisibility Visibility(string metadata, string property, string displayPath, List<FilingDiagnostic> problems)
    {
        var value = metadata.Length > 0 ? metadata : property;
        if (value.Length == 0 || string.Equals(value, "public", StringComparison.OrdinalIgnoreCase))
        {
            return GeneratedVisibility.Public;
        }

        if (string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase))
        {
            return GeneratedVisibility.Internal;
        }

        problems.Add(Invalid(metadata.Length > 0 ? "Visibility" : "TypedFilingVisibility", value, displayPath, "public or internal", "public"));
        return GeneratedVisibility.Public;
    }

    public static bool IncludeText(string metadata, string property, string displayPath, List<FilingDiagnostic> problems)
    {
        var value = metadata.Length > 0 ? metadata : property;
        if (value.Length == 0 || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        problems.Add(Invalid(metadata.Length > 0 ? "IncludeText" : "TypedFilingIncludeText", value, displayPath, "true or false", "true"));
        return true;
    }

    private static FilingDiagnostic Invalid(string setting, string value, string displayPath, string allowed, string fallback) =>
        FilingDiagnostic.Create(DiagnosticIds.InvalidEmitSetting, SourceRange.FileStart, setting, value, displayPath, allowed, fallback);
}
