using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TypedFiling.Generators.Diagnostics;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Generators.Configuration;

/// <summary>Which class a filing generates, and from which file: all the project-wide view needs of a filing.</summary>
internal sealed record FilingIdentity(string Namespace, string ClassName, string SourcePath, string FilePath, GeneratedVisibility Visibility = GeneratedVisibility.Public);

/// <summary>
/// All the filings of the project: the ones whose classes are generated (in path order, for the catalog)
/// and the ones that would generate a class another filing already does.
/// </summary>
internal sealed record FilingSet(string CatalogNamespace, EquatableArray<FilingIdentity> Kept, EquatableArray<LocatedDiagnostic> Duplicates)
{
    public const string CatalogClassName = TypedFiling.Parsing.Shape.GeneratedShape.CatalogClass;

    public static FilingSet Create(ImmutableArray<FilingIdentity?> identities, string catalogNamespace)
    {
        var all = new List<FilingIdentity>(identities.Length);
        foreach (var identity in identities)
        {
            if (identity is not null)
            {
                all.Add(identity);
            }
        }

        // Path order, so which of two clashing filings wins does not depend on the order the IDE lists them.
        all.Sort(static (left, right) =>
        {
            var bySource = string.CompareOrdinal(left.SourcePath, right.SourcePath);
            return bySource != 0 ? bySource : string.CompareOrdinal(left.FilePath, right.FilePath);
        });

        // Hint names are compared ignoring case, so "Foo" and "foo" would clash there even though C# tells them apart.
        var owners = new Dictionary<string, FilingIdentity>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<FilingIdentity>(all.Count);
        var duplicates = new List<LocatedDiagnostic>();
        foreach (var identity in all)
        {
            var fullName = identity.Namespace + "." + identity.ClassName;
            if (owners.TryGetValue(fullName, out var owner))
            {
                duplicates.Add(new LocatedDiagnostic(
                    identity.FilePath,
                    FilingDiagnostic.Create(DiagnosticIds.DuplicateClass, SourceRange.FileStart, identity.SourcePath, fullName, owner.SourcePath)));
            }
            else if (identity.Namespace == catalogNamespace && identity.ClassName == CatalogClassName)
            {
                duplicates.Add(new LocatedDiagnostic(
                    identity.FilePath,
                    FilingDiagnostic.Create(DiagnosticIds.DuplicateClass, SourceRange.FileStart, identity.SourcePath, fullName, "the filing catalog")));
            }
            else
            {
                owners.Add(fullName, identity);
                kept.Add(identity);
            }
        }

        return new FilingSet(catalogNamespace, EquatableArray.From(kept), EquatableArray.From(duplicates));
    }

    /// <summary>This set without the filings at <paramref name="failed"/>, whose source could not be written: the catalog does not name them.</summary>
    public FilingSet Without(System.Collections.Immutable.ImmutableArray<string?> failed)
    {
        if (failed.IsDefaultOrEmpty)
        {
            return this;
        }

        var kept = new List<FilingIdentity>(Kept.Count);
        foreach (var identity in Kept)
        {
            if (!failed.Contains(identity.FilePath))
            {
                kept.Add(identity);
            }
        }

        return this with { Kept = EquatableArray.From(kept) };
    }

    public bool Generates(FilingModel model)
    {
        foreach (var identity in Kept)
        {
            if (identity.FilePath == model.FilePath && identity.ClassName == model.ClassName && identity.Namespace == model.Namespace)
            {
                return true;
            }
        }

        return false;
    }
}
