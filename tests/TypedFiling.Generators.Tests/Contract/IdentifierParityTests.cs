using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using TypedFiling.Parsing.Naming;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>The parser's one identifier and keyword check (used by the option validator and the namer) agrees with Roslyn's.</summary>
public class IdentifierParityTests
{
    [Fact]
    public void The_keywords_are_Roslyns_reserved_keywords()
    {
        var roslyn = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).Where(t => t.Length > 0).OrderBy(t => t, System.StringComparer.Ordinal).ToList();

        Assert.All(roslyn, keyword => Assert.True(Identifiers.IsKeyword(keyword), keyword));
        foreach (var candidate in roslyn.Concat(new[] { "var", "record", "async", "value", "Class", "global" }))
        {
            Assert.Equal(SyntaxFacts.GetKeywordKind(candidate) != SyntaxKind.None, Identifiers.IsKeyword(candidate));
        }
    }

    [Theory]
    [InlineData("Iij2010")]
    [InlineData("_private")]
    [InlineData("Société")]
    [InlineData("日本")]
    [InlineData("Ⅻ")]
    [InlineData("a\u0301")]
    [InlineData("a\u200Db")]
    [InlineData("a_b")]
    [InlineData("class")]
    [InlineData("__arglist")]
    [InlineData("record")]
    [InlineData("2010")]
    [InlineData("a-b")]
    [InlineData("a b")]
    [InlineData("@class")]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("\u0301a")]
    [InlineData("a$")]
    public void An_identifier_is_one_exactly_when_Roslyn_says_so(string name)
    {
        var roslyn = SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

        Assert.Equal(roslyn, Identifiers.IsIdentifier(name));
    }

    [Theory]
    [InlineData("MyApp.Filings", true)]
    [InlineData("Filings", true)]
    [InlineData("My App", false)]
    [InlineData("MyApp..Filings", false)]
    [InlineData("MyApp.class", false)]
    [InlineData(".Filings", false)]
    public void A_namespace_is_dotted_identifiers(string name, bool valid)
    {
        Assert.Equal(valid, Identifiers.IsNamespace(name));
    }
}
