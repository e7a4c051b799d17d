using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedFiling.Emit;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// The one escaping helper for string literals and the one for documentation comments, on strings a
/// filing could hold: the output parses, round-trips, stays on one line and carries no invisible or
/// direction-changing character raw.
/// </summary>
public class EscapingTests
{
    /// <summary>Hostile strings by name (names keep lone surrogates out of test-case serialization).</summary>
    private static readonly Dictionary<string, string> Hostile = new(StringComparer.Ordinal)
    {
        ["empty"] = string.Empty,
        ["plain"] = "We may not be able to compete effectively.",
        ["quote"] = "a \" quote",
        ["triple quote"] = "\"\"\" raw \"\"\"",
        ["backslash"] = "C:\\Temp\\new \\",
        ["escaped quote"] = "\\\"",
        ["trailing backslash"] = "ends in \\",
        ["comment end"] = "*/ closes",
        ["comment start"] = "/* opens",
        ["line comment"] = "// rest of line",
        ["braces"] = "{ } {0} {{ }}",
        ["interpolation"] = "$\"{x}\"",
        ["summary end"] = "</summary>",
        ["xml comment"] = "<!-- -->",
        ["cdata"] = "<![CDATA[ ]]>",
        ["ampersand"] = "R&D &amp; &#x41; &lt;",
        ["directive"] = "#if DEBUG",
        ["directive after newline"] = "text\n#if DEBUG\n#endregion",
        ["at"] = "@",
        ["verbatim"] = "@\"x\"",
        ["keyword"] = "class",
        ["digits"] = "1234567890",
        ["crlf"] = "a\r\nb",
        ["cr"] = "a\rb",
        ["tab"] = "a\tb",
        ["nul"] = "a\0b",
        ["C0 controls"] = "\u0001\u0007\u0008\u000B\u000C\u001B\u001F",
        ["DEL and C1 controls"] = "\u007F\u0080\u0085\u009F",
        ["line and paragraph separators"] = "a\u2028b\u2029c",
        ["right-to-left override"] = "\u202Eevil",
        ["bidi embeddings and isolates"] = "\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069",
        ["marks"] = "\u200E\u200F\u061C",
        ["zero-width"] = "zero\u200Bwidth\u200Cjoin\u200D\u2060",
        ["byte-order mark"] = "\uFEFFbom",
        ["soft hyphen"] = "soft\u00ADhyphen",
        ["no-break space"] = "\u00A0nbsp",
        ["ideographic space"] = "\u3000wide",
        ["private use"] = "\uE000",
        ["unassigned"] = "\u0378",
        ["noncharacters"] = "\uFFFE\uFFFF",
        ["lone high surrogate"] = "a\uD800b",
        ["lone low surrogate"] = "a\uDC00b",
        ["reversed surrogates"] = "\uDC00\uD800",
        ["emoji"] = "\U0001F600",
        ["CJK extension B"] = "\U00020BB7野家",
        ["typography"] = "¥9.2 billion — “quoted” ‘text’ … §",
        ["accents"] = "Société Générale, Zürich",
    };

