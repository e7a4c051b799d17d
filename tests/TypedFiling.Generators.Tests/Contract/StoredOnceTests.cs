using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>
/// Each file is stored once: no two tracked files over 10 KB hold the same bytes. Test data lives in tests/Data and the
/// sample's filings in filings/, and a test that wants a file reads it there (RepositoryPaths) instead of a copy.
/// </summary>
public sealed class StoredOnceTests
{
    /// <summary>Below this a copy costs little, and small files (empty lists, licences) may well be equal.</summary>
    private const long MinBytes = 10 * 1024;

    /// <summary>The folders a checkout without git is hashed under: where the repository's files are.</summary>
    private static readonly string[] TrackedFolders = { "docs", "filings", "generators", "scripts", "src", "tests" };

    /// <summary>Build output, never tracked.</summary>
    private static readonly string[] Untracked = { "bin", "obj", "artifacts", "TestResults" };

    [Fact]
    public void No_blob_over_10_KB_is_stored_twice()
    {
        var twice = Blobs()
            .Where(blob => blob.Bytes > MinBytes)
            .GroupBy(blob => blob.Hash, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => string.Join(" = ", group.Select(blob => blob.Path).Order(StringComparer.Ordinal)))
            .ToList();

        Assert.True(twice.Count == 0, "Stored more than once (read the one copy through RepositoryPaths):" + Environment.NewLine + string.Join(Environment.NewLine, twice));
    }

    /// <summary>
    /// Every tracked file's blob: from the index in a git checkout (CI's clean clone), else, in a copy without git, every
    /// file under the repository's folders but build output, hashed as git hashes blobs.
    /// </summary>
    private static IReadOnlyList<Blob> Blobs() => GitBlobs() ?? HashedBlobs();

    /// <summary><c>git ls-files -s</c>: mode, blob, stage and path of each tracked file; null when git cannot tell.</summary>
    private static List<Blob>? GitBlobs()
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-C", RepositoryPaths.Root, "ls-files", "-s", "-z" })
        {
            start.ArgumentList.Add(argument);
        }

        string output;
        try
        {
            using var git = Process.Start(start)!;
            output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode != 0)
            {
                return null;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        var blobs = new List<Blob>();
        foreach (var entry in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry.Substring(0, tab).Split(' ');
            var path = entry.Substring(tab + 1);
            var file = new FileInfo(Path.Combine(RepositoryPaths.Root, path));
            blobs.Add(new Blob(path, fields[1], file.Exists ? file.Length : 0));
        }

        return blobs;
    }

    private static List<Blob> HashedBlobs() =>
        TrackedFolders
            .Select(folder => Path.Combine(RepositoryPaths.Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => !RepositoryPaths.Relative(path).Split('/').Any(part => Untracked.Contains(part, StringComparer.Ordinal)))
            .Select(path => new Blob(RepositoryPaths.Relative(path), GitHash(File.ReadAllBytes(path)), new FileInfo(path).Length))
            .ToList();

    /// <summary>The hash git gives the bytes as a blob, so both ways name a file's content alike.</summary>
    private static string GitHash(byte[] bytes)
    {
#pragma warning disable CA5350 // git's object name, not a security hash
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"blob {bytes.Length}\0")).Concat(bytes).ToArray()));
#pragma warning restore CA5350
    }

    private sealed record Blob(string Path, string Hash, long Bytes);
}
