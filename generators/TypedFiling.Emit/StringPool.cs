using System.Collections.Generic;

namespace TypedFiling.Emit;

/// <summary>Each distinct string of a generated table once, in first-use order, as C# literals; rows point into it by index.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, int> indexes = new(System.StringComparer.Ordinal);

    public List<string> Literals { get; } = new();

    public int Index(string text)
    {
        if (!indexes.TryGetValue(text, out var index))
        {
            index = Literals.Count;
            indexes.Add(text, index);
            Literals.Add(CSharpLiteral.String(text));
        }

        return index;
    }
}
