namespace TypedFiling;

/// <summary>How <see cref="FilingReader"/> reads a filing: the item metadata a build would give it.</summary>
public sealed class FilingReadOptions
{
    /// <summary>The filing's name (<see cref="Filing.Name"/>), as a <c>ClassName</c> would be; null names it after its path.</summary>
    public string? ClassName { get; set; }

    /// <summary>The company that filed it, where known.</summary>
    public string? Company { get; set; }

    /// <summary>The ISO 4217 code a bare ¥ or $ means ("CNY", "CAD"); null keeps ¥ as JPY and $ as USD.</summary>
    public string? Currency { get; set; }

    /// <summary>"markdown", "text" or "html"; null decides from the extension, then the content.</summary>
    public string? Format { get; set; }

    internal string? Metadata(string name) => name switch
    {
        "ClassName" => ClassName,
        "Company" => Company,
        "Currency" => Currency,
        "Format" => Format,
        _ => null,
    };
}
