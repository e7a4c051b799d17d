using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TypedFiling.Cli.Edgar;

/// <summary>What became of one filing's document.</summary>
/// <param name="Skipped">Whether a file of that name and size was there already, and was kept.</param>
/// <param name="Length">The document's size in bytes.</param>
internal readonly record struct DownloadOutcome(bool Skipped, long Length);

/// <summary>
/// Saves a filing's primary document byte for byte as EDGAR serves it: into a temporary file in the same folder,
/// checked to be a filing (<see cref="FilingRecognizer"/>), then renamed over the final name, so the final name
/// never holds part of a document, or an error page. A file of the final name and the size EDGAR's listing of the
/// filing gives is taken to be the document, and kept without downloading it again.
/// </summary>
internal sealed class DocumentDownloader
{
    private readonly EdgarClient client;
    private readonly EdgarAddresses addresses;

    public DocumentDownloader(EdgarClient client, EdgarAddresses addresses)
    {
        this.client = client;
        this.addresses = addresses;
    }

    /// <summary>Saves <paramref name="row"/>'s document at <paramref name="path"/>; <see cref="EdgarException"/> when it cannot.</summary>
    public async Task<DownloadOutcome> DownloadAsync(long cik, FilingRow row, string path, CancellationToken cancellationToken)
    {
        var existing = new FileInfo(path);
        if (existing.Exists && await ListedSizeAsync(cik, row, cancellationToken) == existing.Length)
        {
            return new DownloadOutcome(true, existing.Length);
        }

        var uri = addresses.Archive(cik, row.Accession, row.PrimaryDocument);
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + "." + Path.GetRandomFileName() + ".part");
        try
        {
            var length = await client.GetAsync(uri, (response, token) => WriteAsync(response, temporary, token), cancellationToken);
            var problem = FilingRecognizer.WhyNotAFiling(await ReadAsync(temporary, cancellationToken), Path.GetFileName(path));
            if (problem is not null)
            {
                throw new EdgarException(uri + ": not a filing (" + problem + "); nothing was written");
            }

            Move(temporary, path);
            return new DownloadOutcome(false, length);
        }
        finally
        {
            // After a failure, or a document that is not a filing: no part of it is left behind.
            File.Delete(temporary);
        }
    }

    /// <summary>The document's size as the filing's <c>index.json</c> lists it; null when it lists none, or has no listing.</summary>
    private async Task<long?> ListedSizeAsync(long cik, FilingRow row, CancellationToken cancellationToken)
    {
        try
        {
            return FilingIndex.Size(await client.GetJsonAsync(addresses.Index(cik, row.Accession), cancellationToken), row.PrimaryDocument);
        }
        catch (EdgarException exception) when (exception.Status == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Copies the body to <paramref name="path"/> (again from its start on a retry). A failure to read the body is the
    /// network's, and the client tries again; a failure to write the file is the disk's, and ends this document.
    /// </summary>
    private static async Task<long> WriteAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var file = Open(path);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            try
            {
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw CannotWrite(path, exception);
            }

            length += read;
        }

        return length;
    }

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.Asynchronous);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(path, exception);
        }
    }

    private static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(path, exception);
        }
    }

    /// <summary>The rename that makes the document appear whole; over an older file of the name, which stays until then.</summary>
    private static void Move(string temporary, string path)
    {
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(path, exception);
        }
    }

    private static EdgarException CannotWrite(string path, Exception exception) => new(path + ": cannot be written: " + exception.Message, exception);
}
