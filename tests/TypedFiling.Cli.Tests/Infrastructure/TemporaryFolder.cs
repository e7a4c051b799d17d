using System;
using System.IO;

namespace TypedFiling.Cli.Tests.Infrastructure;

/// <summary>Folders a test writes in: new and empty under the system's temporary folder, never in the repository.</summary>
public static class TemporaryFolder
{
    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "typedfiling-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
