using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TypedFiling;

/// <summary>
/// How <see cref="FilingReader"/> reads a filing: the item metadata a build would give it, by the same names, with the
/// same values and the same checks (a bad value is an <see cref="ArgumentException"/> in the build's diagnostic's words).
/// </summary>
public sealed class FilingReadOptions
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    /// <summary>The namespace a build would generate the filing's class in (checked, not held by a <see cref="Filing"/>).</summary>
    public string? Namespace { get => Get(); set => Set(value); }

    /// <summary>The filing's name (<see cref="Filing.Name"/>), as a <c>ClassName</c> would be; null names it after its path.</summary>
    public string? ClassName { get => Get(); set => Set(value); }

    /// <summary>The company that filed it, where known.</summary>
    public string? Company { get => Get(); set => Set(value); }

    /// <summary>The ISO 4217 code a bare ¥ or $ means ("CNY", "CAD"); null keeps ¥ as JPY and $ as USD.</summary>
    public string? Currency { get => Get(); set => Set(value); }

    /// <summary>"markdown", "text" or "html"; null decides from the extension, then the content.</summary>
    public string? Format { get => Get(); set => Set(value); }

    /// <summary>How the risk factors' headings are written: "RunIn", "Emphasized" or "Plain"; null reads it from the filing's shape.</summary>
    public string? Headings { get => Get(); set => Set(value); }

    /// <summary>"false" leaves out the filing's inline XBRL facts (<see cref="Filing.Facts"/>); null reads them.</summary>
    public string? Facts { get => Get(); set => Set(value); }

    /// <summary>"public" or "internal": the generated class's accessibility in a build (checked, not held by a <see cref="Filing"/>).</summary>
    public string? Visibility { get => Get(); set => Set(value); }

    /// <summary>"true" or "false": whether a build's generated code holds the bodies (checked, not held by a <see cref="Filing"/>).</summary>
    public string? IncludeText { get => Get(); set => Set(value); }

    /// <summary>
    /// The path of the filing's lock file, whose risk factors' names and ids it keeps; null reads, for <see cref="FilingReader.Read"/>,
    /// <c>FILE.lock.json</c> beside the filing where there is one, as a build does, and for <see cref="FilingReader.Parse"/>, none.
    /// </summary>
    public string? Lock { get => Get(); set => Set(value); }

    /// <summary>The value of the metadata <paramref name="name"/>: the property of that name.</summary>
    internal string? Metadata(string name) => values.TryGetValue(name, out var value) ? value : null;

    private string? Get([CallerMemberName] string name = "") => Metadata(name);

    private void Set(string? value, [CallerMemberName] string name = "") => values[name] = value;
}