    public static TheoryData<string> Names() => new(Hostile.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void String_literal_parses_and_round_trips(string name)
    {
        var input = Hostile[name];
        var literal = CSharpLiteral.String(input);

        var tree = CSharpSyntaxTree.ParseText("class C { const string S = " + literal + "; }", GeneratorHarness.ParseOptions());
        Assert.Empty(tree.GetDiagnostics());

        var compilation = GeneratorHarness.CreateCompilation(Array.Empty<string>()).AddSyntaxTrees(tree);
        Assert.True(compilation.GetDiagnostics().IsEmpty, GeneratorHarness.Describe(compilation.GetDiagnostics()));
        var value = tree.GetRoot().DescendantNodes().OfType<EqualsValueClauseSyntax>().Single().Value;
        Assert.Equal(SyntaxKind.StringLiteralExpression, value.Kind());
        var constant = compilation.GetSemanticModel(tree).GetConstantValue(value);
        Assert.True(constant.HasValue);
        Assert.Equal(input, (string)constant.Value!);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void String_literal_is_one_line_with_no_raw_invisible_character(string name)
    {
        var literal = CSharpLiteral.String(Hostile[name]);

        Assert.StartsWith("\"", literal, StringComparison.Ordinal);
        Assert.EndsWith("\"", literal, StringComparison.Ordinal);
        AssertNoRawInvisibleCharacter(literal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Documentation_text_stays_in_its_comment_and_element_and_parses_as_xml(string name)
    {
        var input = Hostile[name];
        var doc = Doc(input, indent: 2);

        // Every line is still a /// line: nothing escaped the comment.
        Assert.All(doc.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("\t\t///", line, StringComparison.Ordinal));
        AssertNoRawInvisibleCharacter(doc);

        var element = XElement.Parse(XmlOf(doc), LoadOptions.PreserveWhitespace);
        Assert.Equal("summary", element.Name.LocalName);
        Assert.Empty(element.Elements());
        if (!input.Any(char.IsSurrogate))
        {
            Assert.Equal(ExpectedDocText(input), element.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Documentation_text_compiles_without_xml_doc_warnings(string name)
    {
        var source = "/// <summary>Before.</summary>\n" +
            "public static class C\n{\n" +
            Doc(Hostile[name], indent: 1) +
            "    public const int X = 1;\n}\n";
        var compilation = GeneratorHarness.CreateCompilation(new[] { source });

        Assert.True(compilation.GetDiagnostics().IsEmpty, GeneratorHarness.Describe(compilation.GetDiagnostics()));
    }

    [Fact]
    public void Documentation_text_replaces_lone_surrogates_with_the_replacement_character()
    {
        var element = XElement.Parse(XmlOf(Doc("a\uD800b\uDC00c", indent: 0)));

        Assert.Equal("a\uFFFDb\uFFFDc", element.Value);
    }

    [Fact]
    public void Documentation_text_keeps_characters_outside_the_basic_plane()
    {
        var element = XElement.Parse(XmlOf(Doc("\U00020BB7野家 \U0001F600", indent: 0)));

        Assert.Equal("\U00020BB7野家 \U0001F600", element.Value);
    }

    /// <summary>The text the XML should hold: what XML cannot carry (except line feeds) becomes U+FFFD.</summary>
    private static string ExpectedDocText(string input)
    {
        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            var xmlChar = c == '\t' || c == '\n' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
            builder.Append(xmlChar ? c : '\uFFFD');
        }

        return builder.ToString();
    }

    private static string Doc(string text, int indent)
    {
        var builder = new StringBuilder();
        builder.Append('\t', indent).Append("/// <summary>");
        XmlDoc.AppendEscaped(builder, text, indent);
        builder.Append("</summary>\n");
        return builder.ToString();
    }

    /// <summary>The XML of /// lines: each line's text after "///" and one space.</summary>
    private static string XmlOf(string doc) =>
        string.Join("\n", doc.TrimEnd('\n').Split('\n').Select(line =>
        {
            var text = line.TrimStart('\t').Substring(3);
            return text.StartsWith(' ') ? text.Substring(1) : text;
        }));

    /// <summary>No control (but line ends and the tabs that indent lines), format (bidi, zero-width), separator, surrogate, private-use or unassigned character, raw.</summary>
    private static void AssertNoRawInvisibleCharacter(string output)
    {
        var lineStart = true;
        for (var i = 0; i < output.Length; i++)
        {
            var c = output[i];
            if (c == '\n' || (c == '\t' && lineStart))
            {
                lineStart = c == '\n' || lineStart;
                continue;
            }

            lineStart = false;

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var invisible = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned
                || (category == UnicodeCategory.SpaceSeparator && c != ' ' && c != '\u00A0');
            Assert.False(invisible, string.Format(CultureInfo.InvariantCulture, "Raw U+{0:X4} ({1}) at {2} in: {3}", (int)c, category, i, output));
        }
    }
}
