using System.Collections.Generic;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Configuration;

/// <summary>What is wrong with one filing's options, as diagnostics at the start of the file naming it.</summary>
internal sealed class OptionProblems
{
    private readonly List<FilingDiagnostic> problems = new();

    internal OptionProblems(string sourcePath) => SourcePath = sourcePath;

    /// <summary>The filing's path as shown, the last argument of every option diagnostic.</summary>
    public string SourcePath { get; }

    /// <summary>Whether a problem is bad enough that no code can be generated for the filing.</summary>
    public bool Blocked { get; private set; }

    internal EquatableArray<FilingDiagnostic> ToArray() => EquatableArray.From(problems);

    /// <summary>Reports that <paramref name="value"/> is ignored; returns <paramref name="options"/> unchanged.</summary>
    public FilingOptions Warn(FilingOptions options, string id, string value)
    {
        problems.Add(FilingDiagnostic.Create(id, SourceRange.FileStart, value, SourcePath));
        return options;
    }

    /// <summary>Reports <paramref name="id"/> with its own <paramref name="arguments"/>; returns <paramref name="options"/> unchanged.</summary>
    public FilingOptions Report(FilingOptions options, string id, params string[] arguments)
    {
        problems.Add(FilingDiagnostic.Create(id, SourceRange.FileStart, arguments));
        return options;
    }

    /// <summary>
    /// Reports that <paramref name="value"/> is not one of the <paramref name="allowed"/> values of its setting and that its
    /// <paramref name="fallback"/> is used (TF0016); returns <paramref name="options"/> unchanged.
    /// </summary>
    public FilingOptions Invalid(FilingOptions options, MetadataValue value, string allowed, string fallback)
    {
        problems.Add(FilingDiagnostic.Create(DiagnosticIds.InvalidEmitSetting, SourceRange.FileStart, value.Setting, value.Text, SourcePath, allowed, fallback));
        return options;
    }

    /// <summary>Reports that no code can be generated because of <paramref name="value"/>; more arguments follow the path.</summary>
    public FilingOptions Block(FilingOptions options, string id, string value, params string[] more)
    {
        var arguments = new string[2 + more.Length];
        arguments[0] = value;
        arguments[1] = SourcePath;
        more.CopyTo(arguments, 2);
        problems.Add(FilingDiagnostic.Create(id, SourceRange.FileStart, arguments));
        Blocked = true;
        return options;
    }
}
