using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace TypedFiling.Generators.Tests.Infrastructure;

/// <summary>
/// Compares two object graphs property by property, by reflection, so a property added to a runtime type is
/// compared without anyone listing it; lists element by element. Returns where the first difference is.
/// </summary>
public static class DeepEquality
{
    private static readonly HashSet<Type> Leaves = new()
    {
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
    };

    /// <summary>Null when equal; else the path and the two values that differ. <paramref name="compared"/> counts the values compared.</summary>
    public static string? Difference(object? expected, object? actual, string path, ref int compared)
    {
        compared++;
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : Describe(path, expected, actual);
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return path + ": type " + type.Name + " vs " + actual.GetType().Name;
        }

        if (type.IsPrimitive || type.IsEnum || Leaves.Contains(type))
        {
            return Equals(expected, actual) ? null : Describe(path, expected, actual);
        }

        if (expected is IEnumerable expectedItems)
        {
            return Sequence(expectedItems, (IEnumerable)actual, path, ref compared);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var difference = Difference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name, ref compared);
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? Sequence(IEnumerable expected, IEnumerable actual, string path, ref int compared)
    {
        var left = new List<object?>();
        foreach (var item in expected)
        {
            left.Add(item);
        }

        var right = new List<object?>();
        foreach (var item in actual)
        {
            right.Add(item);
        }

        if (left.Count != right.Count)
        {
            return path + ": " + left.Count.ToString(CultureInfo.InvariantCulture) + " items vs " + right.Count.ToString(CultureInfo.InvariantCulture);
        }

        for (var i = 0; i < left.Count; i++)
        {
            var difference = Difference(left[i], right[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", ref compared);
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static string Describe(string path, object? expected, object? actual) =>
        path + ": " + (expected?.ToString() ?? "null") + " vs " + (actual?.ToString() ?? "null");
}
