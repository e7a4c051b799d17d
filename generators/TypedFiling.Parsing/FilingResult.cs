using System.Collections.Generic;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing;

/// <summary>What <see cref="FilingPipeline"/> made of a filing: its model and its diagnostics, kept apart by where they point.</summary>
/// <param name="Format">The format it was read in.</param>
/// <param name="Model">The model, parsed even when <paramref name="Blocked"/> (the tool shows it; the build generates nothing).</param>
/// <param name="Problems">What is wrong with its metadata (TF0005, TF0006, TF0007, TF0009, TF0016, TF0017, ...), at the start of the filing.</param>
/// <param name="Diagnostics">The parser's diagnostics, located in the filing.</param>
/// <param name="LockDiagnostics">What is wrong with its lock file (TF0013), located in the lock file.</param>
/// <param name="Blocked">Whether a problem is bad enough that no code is generated for the filing.</param>
internal sealed record FilingResult(
    FilingFormat Format,
    FilingModel Model,
    EquatableArray<FilingDiagnostic> Problems,
    EquatableArray<FilingDiagnostic> Diagnostics,
    EquatableArray<FilingDiagnostic> LockDiagnostics,
    bool Blocked)
{
    /// <summary>Everything located in the filing, in the order the build reports it: the problems, then the parser's diagnostics.</summary>
    public EquatableArray<FilingDiagnostic> FilingDiagnostics
    {
        get
        {
            if (Problems.Count == 0)
            {
                return Diagnostics;
            }

            var all = new List<FilingDiagnostic>(Problems.Count + Diagnostics.Count);
            all.AddRange(Problems);
            all.AddRange(Diagnostics);
            return EquatableArray.From(all);
        }
    }
}
