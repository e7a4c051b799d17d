using System.Collections.Generic;

namespace TypedFiling.Internal;

/// <summary>Value equality helpers for types that hold lists (netstandard2.0 has no HashCode).</summary>
internal static class Equality
{
    public static bool Sequence<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Combine(int hash, object? value) => unchecked((hash * 31) + (value?.GetHashCode() ?? 0));

    public static int SequenceHash<T>(IReadOnlyList<T> items)
    {
        var hash = 17;
        foreach (var item in items)
        {
            hash = Combine(hash, item);
        }

        return hash;
    }
}
