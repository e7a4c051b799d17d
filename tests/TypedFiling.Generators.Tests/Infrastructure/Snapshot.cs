using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TypedFiling.Tests.Shared;
using Xunit.Sdk;

namespace TypedFiling.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot files in Verify's convention, without Verify. Each generated source is compared with
/// <c>Snapshots/{Class}.{Method}#{HintName without .cs}.verified.cs</c>, whose first line is
/// <c>//HintName: {hint}</c>; the generator's diagnostics with <c>Snapshots/{Class}.{Method}.verified.txt</c>
/// (present only when there are diagnostics; sorted by file, position and id). A mismatch or a missing file writes a <c>.received.</c>
/// sibling and fails with a diff; a verified file the run no longer produces fails as stale. With
/// <c>TYPEDFILING_ACCEPT=1</c> the verified files are written (and stale ones deleted) instead.
/// {Class} is the name of the calling test's file, which is named after its class.
/// </summary>
public static partial class Snapshot
{
    /// <summary>What the tool version in [GeneratedCode] is replaced with, so snapshots survive a version bump.</summary>
    public const string ScrubbedVersion = "FIXED_VERSION";

    private const int DiffLinesShown = 12;

    private static bool Accepting => Environment.GetEnvironmentVariable("TYPEDFILING_ACCEPT") == "1";

    /// <summary>Verifies the generated sources and diagnostics of <paramref name="run"/>.</summary>
    public static void Verify(GeneratorRun run, [CallerFilePath] string callerFile = "", [CallerMemberName] string method = "") =>
        Verify(run.AllGeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())), run.GeneratorDiagnostics, callerFile, method);

    /// <summary>Verifies generated sources (hint name and text) and generator diagnostics.</summary>
    public static void Verify(
        IEnumerable<(string HintName, string Source)> sources,
        IEnumerable<Diagnostic> diagnostics,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string method = "") =>
        Verify(SnapshotDirectory(), Path.GetFileNameWithoutExtension(callerFile) + "." + method, sources, diagnostics, Accepting);

    /// <summary>Verifies against the files <c>{prefix}#*.verified.cs</c> and <c>{prefix}.verified.txt</c> in <paramref name="directory"/>.</summary>
    internal static void Verify(
        string directory,
        string prefix,
        IEnumerable<(string HintName, string Source)> sources,
        IEnumerable<Diagnostic> diagnostics,
        bool accept)
    {
        var failures = new List<string>();
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (hintName, source) in sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var stem = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName;
            var name = prefix + "#" + stem;
            expectedFiles.Add(name + ".verified.cs");
            Compare(directory, name, ".cs", "//HintName: " + hintName + "\n" + Scrub(source), accept, failures);
        }

        var lines = diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(GeneratorHarness.Format, StringComparer.Ordinal)
            .Select(GeneratorHarness.Format)
            .ToList();
        if (lines.Count > 0)
        {
            expectedFiles.Add(prefix + ".verified.txt");
            Compare(directory, prefix, ".txt", string.Join("\n", lines) + "\n", accept, failures);
        }

        foreach (var stale in StaleFiles(directory, prefix, expectedFiles))
        {
            if (accept)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Add("Stale snapshot: " + Path.GetFileName(stale) + " is verified but the run no longer produces it; delete it or run with TYPEDFILING_ACCEPT=1.");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n\n", failures));
        }
    }

    /// <summary>Replaces the tool version in [GeneratedCode("TypedFiling", "x.y.z")] with <see cref="ScrubbedVersion"/>.</summary>
    public static string Scrub(string source) =>
        GeneratedCodeVersion().Replace(source, "$1" + ScrubbedVersion + "$2");

    /// <summary>Text with "\r\n" and "\r" turned into "\n".</summary>
    public static string NormalizeLineEnds(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>The Snapshots folder of this project's sources.</summary>
    public static string SnapshotDirectory() => Path.Combine(RepositoryPaths.Root, "tests", "TypedFiling.Generators.Tests", "Snapshots");

    private static void Compare(string directory, string name, string extension, string received, bool accept, List<string> failures)
    {
        var verifiedPath = Path.Combine(directory, name + ".verified" + extension);
        var receivedPath = Path.Combine(directory, name + ".received" + extension);
        received = NormalizeLineEnds(received);
        var verified = File.Exists(verifiedPath) ? NormalizeLineEnds(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;

        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        failures.Add(verified is null
            ? "Missing snapshot: " + Path.GetFileName(verifiedPath) + " does not exist; the output was written to " + receivedPath + ". Check it and rename it, or run with TYPEDFILING_ACCEPT=1."
            : "Snapshot mismatch: " + Path.GetFileName(verifiedPath) + " (received: " + receivedPath + ")\n" + Diff(verified, received));
    }

    /// <summary>The first differing lines of the two texts, in a unified-diff-like form.</summary>
    internal static string Diff(string verified, string received)
    {
        var expected = verified.Split('\n');
        var actual = received.Split('\n');
        var first = 0;
        while (first < expected.Length && first < actual.Length && expected[first] == actual[first])
        {
            first++;
        }

        // Trim the common tail, so an insertion shows as just the inserted lines.
        var expectedEnd = expected.Length;
        var actualEnd = actual.Length;
        while (expectedEnd > first && actualEnd > first && expected[expectedEnd - 1] == actual[actualEnd - 1])
        {
            expectedEnd--;
            actualEnd--;
        }

        var builder = new StringBuilder();
        builder.Append("--- verified\n+++ received\n")
            .Append(CultureInfo.InvariantCulture, $"@@ -{first + 1},{expectedEnd - first} +{first + 1},{actualEnd - first} @@\n");
        if (first > 0)
        {
            builder.Append(' ').Append(expected[first - 1]).Append('\n');
        }

        for (var i = first; i < expectedEnd && i < first + DiffLinesShown; i++)
        {
            builder.Append('-').Append(Visible(expected[i])).Append('\n');
        }

        if (expectedEnd - first > DiffLinesShown)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  ... {expectedEnd - first - DiffLinesShown} more removed lines\n");
        }

        for (var i = first; i < actualEnd && i < first + DiffLinesShown; i++)
        {
            builder.Append('+').Append(Visible(actual[i])).Append('\n');
        }

        if (actualEnd - first > DiffLinesShown)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  ... {actualEnd - first - DiffLinesShown} more added lines\n");
        }

        return builder.ToString();
    }

    private static string Visible(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c < ' ' || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate)
            {
                builder.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> StaleFiles(string directory, string prefix, HashSet<string> expected)
    {
        var candidates = Directory.EnumerateFiles(directory, prefix + "#*.verified.cs")
            .Concat(Directory.EnumerateFiles(directory, prefix + ".verified.txt"));
        return candidates.Where(path => !expected.Contains(Path.GetFileName(path))).OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("""(\[global::System\.CodeDom\.Compiler\.GeneratedCode\("TypedFiling", ")[^"]*("\)\])""", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedCodeVersion();
}
