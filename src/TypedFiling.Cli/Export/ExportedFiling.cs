using System;
using TypedFiling.Cli.Export.Tables;
using TypedFiling.Cli.Loading;

namespace TypedFiling.Cli.Export;

/// <summary>One input read and parsed, with what the tables say of it beyond the parser's model.</summary>
/// <param name="Bytes">The document's size in bytes (uncompressed).</param>
/// <param name="Sha256">The SHA-256 of the document's bytes (uncompressed), in lower-case hex.</param>
/// <param name="Accession">The accession number its path says, or null.</param>
/// <param name="Cik">Its cover page's <c>dei:EntityCentralIndexKey</c>, else the CIK its path says, or null.</param>
/// <param name="DocumentPeriodEnd">Its cover page's <c>dei:DocumentPeriodEndDate</c>, or null.</param>
/// <param name="Versions">The taxonomy version of each concept prefix.</param>
internal sealed record ExportedFiling(
    ExportInput Input,
    long Bytes,
    string Sha256,
    ParsedText Parsed,
    string? Accession,
    long? Cik,
    DateOnly? DocumentPeriodEnd,
    TaxonomyVersions Versions)
{
    /// <summary>The filing's key in every table: its relative path.</summary>
    public string Key => Input.RelativePath;
}
