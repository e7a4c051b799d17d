using System;
using System.IO;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Threading;
using TypedFiling.Cli.Export.Tables;
using TypedFiling.Cli.Loading;
using TypedFiling.Parsing.Facts;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Cli.Export;

/// <summary>Reads an input (gzip-compressed or not), hashes it and parses it with the tool's one parser.</summary>
internal static class FilingSource
{
    /// <summary>Throws <see cref="FilingInputException"/> when the file cannot be read or decoded.</summary>
    public static ExportedFiling Read(ExportInput input, LoadOptions options, CancellationToken cancellationToken)
    {
        var bytes = ReadBytes(input);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var text = FilingFile.Decode(input.Path, bytes);
        var parsed = FilingLoader.Parse(input.DocumentPath, text, options, cancellationToken);
        var accession = EdgarIdentifiers.Accession(input.RelativePath);
        var (cik, periodEnd) = Cover(parsed.Model);
        return new ExportedFiling(
            input,
            bytes.Length,
            sha256,
            parsed,
            accession,
            cik ?? EdgarIdentifiers.Cik(input.RelativePath),
            periodEnd,
            TaxonomyVersions.Read(text, accession));
    }

    private static byte[] ReadBytes(ExportInput input)
    {
        try
        {
            var bytes = File.ReadAllBytes(input.Path);
            return input.IsCompressed ? Decompress(bytes) : bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new FilingInputException(input.Path, "cannot be read: " + exception.Message);
        }
    }

    /// <summary>
    /// The whole document, in one array sized by the gzip trailer's length (a hint: a wrong one costs a copy; one
    /// beyond 32 times the compressed size, as a corrupt trailer can say, is not believed).
    /// </summary>
    private static byte[] Decompress(byte[] compressed)
    {
        var hint = compressed.Length >= 4 ? BitConverter.ToInt32(compressed, compressed.Length - 4) : 0;
        using var output = new MemoryStream(hint > 0 && hint <= compressed.Length * 32L ? hint : compressed.Length * 4);
        using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            gzip.CopyTo(output);
        }

        // GZipStream stops quietly at the end of a cut-off file: the trailer's length (mod 2^32) tells.
        if ((uint)output.Length != (uint)hint)
        {
            throw new InvalidDataException("the gzip stream is cut off or corrupt (" + output.Length + " bytes decompressed, its trailer says " + (uint)hint + ")");
        }

        return output.Length == output.Capacity ? output.GetBuffer() : output.ToArray();
    }

    /// <summary>The cover page's CIK and period end, from its dei: facts (the registrant's own: no dimensions).</summary>
    private static (long? Cik, DateOnly? PeriodEnd) Cover(FilingModel model)
    {
        long? cik = null;
        DateOnly? periodEnd = null;
        foreach (var fact in model.Facts)
        {
            if (fact.Dimensions.Count > 0 || fact.IsNil)
            {
                continue;
            }

            if (cik is null && fact.Concept == "dei:EntityCentralIndexKey")
            {
                cik = EdgarIdentifiers.ParseCik(fact.Text);
            }
            else if (periodEnd is null && fact.Concept == "dei:DocumentPeriodEndDate")
            {
                periodEnd = SecNumbers.Day(fact.Date ?? XbrlHeaderReader.IsoDate(fact.Text));
            }
        }

        return (cik, periodEnd);
    }
}
