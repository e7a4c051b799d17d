using System.Collections.Generic;
using System.Threading;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Facts;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Locking;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Naming;
using TypedFiling.Parsing.Outline;
using TypedFiling.Parsing.Sections;
using TypedFiling.Parsing.Shape;
using TypedFiling.Parsing.Text;

namespace TypedFiling.Parsing;

/// <summary>
/// The parser's entry point: filing text and options in, model and diagnostics out. Pure and
/// deterministic, shared by the generator, the command-line tool and the tests.
/// </summary>
internal static class FilingParser
{
    /// <summary>
    /// Parses <paramref name="text"/>, a filing in Markdown, plain text or HTML (see
    /// <see cref="FilingOptions.Format"/>): the format's reader makes blocks, and everything after is one pipeline.
    /// </summary>
    public static FilingParseResult Parse(string text, FilingOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<FilingDiagnostic>();
        if (FilingReadProblems.LooksBinary(text))
        {
            diagnostics.Add(FilingReadProblems.Diagnostic(options.SourcePath, FilingReadProblems.Binary));
            return Result(options, null, null, EquatableArray<SectionModel>.Empty, EquatableArray<RiskFactorModel>.Empty, diagnostics, outline: OutlineModel.Empty);
        }

        var format = FilingFormats.Resolve(options.Format, options.FilePath, text);

        // HTML is tokenized once: the inline XBRL reader listens to the block reader's pass and is resolved later.
        var factReader = format == FilingFormat.Html && options.ReadFacts ? new InlineXbrlReader(text, cancellationToken) : null;
        var blocks = factReader is null ? ReadBlocks(text, format, cancellationToken) : HtmlBlockReader.Read(text, factReader, cancellationToken);
        if (blocks.Count == 0)
        {
            diagnostics.Add(FilingReadProblems.Diagnostic(options.SourcePath, FilingReadProblems.Empty));
            return Result(options, null, null, EquatableArray<SectionModel>.Empty, EquatableArray<RiskFactorModel>.Empty, diagnostics, outline: OutlineModel.Empty);
        }

        cancellationToken.ThrowIfCancellationRequested();
        // The outline stage decides the sections and risk factors, their mode and its verdict; the parser reads them.
        var outline = OutlineBuilder.Build(blocks, options.Headings, cancellationToken);
        var lines = new LineMap(text, cancellationToken);
        var sections = Sections(outline, lines, cancellationToken);

        var figureReading = new FigureReading(lines, options.ScanOptions, CurrencyConventions.Read(blocks, cancellationToken, FiguresEnd(outline)), options.MaxFigures);
        var riskFactors = new RiskFactorModel[outline.RiskFactors.Count];
        var titles = new string[riskFactors.Length];
        var texts = new string[riskFactors.Length];
        for (var i = 0; i < riskFactors.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            titles[i] = outline.RiskFactors[i].Heading.Text;
            texts[i] = BlockText.Join(outline.RiskFactors[i].Body);
        }

        var naming = RiskFactorNaming.Assign(titles, texts, options.Lock, GeneratedShape.RiskFactorScope(options.ClassName), options.Company, cancellationToken);
        var firstByTitle = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < riskFactors.Length; i++)
        {
            var riskFactor = outline.RiskFactors[i];
            var number = i + 1;
            var title = titles[i];
            var location = TextRange(lines, riskFactor.Heading);
            var figures = figureReading.Read(riskFactor, cancellationToken);
            riskFactors[i] = new RiskFactorModel(number, naming.Ids[i], naming.Names[i], title, texts[i], riskFactor.Category, location, figures);

            if (firstByTitle.TryGetValue(title, out var first))
            {
                diagnostics.Add(FilingDiagnostic.Create(DiagnosticIds.DuplicateTitle, location, title, first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                firstByTitle.Add(title, number);
            }
        }

        var removed = options.Lock is null ? default : LockDiagnostics.Report(naming, riskFactors, options.SourcePath, diagnostics);
        if (riskFactors.Length == 0)
        {
            diagnostics.Add(NoRiskFactors(outline, blocks, lines, options.SourcePath, text));
        }

        if (outline.FindingAt is { } suspicious)
        {
            diagnostics.Add(FilingDiagnostic.Create(DiagnosticIds.SuspiciousOutline, TextRange(lines, suspicious), options.SourcePath, outline.Finding!, outline.Mode.ToString()));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var facts = ReadFacts(factReader, lines, diagnostics, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var cover = CoverFacts.Find(facts);
        var result = Result(options, cover.Form ?? FormReader.Find(text), cover.PeriodEnd ?? figureReading.FiscalYearEnd, new EquatableArray<SectionModel>(sections), new EquatableArray<RiskFactorModel>(riskFactors), diagnostics, removed, outline.Model);
        var model = result.Model with { SourceLength = text.Length, FigureLimit = figureReading.FirstLeftOut };
        return result with { Model = facts.Count == 0 ? model : WithFacts(model, facts, cover, options, cancellationToken) };
    }

    /// <summary>
    /// Why a filing has no risk factor. A whole EDGAR filing says so itself (its section refers to another document, says
    /// the item does not apply, or that nothing changed: TF0019, TF0020, TF0021, quoting it), or has no section that could
    /// be located (TF0022, at its cover); any other text has no heading read as a risk factor (TF0002).
    /// </summary>
    private static FilingDiagnostic NoRiskFactors(FilingOutline outline, IReadOnlyList<Block> blocks, LineMap lines, string path, string text)
    {
        var section = outline.Section;
        if (!section.HasCover)
        {
            return FilingDiagnostic.Create(DiagnosticIds.NoRiskFactors, lines.Range(0, 0), path);
        }

        if (section.NamesRiskFactors && SectionStatements.Find(blocks, section) is { } statement)
        {
            var heading = "\"" + section.HeadingText + "\"";
            return FilingDiagnostic.Create(statement.Id, TextRange(lines, statement.Block), path, heading, SectionStatements.Quote(statement.Block.Text));
        }

        if (section.Found && section.NamesRiskFactors)
        {
            return FilingDiagnostic.Create(DiagnosticIds.NoRiskFactors, lines.Range(0, 0), path);
        }

        var form = FormReader.Find(text);
        return FilingDiagnostic.Create(DiagnosticIds.NoRiskFactorSection, TextRange(lines, blocks[section.Cover]), path, form is null ? "an EDGAR filing" : "a Form " + form);
    }

    /// <summary>The sections with the text that belongs to no risk factor.</summary>
    private static SectionModel[] Sections(FilingOutline outline, LineMap lines, CancellationToken cancellationToken)
    {
        var sections = new SectionModel[outline.Sections.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            // Joining is linear in a body, so one check per section or risk factor bounds the work between checks.
            cancellationToken.ThrowIfCancellationRequested();
            var section = outline.Sections[i];
            sections[i] = new SectionModel(section.Heading.Text, BlockText.Join(section.Body), TextRange(lines, section.Heading));
        }

        return sections;
    }

    /// <summary>The model with its facts, their periods decided once here, and their concepts named.</summary>
    private static FilingModel WithFacts(FilingModel model, List<FactModel> facts, CoverFacts cover, FilingOptions options, CancellationToken cancellationToken)
    {
        FactPeriods.Decide(facts, cover, cancellationToken);
        return model with { Company = options.Company ?? cover.Company, Facts = EquatableArray.From(facts), Concepts = FactNamer.Name(facts, cancellationToken) };
    }

    /// <summary>
    /// The inline XBRL facts of an HTML filing, duplicates marked: read in the block reader's pass, by
    /// <paramref name="reader"/>, which is null when facts are not read.
    /// </summary>
    private static List<FactModel> ReadFacts(InlineXbrlReader? reader, LineMap lines, List<FilingDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (reader is null || !reader.HasFacts)
        {
            return new List<FactModel>();
        }

        var read = reader.Resolve(lines);
        diagnostics.AddRange(read.Diagnostics);
        FactDuplicates.Mark(read.Facts, cancellationToken);
        return read.Facts;
    }

    /// <summary>Reads <paramref name="text"/> into blocks with the reader for <paramref name="format"/>.</summary>
    public static IReadOnlyList<Block> ReadBlocks(string text, FilingFormat format, CancellationToken cancellationToken = default) => format switch
    {
        FilingFormat.Text => TextBlockReader.Read(text, cancellationToken),
        FilingFormat.Html => HtmlBlockReader.Read(text, cancellationToken),
        _ => MarkdownBlockReader.Read(text, cancellationToken),
    };

    /// <summary>
    /// The source offset of the last block whose figures are read: a currency statement at or after it applies to
    /// none of them. 0 when there are no risk factors.
    /// </summary>
    private static int FiguresEnd(FilingOutline outline)
    {
        var end = 0;
        foreach (var riskFactor in outline.RiskFactors)
        {
            end = System.Math.Max(end, riskFactor.Heading.Content.SourceOffset(0));
            foreach (var block in riskFactor.Body)
            {
                end = System.Math.Max(end, block.Content.SourceOffset(0));
            }
        }

        return end;
    }

    /// <summary>Where a heading's words stand: from their first character to their last, markup outside.</summary>
    private static SourceRange TextRange(LineMap lines, Block heading)
    {
        var content = heading.Content;
        return lines.Range(content.SourceOffset(0), content.SourceEnd(content.Text.Length - 1));
    }

    private static FilingParseResult Result(FilingOptions options, string? form, FigureDate? fiscalYearEnd, EquatableArray<SectionModel> sections, EquatableArray<RiskFactorModel> riskFactors, List<FilingDiagnostic> diagnostics, EquatableArray<RemovedRiskFactorModel> removed = default, OutlineModel? outline = null) =>
        new(
            new FilingModel(options.Namespace, options.ClassName, options.SourcePath, options.FilePath, options.Company, fiscalYearEnd, form, sections, riskFactors, options.Visibility, options.IncludeText, removed, Outline: outline),
            EquatableArray.From(diagnostics));
}
