using System;
using System.Collections.Generic;
using System.Globalization;
using TypedFiling.Parsing.Matching;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Text;

namespace TypedFiling.Parsing.Locking;

/// <summary>
/// Reads a lock file's text into a <see cref="FilingLock"/>; anything wrong with it is one TF0013 diagnostic
/// located in the lock file, and the filing is then named as without a lock.
/// </summary>
internal static class LockReader
{
    /// <summary>The lock in <paramref name="text"/>, or null with <paramref name="diagnostic"/> saying what is wrong and where.</summary>
    public static FilingLock? Read(string text, string lockPath, out FilingDiagnostic? diagnostic)
    {
        diagnostic = null;
        var root = JsonParser.Parse(text, out var problem);
        if (root is null)
        {
            diagnostic = Invalid(text, lockPath, problem!.Offset, problem.Offset, "it is not valid JSON: " + problem.Message);
            return null;
        }

        var entries = root.Kind == JsonKind.Object ? ReadRoot(root, out problem) : Fail(root, "the file is not a JSON object", out problem);
        if (entries is null)
        {
            diagnostic = Invalid(text, lockPath, problem!.Offset, problem.Offset, problem.Message);
            return null;
        }

        return new FilingLock(EquatableArray.From(entries));
    }

    private static List<LockEntry>? ReadRoot(JsonValue root, out JsonProblem? problem)
    {
        var version = root.Get("schemaVersion");
        if (version is null || version.Kind != JsonKind.Number || version.Text != FilingLock.SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            return Fail(version ?? root, "schemaVersion must be " + FilingLock.SchemaVersion.ToString(CultureInfo.InvariantCulture), out problem);
        }

        var list = root.Get("riskFactors");
        if (list is null || list.Kind != JsonKind.Array)
        {
            return Fail(list ?? root, "riskFactors must be an array", out problem);
        }

        var entries = new List<LockEntry>(list.Items.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            var entry = ReadEntry(item, out problem);
            if (entry is null)
            {
                return null;
            }

            if (!names.Add(entry.Name))
            {
                return Fail(item, "the name " + entry.Name + " is locked twice", out problem);
            }

            if (!ids.Add(entry.Id))
            {
                return Fail(item, "the id " + entry.Id + " is locked twice", out problem);
            }

            entries.Add(entry);
        }

        problem = null;
        return entries;
    }

    private static LockEntry? ReadEntry(JsonValue item, out JsonProblem? problem)
    {
        if (item.Kind != JsonKind.Object)
        {
            return Fail<LockEntry>(item, "each risk factor must be an object", out problem);
        }

        var id = Text(item, "id", out problem);
        var name = id is null ? null : Text(item, "name", out problem);
        var title = name is null ? null : Text(item, "title", out problem);
        var hash = title is null ? null : Text(item, "textHash", out problem);
        var sketchText = hash is null ? null : Text(item, "textSketch", out problem);
        if (sketchText is null)
        {
            return null;
        }

        var number = item.Get("number");
        if (number is null || number.Kind != JsonKind.Number || !int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            return Fail<LockEntry>(number ?? item, "number must be a whole number from 1", out problem);
        }

        if (!IsIdentifier(name!))
        {
            return Fail<LockEntry>(item.Get("name")!, "'" + name + "' is not a C# identifier", out problem);
        }

        if (id!.Length == 0)
        {
            return Fail<LockEntry>(item.Get("id")!, "an id cannot be empty", out problem);
        }

        var sketch = TextFingerprint.ParseSketch(sketchText);
        if (hash!.Length != 16 || !ulong.TryParse(hash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _) || sketch is null)
        {
            return Fail<LockEntry>(item.Get(sketch is null ? "textSketch" : "textHash")!, "the text fingerprint is not one typedfiling lock writes", out problem);
        }

        problem = null;
        return new LockEntry(id, name!, value, title!, new TextFingerprint(hash, sketch.Value));
    }

    private static string? Text(JsonValue item, string name, out JsonProblem? problem)
    {
        var value = item.Get(name);
        if (value is null || value.Kind != JsonKind.String)
        {
            problem = new JsonProblem((value ?? item).Start, name + " must be a string");
            return null;
        }

        problem = null;
        return value.Text;
    }

    /// <summary>A name a generated class can have: letters, digits and underscores, not opening with a digit, not a keyword.</summary>
    private static bool IsIdentifier(string name)
    {
        var text = name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
        if (text.Length == 0 || char.IsDigit(text[0]) || (!name.StartsWith("@", StringComparison.Ordinal) && Naming.Identifiers.IsKeyword(text)))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c != '_' && !char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static List<LockEntry>? Fail(JsonValue at, string message, out JsonProblem? problem) => Fail<List<LockEntry>>(at, message, out problem);

    private static T? Fail<T>(JsonValue at, string message, out JsonProblem? problem)
        where T : class
    {
        problem = new JsonProblem(at.Start, message);
        return null;
    }

    private static FilingDiagnostic Invalid(string text, string lockPath, int start, int end, string message)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        var range = new LineMap(text).Range(start, Math.Max(start, Math.Min(end, text.Length)));
        return FilingDiagnostic.Create(DiagnosticIds.InvalidLock, range, lockPath, message);
    }
}
