using System.Collections.Generic;

namespace TypedFiling.Parsing.Locking;

/// <summary>The kinds of JSON value a lock file holds.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A parsed JSON value and where it starts in the text, so that a wrong value is reported where it stands.</summary>
internal sealed class JsonValue
{
    public JsonValue(JsonKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public JsonKind Kind { get; }

    /// <summary>The offset of its first character.</summary>
    public int Start { get; }

    /// <summary>The offset just past its last character.</summary>
    public int End { get; }

    /// <summary>A string's value, or a number as written.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>An object's members in order (a later duplicate key is kept too; readers take the first).</summary>
    public List<KeyValuePair<string, JsonValue>> Members { get; } = new();

    /// <summary>An array's items.</summary>
    public List<JsonValue> Items { get; } = new();

    /// <summary>The first member named <paramref name="name"/>, or null.</summary>
    public JsonValue? Get(string name)
    {
        foreach (var member in Members)
        {
            if (member.Key == name)
            {
                return member.Value;
            }
        }

        return null;
    }
}
