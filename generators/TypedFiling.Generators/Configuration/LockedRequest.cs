using System.Collections.Generic;
using System.Collections.Immutable;
using TypedFiling.Generators.Diagnostics;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Locking;

namespace TypedFiling.Generators.Configuration;

/// <summary>A filing to generate and its own lock file, if it has one. Compared by value.</summary>
internal sealed record LockedRequest(FilingRequest Request, LockFile? Lock)
{
    public static LockedRequest Create(FilingRequest request, ImmutableArray<LockFile?> locks)
    {
        foreach (var lockFile in locks)
        {
            if (lockFile is not null && lockFile.Locks(request.FilePath))
            {
                return new LockedRequest(request, lockFile);
            }
        }

        return new LockedRequest(request, null);
    }

    /// <summary>The request's options with its lock read; a lock that cannot be read adds TF0013, located in it, and is left out.</summary>
    public FilingOptions Options(List<LocatedDiagnostic> diagnostics)
    {
        if (Lock is null)
        {
            return Request.Options;
        }

        // Shown as the filing is (relative to the project) when it sits beside it, as it does by default.
        var displayPath = string.Equals(Lock.LockPath.Replace('\\', '/'), Request.FilePath.Replace('\\', '/') + FilingLock.Extension, System.StringComparison.OrdinalIgnoreCase)
            ? Request.Options.SourcePath + FilingLock.Extension
            : Lock.LockPath.Replace('\\', '/');
        if (Lock.Text is null)
        {
            diagnostics.Add(new LocatedDiagnostic(Lock.LockPath, Parsing.Model.FilingDiagnostic.Create(
                Parsing.Model.DiagnosticIds.InvalidLock, Parsing.Model.SourceRange.FileStart, displayPath, "the file could not be read")));
            return Request.Options;
        }

        var filingLock = LockReader.Read(Lock.Text, displayPath, out var problem);
        if (problem is not null)
        {
            diagnostics.Add(new LocatedDiagnostic(Lock.LockPath, problem));
        }

        return filingLock is null ? Request.Options : Request.Options with { Lock = filingLock };
    }
}
