using System;
using System.Collections;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Model;

/// <summary>
/// An immutable array compared by its elements, so that models holding lists stay cacheable in an
/// incremental generator pipeline (arrays and lists compare by reference and always miss the cache).
/// </summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? items;

    /// <summary>Wraps <paramref name="items"/>; the caller gives up ownership of the array.</summary>
    public EquatableArray(T[] items) => this.items = items;

    /// <summary>An array with no elements.</summary>
    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    /// <inheritdoc/>
    public int Count => items?.Length ?? 0;

    /// <inheritdoc/>
    public T this[int index] => (items ?? Array.Empty<T>())[index];

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        var left = items ?? Array.Empty<T>();
        var right = other.items ?? Array.Empty<T>();
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in items ?? Array.Empty<T>())
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
        }

        return hash;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
internal static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into an equatable array.</summary>
    public static EquatableArray<T> From<T>(IReadOnlyCollection<T> items)
        where T : IEquatable<T>
    {
        if (items.Count == 0)
        {
            return EquatableArray<T>.Empty;
        }

        var copy = new T[items.Count];
        var i = 0;
        foreach (var item in items)
        {
            copy[i++] = item;
        }

        return new EquatableArray<T>(copy);
    }
}
