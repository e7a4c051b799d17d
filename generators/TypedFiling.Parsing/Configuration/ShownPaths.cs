using System;

namespace TypedFiling.Parsing.Configuration;

/// <summary>
/// The one place a path is made into the path shown in generated code and messages: '/' separators whatever the
/// machine's, so the same project generates the same bytes on every system.
/// </summary>
internal static class ShownPaths
{
    /// <summary><paramref name="path"/> as given, with '/' separators: what the tool and <c>FilingReader</c> show.</summary>
    public static string Of(string path) => path.Replace('\\', '/');

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="projectFolder"/> where it is under it, else its file name: what
    /// the build shows, the same wherever the project is checked out.
    /// </summary>
    public static string InProject(string path, string projectFolder)
    {
        var normalized = Of(path);
        var root = Of(projectFolder);
        if (root.Length > 0)
        {
            if (!root.EndsWith("/", StringComparison.Ordinal))
            {
                root += "/";
            }

            if (normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(root.Length);
            }
        }

        var slash = normalized.LastIndexOf('/');
        return slash >= 0 ? normalized.Substring(slash + 1) : normalized;
    }

    /// <summary>
    /// The lock file at <paramref name="lockPath"/> as shown: beside its filing (<c>FILE.lock.json</c>, as it is by default),
    /// as the filing is shown (<paramref name="filingShown"/>) with the extension; elsewhere, its own path.
    /// </summary>
    public static string OfLock(string lockPath, string filingPath, string filingShown) =>
        Same(lockPath, filingPath + Locking.FilingLock.Extension) ? filingShown + Locking.FilingLock.Extension : Of(lockPath);

    /// <summary>Whether two paths name the same file, separators and case aside (as Windows and macOS compare them).</summary>
    public static bool Same(string left, string right) => string.Equals(Of(left), Of(right), StringComparison.OrdinalIgnoreCase);
}
