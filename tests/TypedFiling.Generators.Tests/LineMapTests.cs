using Microsoft.CodeAnalysis.Text;
using TypedFiling.Parsing.Text;

namespace TypedFiling.Generators.Tests;

/// <summary>The parser's line numbers are Roslyn's, so diagnostics and #line directives land where the IDE counts.</summary>
public sealed class LineMapTests
{
    [Theory]
    [InlineData("a\nb\r\nc\rd")]
    [InlineData("a\u2028b\u2029c\u0085d")]
    [InlineData("\r\n\r\n\n\rx")]
    [InlineData("no line break")]
    [InlineData("")]
    public void Lines_and_columns_agree_with_Roslyns_SourceText(string text)
    {
        var map = new LineMap(text);
        var roslyn = SourceText.From(text);
        Assert.Equal(roslyn.Lines.Count, map.LineCount);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var expected = roslyn.Lines.GetLinePosition(offset);
            Assert.Equal((expected.Line + 1, expected.Character + 1), map.Position(offset));
        }
    }
}
