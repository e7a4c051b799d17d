using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Fuzz.Tests;

/// <summary>One way to damage a filing: an operation and the numbers that place it.</summary>
public sealed record Mutation(int Operation, int A, int B, int Hostile)
{
    public const int Operations = 10;

    /// <summary>Applies the mutation to <paramref name="text"/>; positions wrap, so any numbers fit any text.</summary>
    public string Apply(string text)
    {
        var lines = text.Split('\n').ToList();
        var hostile = HostileStrings.All[Hostile % HostileStrings.All.Length];
        switch (Operation % Operations)
        {
            case 0: // insert a hostile line
                lines.Insert(A % (lines.Count + 1), hostile);
                return string.Join("\n", lines);
            case 1: // delete a line
                if (lines.Count > 1)
                {
                    lines.RemoveAt(A % lines.Count);
                }

                return string.Join("\n", lines);
            case 2: // duplicate a line
                var line = lines[A % lines.Count];
                lines.Insert(B % (lines.Count + 1), line);
                return string.Join("\n", lines);
            case 3: // swap two lines
                var i = A % lines.Count;
                var j = B % lines.Count;
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return string.Join("\n", lines);
            case 4: // insert a character
                var at = text.Length == 0 ? 0 : A % (text.Length + 1);
                return text.Insert(at, ((char)(B % 0x10000)).ToString());
            case 5: // delete characters
                if (text.Length == 0)
                {
                    return text;
                }

                var from = A % text.Length;
                return text.Remove(from, Math.Min(1 + (B % 8), text.Length - from));
            case 6: // swap two characters
                if (text.Length < 2)
                {
                    return text;
                }

                var chars = text.ToCharArray();
                var x = A % chars.Length;
                var y = B % chars.Length;
                (chars[x], chars[y]) = (chars[y], chars[x]);
                return new string(chars);
            case 7: // inject a hostile string inside a line
                return text.Insert(text.Length == 0 ? 0 : A % (text.Length + 1), hostile);
            case 8: // insert a markup character where markup is read
                var markup = "*_#-=>`[]()<&\\!|\r\t \u00A0\u2022"[B % 21];
                return text.Insert(text.Length == 0 ? 0 : A % (text.Length + 1), new string(markup, 1 + (B % 4)));
            default: // duplicate a range of characters
                if (text.Length == 0)
                {
                    return text;
                }

                var start = A % text.Length;
                var length = Math.Min(1 + (B % 400), text.Length - start);
                return text.Insert(start, text.Substring(start, length));
        }
    }

    public override string ToString() => $"{Operation % Operations}:{A}:{B}:{Hostile}";
}

/// <summary>A filing and the mutations applied to it in order.</summary>
public sealed record FuzzCase(int Filing, Mutation[] Mutations)
{
    public string Text()
    {
        var text = FuzzFilings.All[Filing % FuzzFilings.All.Length].Text;
        foreach (var mutation in Mutations)
        {
            text = mutation.Apply(text);
        }

        return text;
    }

    public override string ToString() => FuzzFilings.All[Filing % FuzzFilings.All.Length].Name + " " + string.Join(" ", Mutations.Select(m => m.ToString()));

    public static Gen<FuzzCase> Gen { get; } =
        CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, 1000],
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, Mutation.Operations - 1], CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, 1000])
                .Select((operation, a, b, hostile) => new Mutation(operation, a, b, hostile))
                .Array[1, 12],
            (filing, mutations) => new FuzzCase(filing, mutations));
}

/// <summary>The real filings the fuzzer starts from, read in filings/.</summary>
public static class FuzzFilings
{
    public static (string Name, string Text)[] All { get; } =
        new[] { "iij-20f-2010.md", "loncor-20f-2015.md", "apple-10k-2024.md" }
            .Select(name => (name, File.ReadAllText(RepositoryPaths.Filing(name))))
            .ToArray();
}

/// <summary>The strings of issue 8's hostile list, for injection.</summary>
public static class HostileStrings
{
    public static string[] All { get; } =
    {
        "\0", "\u0001\u0008\u001b[2J", "\uFFFD\uFFFE\uFFFF", "\uD800", "\uDC00", "\uDBFF\uDBFF",
        "\u202E", "\u202A\u202B\u202C\u202D", "\u2066\u2067\u2068\u2069", "\u200B\u200C\u200D\u2060\uFEFF", "\u2028", "\u2029", "\u0085",
        "*/", "/*", "\"", "\"\"\"", "\\", "{", "}", "{0}", "</summary>", "<summary>", "<!--", "-->", "<![CDATA[", "]]>",
        "#if DEBUG", "#line 1 \"x.cs\"", "#line default", "#pragma warning disable", "#error x", "#region", "@", "@class",
        "class", "namespace", "static", "12345", "2010", "?!...;:", "&amp;", "&#x202E;", "&#0;", "&#xD800;", "&", "<", ">",
        "***D. Risk Factors.***", "**D. Risk Factors.**", "***A risk factor title***", "***", "___", "#", "# Heading", "- ", "1. ",
        "$9.2 billion", "¥1,600 million", "12.5%", "March 31, 2010", "fiscal year ended March 31, 2010", "1:3",
        "\r\n", "\r", "\t", "\u00A0", "Item 3.", "Item 1A. Risk Factors", "\\*", "`code`", "[link](url)", "<b>", "&nbsp;",
    };
}
