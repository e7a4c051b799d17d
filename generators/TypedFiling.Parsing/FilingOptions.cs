namespace TypedFiling.Parsing;

/// <summary>How to read one filing and what to call its generated class.</summary>
/// <param name="SourcePath">The path shown in generated documentation (relative to the project where known).</param>
/// <param name="Namespace">The namespace of the generated class.</param>
/// <param name="ClassName">The generated class's name.</param>
/// <param name="Company">The company that filed it, where configured.</param>
internal sealed record FilingOptions(string SourcePath, string Namespace, string ClassName, string? Company = null)
{
    /// <summary>The file's full path, where #line directives point; the <see cref="SourcePath"/> when not set.</summary>
    public string FilePath { get; init; } = SourcePath;

    /// <summary>
    /// The ISO 4217 code that the filing's bare currency sign means: "CNY" makes "¥" yuan, "CAD" makes "$"
    /// Canadian dollars. Null keeps the defaults (¥ is JPY, $ is USD).
    /// </summary>
    public string? Currency { get; init; }

    /// <summary>
    /// The format to read the filing as; null decides from the file's extension (.md/.markdown, .txt,
    /// .htm/.html) or, when the extension says nothing, from the content.
    /// </summary>
    public FilingFormat? Format { get; init; }

    /// <summary>The accessibility of the generated class (public unless configured).</summary>
    public Model.GeneratedVisibility Visibility { get; init; }

    /// <summary>Whether the generated code holds the bodies (the Text constants and the remarks); true unless configured.</summary>
    public bool IncludeText { get; init; } = true;

    /// <summary>
    /// The filing's lock file, read: its risk factors keep their locked names and ids, and those it no longer has
    /// are reported removed. Null names the filing as without a lock.
    /// </summary>
    public Locking.FilingLock? Lock { get; init; }
    /// <summary>Whether to read the filing's inline XBRL facts (the <c>Facts</c> item metadata; on unless "false").</summary>
    public bool ReadFacts { get; init; } = true;
    /// <summary>How risk-factor headings are written (the <c>Headings</c> item metadata); null reads it from the filing's shape.</summary>
    public Model.HeadingMode? Headings { get; init; }

    /// <summary>
    /// How many figures are read, in filing order: the generator's limit (<see cref="GeneratedFigures"/>) by default, so a text
    /// dense with figures costs a bounded parse and source; <c>FilingReader</c> reads them all (<see cref="int.MaxValue"/>).
    /// </summary>
    public int MaxFigures { get; init; } = GeneratedFigures;

    /// <summary>
    /// The figures a generated class holds at most: about ten times as many as any real filing of the repository's corpus
    /// has (96, home-health-corp-10k-1998.txt; docs/diagnostics/TF0018.md).
    /// </summary>
    public const int GeneratedFigures = 1000;

    /// <summary>The options the figure scanner reads the filing with.</summary>
    internal Figures.FigureScanOptions ScanOptions => Currency switch
    {
        null => Figures.FigureScanOptions.Default,
        "JPY" or "CNY" => new Figures.FigureScanOptions { YenCurrency = Currency, YenSource = Figures.CurrencySource.Metadata },
        _ => new Figures.FigureScanOptions { DollarCurrency = Currency, DollarSource = Figures.CurrencySource.Metadata },
    };

    /// <summary>Options named after the file at <paramref name="path"/>, in <paramref name="namespace"/>.</summary>
    public static FilingOptions ForPath(string path, string @namespace = "Filings") =>
        new(path, @namespace, Naming.FilingClassName.FromPath(path));
}
