using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Naming;

namespace TypedFiling.Parsing.Locking;

/// <summary>
/// What a lock found, as diagnostics located in the filing: TF0011 for each locked risk factor it no longer has
/// (at the heading of the one that now stands where it stood), TF0012 for each reworded or added one (at its heading).
/// </summary>
internal static class LockDiagnostics
{
    /// <summary>Adds the diagnostics to <paramref name="diagnostics"/>; returns the removed risk factors, for their obsolete classes.</summary>
    public static EquatableArray<RemovedRiskFactorModel> Report(NamingResult naming, RiskFactorModel[] riskFactors, string sourcePath, List<FilingDiagnostic> diagnostics)
    {
        for (var i = 0; i < riskFactors.Length; i++)
        {
            var riskFactor = riskFactors[i];
            if (naming.Status[i] == LockStatus.Reworded)
            {
                var locked = naming.Locked[i]!;
                diagnostics.Add(FilingDiagnostic.Create(
                    DiagnosticIds.LockedRiskFactorChanged,
                    riskFactor.Location,
                    riskFactor.Title,
                    "reworded",
                    riskFactor.Name,
                    " (it was \u201c" + locked.Title + "\u201d, number " + Number(locked.Number) + ")"));
            }
            else if (naming.Status[i] == LockStatus.Added)
            {
                diagnostics.Add(FilingDiagnostic.Create(DiagnosticIds.LockedRiskFactorChanged, riskFactor.Location, riskFactor.Title, "new", riskFactor.Name, string.Empty));
            }
        }

        var removed = new RemovedRiskFactorModel[naming.Removed.Count];
        for (var r = 0; r < removed.Length; r++)
        {
            var entry = naming.Removed[r];
            removed[r] = new RemovedRiskFactorModel(entry.Name, entry.Id, entry.Number, entry.Title);
            diagnostics.Add(FilingDiagnostic.Create(
                DiagnosticIds.LockedRiskFactorRemoved,
                WhereItStood(naming, riskFactors, entry.Number),
                entry.Title,
                entry.Name,
                Number(entry.Number),
                sourcePath));
        }

        return new EquatableArray<RemovedRiskFactorModel>(removed);
    }

    /// <summary>The heading of the first kept risk factor locked after <paramref name="number"/>, else the last heading, else the file's start.</summary>
    private static SourceRange WhereItStood(NamingResult naming, RiskFactorModel[] riskFactors, int number)
    {
        var best = -1;
        for (var i = 0; i < riskFactors.Length; i++)
        {
            if (naming.Locked[i] is { } locked && locked.Number > number && (best < 0 || locked.Number < naming.Locked[best]!.Number))
            {
                best = i;
            }
        }

        return best >= 0 ? riskFactors[best].Location : riskFactors.Length > 0 ? riskFactors[riskFactors.Length - 1].Location : SourceRange.FileStart;
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
