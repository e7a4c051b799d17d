using System.Collections.Generic;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Parsing.Naming;

/// <summary>Names a filing's class after its file ("iij-20f-2010.md" -> "Iij20F2010", "filing.md" -> "FilingFiling").</summary>
internal static class FilingClassName
{
    /// <summary>The PascalCase class name for the file at <paramref name="path"/>.</summary>
    public static string FromPath(string path)
    {
        var slash = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(slash + 1);
        var dot = name.IndexOf('.');
        if (dot > 0)
        {
            name = name.Substring(0, dot);
        }

        var parts = new List<string>();
        foreach (var word in Words.Split(name.Replace('_', ' ').Replace('-', ' ')))
        {
            if (!word.IsBreak)
            {
                parts.Add(word.Text);
            }
        }

        // "filing.md" would name the class after its own Filing property (CS0542): the shape renames it.
        return GeneratedShape.FilingClassName(Identifiers.Valid(Identifiers.ToPascalCase(parts), "Filing"));
    }
}
