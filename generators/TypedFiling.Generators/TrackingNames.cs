namespace TypedFiling.Generators;

/// <summary>The names of the pipeline's steps, for tests that check what the incremental driver cached.</summary>
public static class TrackingNames
{
    /// <summary>Project-wide settings reduced to a small record.</summary>
    public const string GlobalOptions = nameof(GlobalOptions);

    /// <summary>Each filing's path, text and per-file settings.</summary>
    public const string Requests = nameof(Requests);

    /// <summary>All lock files of the project, each linked to its filing (one step per project).</summary>
    public const string Locks = nameof(Locks);

    /// <summary>Each filing's request with its own lock file, if any: what a filing's names depend on.</summary>
    public const string LockedRequests = nameof(LockedRequests);

    /// <summary>Each filing parsed into its model and diagnostics.</summary>
    public const string Parsed = nameof(Parsed);

    /// <summary>The models alone: what source is emitted from.</summary>
    public const string Models = nameof(Models);

    /// <summary>Which class each filing generates, project-wide: the duplicates and the catalog.</summary>
    public const string FilingSet = nameof(FilingSet);

    /// <summary>The models whose classes are generated (null for a filing that clashes with another).</summary>
    public const string Emitted = nameof(Emitted);

    /// <summary>Each generated filing's source, or the failure that left it without one.</summary>
    public const string Sources = nameof(Sources);

    /// <summary>What the language version lets the emitter write.</summary>
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>The diagnostics alone.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
