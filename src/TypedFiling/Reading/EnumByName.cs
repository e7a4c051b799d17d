using System;
using System.Collections.Generic;

namespace TypedFiling.Reading;

/// <summary>
/// Converts a parser enum to the runtime enum of the same member name, as the emitter writes it
/// (<c>global::TypedFiling.Qualifier.About</c>): by name, never by number, so reordering either enum is safe.
/// </summary>
internal static class EnumByName<TFrom, TTo>
    where TFrom : struct, Enum
    where TTo : struct, Enum
{
    private static readonly Dictionary<TFrom, TTo> Map = Build();

    public static TTo Convert(TFrom value) =>
        Map.TryGetValue(value, out var converted) ? converted : throw new ArgumentOutOfRangeException(nameof(value), value, typeof(TTo).Name + " has no member of this name.");

    private static Dictionary<TFrom, TTo> Build()
    {
        var map = new Dictionary<TFrom, TTo>();
        foreach (TFrom value in Enum.GetValues(typeof(TFrom)))
        {
            if (Enum.IsDefined(typeof(TTo), value.ToString()))
            {
                map[value] = (TTo)Enum.Parse(typeof(TTo), value.ToString());
            }
        }

        return map;
    }
}
