using System.Collections.Immutable;

namespace TypedFiling.Generators.Configuration;

/// <summary>A filing to generate and its own lock file, if it has one: all its names depend on. Compared by value.</summary>
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
}
