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

    /// <summary>Where the filing is read from: its extension says the format (a submission's .txt, a text filing inside HTML's .htm).</summary>
    public string Path => "/project/filings/hostile" + System.IO.Path.GetExtension(FuzzFilings.All[Filing % FuzzFilings.All.Length].Name);

    public override string ToString() => FuzzFilings.All[Filing % FuzzFilings.All.Length].Name + " " + string.Join(" ", Mutations.Select(m => m.ToString()));

    public static Gen<FuzzCase> Gen { get; } =
        CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, 1000],
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, Mutation.Operations - 1], CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, 1000])
                .Select((operation, a, b, hostile) => new Mutation(operation, a, b, hostile))
                .Array[1, 12],
            (filing, mutations) => new FuzzCase(filing, mutations));
}

/// <summary>
/// The real filings the fuzzer starts from, read in filings/, and a real text filing in each older format the parser reads:
/// a complete submission text file (PEM and SGML headers, the filing, an exhibit after it) and a text filing inside HTML
/// (a bare shell laid out by line breaks, and a &lt;pre&gt;).
/// </summary>
public static class FuzzFilings
{
    private const int OldFilingChars = 20_000;

    public static (string Name, string Text)[] All { get; } =
        new[] { "iij-20f-2010.md", "loncor-20f-2015.md", "apple-10k-2024.md" }
            .Select(name => (name, File.ReadAllText(RepositoryPaths.Filing(name))))
            .Concat(OldFormats())
            .ToArray();

    private static IEnumerable<(string Name, string Text)> OldFormats()
    {
        var text = File.ReadAllText(RepositoryPaths.Data("real-filings", "24holdings-10ksb-2007.txt"));
        text = text[..Math.Min(text.Length, OldFilingChars)];
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        yield return ("submission.txt", "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n\n<SEC-DOCUMENT>0000000000-07-000001.txt\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t10-KSB\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>10-KSB\n<SEQUENCE>1\n<TEXT>\n                          FORM 10-KSB\n\nRISK FACTORS\n\n" + text + "\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-13\n<TEXT>\nRISK FACTORS\n\nAN EXHIBIT'S OWN LIST.\n\nIts body.\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n");
        yield return ("laid-out.htm", "<html><body><div>\n\n                          FORM 10-KSB\n\nITEM 1. BUSINESS\n\nRISK FACTORS\n- ------------\n\n" + escaped + "\n</div></body></html>\n");
        yield return ("pre.htm", "<html><body><p><b>FORM 10-KSB</b></p><pre>\nRISK FACTORS\n\n" + escaped + "\n</pre><p>After the text.</p></body></html>\n");
    }
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
