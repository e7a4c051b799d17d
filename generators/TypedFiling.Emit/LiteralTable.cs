using System.Collections.Generic;
using System.Text;

namespace TypedFiling.Emit;

/// <summary>Writes a private string array of literals (or of constants' names), several to a line: the storage of the generated figure and fact tables.</summary>
internal static class LiteralTable
{
    /// <summary>How long a table line may grow before the next literal starts a new one.</summary>
    private const int LineWidth = 160;

    public static void Write(SourceWriter writer, string name, List<string> literals)
    {
        writer.Line("private static readonly string[] " + name + " =").OpenBrace();
        var line = new StringBuilder(LineWidth + 64);
        foreach (var literal in literals)
        {
            if (line.Length > 0 && line.Length + literal.Length > LineWidth)
            {
                writer.Line(line.ToString(0, line.Length - 1));
                line.Clear();
            }

            line.Append(literal).Append(", ");
        }

        if (line.Length > 0)
        {
            writer.Line(line.ToString(0, line.Length - 1));
        }

        writer.CloseBrace(";");
    }

    /// <summary>Each row as a C# literal.</summary>
    public static List<string> Quoted(List<string> rows)
    {
        var quoted = new List<string>(rows.Count);
        foreach (var row in rows)
        {
            quoted.Add(CSharpLiteral.String(row));
        }

        return quoted;
    }
}
