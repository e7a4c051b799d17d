using System;
using System.Linq;
using System.Text;
using TypedFiling.Robustness.Tests.Harness;

namespace TypedFiling.Robustness.Tests;

/// <summary>
/// The hostile list of issue 8: every input gives compiled, escaped code or a located diagnostic, never an
/// exception, never an error in the generated code, and never a raw control or bidirectional character.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Empty_file_gives_a_located_diagnostic()
    {
        var run = HostileRun.Of(string.Empty).AssertHolds();
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TF0001");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("   \n\t\n  \r\n \r ")]
    [InlineData("\u00A0\u2003\n\u3000")]
    public void Whitespace_only_gives_a_located_diagnostic(string text)
    {
        var run = HostileRun.Of(text).AssertHolds();
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id is "TF0001" or "TF0002");
    }

    [Fact]
    public void A_10_MB_file_is_generated()
    {
        var builder = new StringBuilder(10_500_000);
        while (builder.Length < 10_000_000)
        {
            builder.Append(Filings.Seed).Append('\n');
        }

        var run = HostileRun.Of(builder.ToString()).AssertHolds();
        Assert.NotNull(run.Filing);
    }

    [Fact]
    public void One_line_of_1_MB_in_a_risk_factor_is_generated()
    {
        // Prose with a figure every few kilobytes: every figure becomes a member, and a line dense with figures
        // makes code whose compiling, not generating, takes the time (see docs/performance.md).
        var prose = string.Concat(Enumerable.Repeat("Our business depends on customers who may reduce their spending on networks. ", 40));
        var sentence = prose + "Revenues of approximately ¥9.2 billion fell by 12% in the fiscal year ended March 31, 2010. ";
        var line = string.Concat(Enumerable.Repeat(sentence, (1 << 20) / sentence.Length + 1));
        var run = HostileRun.Of(Filings.SeedWithParagraph(line)).AssertHolds();
        Assert.NotNull(run.Filing);
    }

    [Fact]
    public void One_line_of_1_MB_alone_is_read()
    {
        var line = new string('x', 1 << 20);
        HostileRun.Of(line).AssertHolds();
        HostileRun.Of("***" + string.Concat(Enumerable.Repeat("word ", 200_000)) + "***\n\nBody.").AssertHolds();
    }

    [Fact]
    public void Binary_bytes_and_NUL_are_read()
    {
        var random = new Random(8);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 97)
        {
            bytes[i] = 0;
        }

        HostileRun.OfBytes(bytes).AssertHolds();
        HostileRun.Of(Filings.SeedWithParagraph("NUL \0 here, BEL \a, ESC \u001b[31m, DEL \u007f, C1 \u0085 \u009b.")).AssertHolds();
        HostileRun.Of(Filings.WithTitles("Title with NUL \0 and ESC \u001b[2J")).AssertHolds();
    }

    [Fact]
    public void Invalid_UTF8_is_read()
    {
        var seed = Encoding.UTF8.GetBytes(Filings.WithTitles("Caf\u00E9 risk of \u00A59.2 billion"));
        var broken = seed.Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE, 0xC0, 0xAF, 0xED, 0xA0, 0x80 })
            .Concat(Encoding.UTF8.GetBytes("\n\n***Another \u00E9 risk***\n\nBody \xFF.\n")).ToArray();
        var run = HostileRun.OfBytes(broken).AssertHolds();
        Assert.NotNull(run.Filing);
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_reads_like_UTF8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Filings.Seed)).ToArray();
        var utf16 = HostileRun.OfBytes(bytes).AssertHolds();
        var utf8 = HostileRun.OfBytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Filings.Seed)).ToArray()).AssertHolds();
        Assert.Equal(utf8.Filing!.Text, utf16.Filing!.Text);
        Assert.Equal(18, Count(utf16.Filing.Text, "public const string Title = "));
    }

    [Theory]
    [InlineData("Lone high \uD800 surrogate")]
    [InlineData("Lone low \uDC00 surrogate")]
    [InlineData("\uDBFF")]
    [InlineData("Reversed \uDC00\uD800 pair")]
    [InlineData("A real pair \U0001F4B0 is kept")]
    public void Lone_surrogates_are_escaped(string title)
    {
        var run = HostileRun.Of(Filings.WithTitles(title) + "Trailing lone \uD83D").AssertHolds();
        Assert.Equal(title, run.Constant("Filings.Hostile+RiskFactors+" + Name(run), "Title"));
    }

    [Theory]
    [InlineData("\u202E", "\\u202E")]
    [InlineData("\u202A", "\\u202A")]
    [InlineData("\u2066", "\\u2066")]
    [InlineData("\u2067", "\\u2067")]
    [InlineData("\u2069", "\\u2069")]
    [InlineData("\u200B", "\\u200B")]
    [InlineData("\u200D", "\\u200D")]
    [InlineData("\u200E", "\\u200E")]
    [InlineData("\u200F", "\\u200F")]
    [InlineData("\u2060", "\\u2060")]
    [InlineData("\uFEFF", "\\uFEFF")]
    [InlineData("\u061C", "\\u061C")]
    public void Bidi_overrides_and_zero_width_characters_in_titles_are_escaped(string character, string escape)
    {
        var title = "Our admin" + character + "istrators may \u202Eexploit" + character + " trust";
        var run = HostileRun.Of(Filings.WithTitles(title)).AssertHolds();
        Assert.Contains(escape, run.Filing!.Text, StringComparison.Ordinal);
        Assert.Equal(title, run.Constant("Filings.Hostile+RiskFactors+" + Name(run), "Title"));
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    [InlineData("\u000B")]
    [InlineData("\u000C")]
    public void Line_and_paragraph_separators_in_titles_fold_to_spaces(string separator)
    {
        var run = HostileRun.Of(Filings.WithTitles("Our admin" + separator + "istrators may fail")).AssertHolds();
        Assert.Equal("Our admin istrators may fail", run.Constant("Filings.Hostile+RiskFactors+" + Name(run), "Title"));
    }

    [Theory]
    [InlineData("We may fail */ to comply")]
    [InlineData("/* an unclosed comment in a title")]
    [InlineData("Risks of \"quoted\" terms")]
    [InlineData("Raw \"\"\" triple quotes \"\"\" in titles")]
    [InlineData("A path like C:\\new\\table and a trailing backslash \\")]
    [InlineData("Interpolation {holes} and {{braces}} and {0}")]
    [InlineData("</summary> <remarks>injected</remarks> <summary>")]
    [InlineData("Hidden <!-- comment --> text and <![CDATA[ data ]]>")]
    [InlineData("#if DEBUG")]
    [InlineData("#line 1 \"evil.cs\"")]
    [InlineData("#pragma warning disable")]
    [InlineData("#error stop")]
    [InlineData("@")]
    [InlineData("@class is a verbatim identifier")]
    [InlineData("class")]
    [InlineData("namespace")]
    [InlineData("Filing")]
    [InlineData("RiskFactors")]
    [InlineData("All")]
    [InlineData("Text")]
    [InlineData("Title")]
    [InlineData("Id")]
    [InlineData("Number")]
    [InlineData("Info")]
    [InlineData("Figures")]
    [InlineData("Hostile")]
    [InlineData("12345")]
    [InlineData("2010")]
    [InlineData("?!...;:,-")]
    [InlineData("---")]
    [InlineData("&amp; &lt; &#x202E; &#0; &#xD800; entities")]
    [InlineData("Ampersand & less < greater > apostrophe ' quote \"")]
    [InlineData("Tab\tin a title")]
    public void Titles_that_could_break_out_are_escaped(string title)
    {
        var run = HostileRun.Of(Filings.WithTitles(title)).AssertHolds();
        Assert.NotNull(run.Filing);
    }

    [Theory]
    [InlineData("#if DEBUG")]
    [InlineData("#line 1 \"evil.cs\"")]
    [InlineData("#endregion")]
    [InlineData("*/ }}} class X {")]
    [InlineData("\"\"\" \" \\")]
    [InlineData("</para></remarks><summary>")]
    public void Hostile_lines_in_bodies_are_escaped(string line)
    {
        HostileRun.Of(Filings.SeedWithParagraph(line)).AssertHolds();
        HostileRun.Of(Filings.SeedWithParagraph("- " + line)).AssertHolds();
    }

    [Fact]
    public void Titles_and_bodies_round_trip_through_the_compiled_constants_and_table()
    {
        // HTML tags are Markdown markup and dropped; written as entities they are the title's text.
        var titles = new[] { "We may fail */ to comply", "Risks of \"quoted\" \\\\ terms", "&lt;/summary&gt; &lt;!-- x --&gt; #if X", "A {0} {{1}} @x \"\"\"" };
        var run = HostileRun.Of(Filings.WithTitles(titles)).AssertHolds();
        var model = TypedFiling.Parsing.FilingParser.Parse(Filings.WithTitles(titles), TypedFiling.Parsing.FilingOptions.ForPath("hostile.md")).Model;
        Assert.Equal(titles.Length, model.RiskFactors.Count);

        // The bodies are in the table, a constant the runtime reads as the generated Text fields do.
        var filing = TypedFiling.FilingTable.Read(run.Constant("Filings.Hostile", "__Table")!, null);
        Assert.Null(filing.ReadError);
        for (var i = 0; i < model.RiskFactors.Count; i++)
        {
            var riskFactor = model.RiskFactors[i];
            Assert.Equal(riskFactor.Title, run.Constant("Filings.Hostile+RiskFactors+" + riskFactor.Name, "Title"));
            Assert.Equal(riskFactor.Text, TypedFiling.FilingTable.Text(filing, i));
        }
    }

    [Fact]
    public void Five_hundred_risk_factors_with_the_same_title_get_unique_names_and_diagnostics()
    {
        var titles = Enumerable.Repeat("We may not be able to compete effectively.", 500).ToArray();
        var run = HostileRun.Of(Filings.WithTitles(titles)).AssertHolds();
        Assert.Equal(499, run.GeneratorDiagnostics.Count(d => d.Id == "TF0003"));

        // 1,500 figures in 75 KB: more members than its 300 KB of C# hold. The first risk factors keep their classes (the
        // generated Filing has all 500, uniquely named), and TF0018 says so at the first figure without a member.
        var classes = Count(run.Filing!.Text, "public const string Title = ");
        Assert.InRange(classes, 100, 499);
        Assert.Contains("public static partial class CompeteEffectively" + classes.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n", run.Filing.Text, StringComparison.Ordinal);
        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TF0018");
        Assert.True(Encoding.UTF8.GetByteCount(run.Filing.Text) <= 4 * run.Input.Length);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    [InlineData(20000)]
    public void Deeply_nested_emphasis_is_read(int depth)
    {
        var stars = new string('*', depth);
        var unders = string.Concat(Enumerable.Repeat("_*", depth / 2));
        var alternating = string.Concat(Enumerable.Repeat("*a _b ", depth)) + string.Concat(Enumerable.Repeat("_ *", depth));
        HostileRun.Of(Filings.WithTitles(stars + "Nested risk" + stars)).AssertHolds();
        HostileRun.Of(Filings.WithTitles(unders + "Nested risk" + new string(unders.Reverse().ToArray()))).AssertHolds();
        HostileRun.Of(Filings.SeedWithParagraph(alternating)).AssertHolds();
        // A heading "text" would name a class Text, whose Text constant would not compile (CS0542): fixed.
        HostileRun.Of(stars + "\n\n" + stars + "text" + "\n\n" + new string('_', depth) + "\n\n" + new string('`', depth) + "x").AssertHolds();
    }

    [Fact]
    public void A_heading_10000_characters_long_is_generated()
    {
        var words = string.Join(" ", Enumerable.Range(0, 2000).Select(i => "risk" + (char)('a' + (i % 26))));
        var title = words.Substring(0, 10_000);
        var run = HostileRun.Of(Filings.WithTitles(title, "x" + new string('y', 9_999))).AssertHolds();
        Assert.Equal(2, Count(run.Filing!.Text, "public const string Title = "));
        HostileRun.Of("# " + title + "\n\nBody text.\n\n## " + new string('z', 10_000) + "\n\nMore.").AssertHolds();
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("mixed")]
    public void Windows_old_Mac_and_mixed_line_ends_read_like_LF(string lineEnd)
    {
        var lines = Filings.Seed.Split('\n');
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                // Mixed: a lone '\r' is never followed by a '\n' that would make the two one line end.
                builder.Append(lineEnd == "mixed" ? (i % 3) switch { 0 => "\r\n", 1 => "\n", _ => "\r" } : lineEnd);
            }
        }

        var run = HostileRun.Of(builder.ToString()).AssertHolds();
        var lf = HostileRun.Of(Filings.Seed).AssertHolds();
        Assert.Equal(Titles(lf.Filing!.Text), Titles(run.Filing!.Text));
        Assert.Equal(LineDirectives(lf.Filing.Text), LineDirectives(run.Filing.Text));
    }

    private static string[] Titles(string source) =>
        source.Split('\n').Where(l => l.TrimStart().StartsWith("public const string Title = ", StringComparison.Ordinal)).ToArray();

    private static string[] LineDirectives(string source) =>
        source.Split('\n').Where(l => l.StartsWith("#line (", StringComparison.Ordinal)).ToArray();

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The name of the only risk factor of a run.</summary>
    private static string Name(HostileRun run)
    {
        var model = TypedFiling.Parsing.FilingParser.Parse(run.Input, TypedFiling.Parsing.FilingOptions.ForPath("hostile.md")).Model;
        return model.RiskFactors[0].Name;
    }
}
