using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedFiling.Parsing.Naming;

/// <summary>Turns words into C# identifiers and stable slugs.</summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
        "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint",
        "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>Whether <paramref name="name"/> is a reserved C# keyword (the list Roslyn's SyntaxFacts has: a test compares them).</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>
    /// A name a C# declaration can have: a letter or '_' then letters, digits, connectors, combining and
    /// formatting characters (the C# specification's identifier), and not a reserved keyword.
    /// </summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsIdentifierPart(name[i]))
            {
                return false;
            }
        }

        return !IsKeyword(name);
    }

    /// <summary>A namespace a C# declaration can have: identifiers separated by single dots.</summary>
    public static bool IsNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Joins <paramref name="words"/> in PascalCase: each run of letters that opens a word or follows
    /// digits starts upper case, the rest is lower case ("IIJ-Global" -> "IijGlobal", "20f" -> "20F").
    /// Accents are folded away and anything that is not a letter or digit is dropped. Returns an empty
    /// string when nothing is left.
    /// </summary>
    public static string ToPascalCase(IEnumerable<string> words)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            var folded = Fold(word);
            var startOfRun = true;
            foreach (var c in folded)
            {
                if (!Words.IsWordChar(c))
                {
                    startOfRun = true;
                    continue;
                }

                if (char.IsDigit(c))
                {
                    builder.Append(c);
                    startOfRun = true;
                    continue;
                }

                builder.Append(startOfRun ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                startOfRun = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A valid identifier from <paramref name="pascal"/>: a leading digit gets <paramref name="prefix"/>,
    /// an empty one becomes <paramref name="prefix"/>, and a keyword gets '@'.
    /// </summary>
    public static string Valid(string pascal, string prefix)
    {
        if (pascal.Length == 0)
        {
            return prefix;
        }

        if (char.IsDigit(pascal[0]))
        {
            return prefix + pascal;
        }

        return IsKeyword(pascal) ? "@" + pascal : pascal;
    }

    /// <summary>A lower-case, hyphen-separated slug of <paramref name="words"/> ("compete-effectively").</summary>
    public static string ToSlug(IEnumerable<string> words)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            foreach (var c in Fold(word))
            {
                if (Words.IsWordChar(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
                else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
                {
                    builder.Append('-');
                }
            }

            if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        while (builder.Length > 0 && builder[builder.Length - 1] == '-')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>Splits a PascalCase identifier back into its words ("ImpairmentLoss2" -> "impairment", "loss", "2").</summary>
    public static List<string> SplitPascal(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in identifier)
        {
            if (c == '@' || c == '_')
            {
                continue;
            }

            var boundary = current.Length > 0 && (char.IsUpper(c) || (char.IsDigit(c) != char.IsDigit(current[current.Length - 1])));
            if (boundary)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    };

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or
        UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format => true,
        _ => false,
    };

    /// <summary>Removes accents ("Société" -> "Societe") so names stay typeable.</summary>
    private static string Fold(string word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return word;
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
