using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests.Contract;

/// <summary>
/// The house rule "a method that passes 80 lines is split": every method, constructor, destructor, operator, accessor
/// (an expression-bodied property's getter too) and local function of the C# under generators/ and src/ spans at most
/// 80 lines, from its signature (after its attributes) to its closing brace. The files are parsed with Roslyn, so a brace
/// in a string or a comment does not move a count.
/// </summary>
public sealed class MethodLengthTests
{
    private const int MaxLines = 80;

    /// <summary>
    /// Methods over the limit in files another branch owned when the rule came in, with their length then: they are to be
    /// split by their owners, and the lead deletes each entry once the split is merged (the second test fails on an entry
    /// that has come under the limit, so none outlives its reason). A listed method may not grow meanwhile.
    /// </summary>
    private static readonly Dictionary<string, int> KnownExceptions = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Where the repository's own C# is: the parser, emitter and generator; the runtime, the tool and the sample.</summary>
    private static readonly string[] SourceFolders = { "generators", "src" };

    /// <summary>Build output, never source.</summary>
    private static readonly string[] BuildFolders = { "bin", "obj" };

    /// <summary>Generated C# (Roslyn's hint names, snapshot files): written by a tool, not split by hand.</summary>
    private static readonly string[] GeneratedEndings = { ".g.cs", ".verified.cs", ".received.cs" };

    /// <summary>Each source file (its path from the root) parsed once for all the tests.</summary>
    private static readonly Lazy<List<(string File, SyntaxTree Tree)>> SourceTrees = new(ParseSource);

    [Fact]
    public void No_method_passes_80_lines()
    {
        var tooLong = Members()
            .Where(member => member.Lines > MaxLines && !(KnownExceptions.TryGetValue(member.Key, out var known) && member.Lines <= known))
            .OrderByDescending(member => member.Lines)
            .Select(member => member.Describe() + (KnownExceptions.ContainsKey(member.Key) ? " (a known exception: it may not grow)" : string.Empty))
            .ToList();

        Assert.True(
            tooLong.Count == 0,
            "Over " + MaxLines.ToString(CultureInfo.InvariantCulture) + " lines (split into well-named private methods that each do one thing):"
            + Environment.NewLine + string.Join(Environment.NewLine, tooLong));
    }

    [Fact]
    public void Every_known_exception_is_still_over_80_lines()
    {
        var lengths = Members().ToLookup(member => member.Key, member => member.Lines, StringComparer.Ordinal);
        var stale = KnownExceptions.Keys
            .Where(key => !lengths[key].Any(lines => lines > MaxLines))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(stale.Count == 0, "Split (or gone): delete from KnownExceptions:" + Environment.NewLine + string.Join(Environment.NewLine, stale));
    }

    [Fact]
    public void Every_source_file_parses_so_each_count_is_right()
    {
        var broken = SourceTrees.Value
            .Select(source => (source.File, Errors: source.Tree.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList()))
            .Where(source => source.Errors.Count > 0)
            .Select(source => source.File + ": " + source.Errors[0])
            .ToList();

        Assert.NotEmpty(SourceTrees.Value);
        Assert.True(broken.Count == 0, "Not parsed cleanly (update Microsoft.CodeAnalysis.CSharp for newer syntax):" + Environment.NewLine + string.Join(Environment.NewLine, broken));
    }

    /// <summary>Every measured member of every source file.</summary>
    private static IEnumerable<Member> Members() =>
        SourceTrees.Value.SelectMany(source => MembersOf(source.File, source.Tree.GetRoot()));

    private static List<(string File, SyntaxTree Tree)> ParseSource() =>
        SourceFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(RepositoryPaths.Relative)
            .Where(file => !file.Split('/').Any(part => BuildFolders.Contains(part, StringComparer.Ordinal)))
            .Where(file => !GeneratedEndings.Any(ending => file.EndsWith(ending, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .Select(file => (file, CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)), new CSharpParseOptions(LanguageVersion.Preview), file)))
            .ToList();

    private static IEnumerable<Member> MembersOf(string file, SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            var name = node switch
            {
                MethodDeclarationSyntax method => method.Identifier.Text,
                ConstructorDeclarationSyntax constructor => constructor.Identifier.Text + " (constructor)",
                DestructorDeclarationSyntax destructor => "~" + destructor.Identifier.Text,
                OperatorDeclarationSyntax @operator => "operator " + @operator.OperatorToken.Text,
                ConversionOperatorDeclarationSyntax conversion => conversion.ImplicitOrExplicitKeyword.Text + " operator " + conversion.Type,
                AccessorDeclarationSyntax accessor => accessor.Keyword.Text,
                PropertyDeclarationSyntax { ExpressionBody: not null } property => property.Identifier.Text + ".get",
                IndexerDeclarationSyntax { ExpressionBody: not null } => "this[].get",
                LocalFunctionStatementSyntax local => local.Identifier.Text,
                _ => null,
            };

            if (name is not null)
            {
                yield return new Member(file, Owner(node) + "." + name, StartLine(node), Lines(node));
            }
        }
    }

    /// <summary>The types, properties and methods around a member: "TextBlockReader", "FilingTable.Count", "Outline.Build".</summary>
    private static string Owner(SyntaxNode node) =>
        string.Join(".", node.Ancestors().Reverse().Select(ancestor => ancestor switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.Text,
            DelegateDeclarationSyntax @delegate => @delegate.Identifier.Text,
            PropertyDeclarationSyntax property => property.Identifier.Text,
            IndexerDeclarationSyntax => "this[]",
            EventDeclarationSyntax @event => @event.Identifier.Text,
            MethodDeclarationSyntax method => method.Identifier.Text,
            LocalFunctionStatementSyntax local => local.Identifier.Text,
            _ => null,
        }).Where(name => name is not null));

    /// <summary>The signature's first token: the first one that is not in an attribute list.</summary>
    private static SyntaxToken FirstSignatureToken(SyntaxNode node) =>
        node.ChildNodesAndTokens().First(child => !child.IsKind(SyntaxKind.AttributeList)) switch
        {
            { IsToken: true } child => child.AsToken(),
            var child => child.AsNode()!.GetFirstToken(),
        };

    private static int StartLine(SyntaxNode node) => FirstSignatureToken(node).GetLocation().GetLineSpan().StartLinePosition.Line;

    /// <summary>Lines from the signature's first to the closing brace (or the expression body's semicolon), both counted.</summary>
    private static int Lines(SyntaxNode node) =>
        node.GetLastToken().GetLocation().GetLineSpan().EndLinePosition.Line - StartLine(node) + 1;

    /// <summary>A measured member: <see cref="Key"/> names it in <see cref="KnownExceptions"/>, independent of its line.</summary>
    private sealed record Member(string File, string Name, int Line, int Lines)
    {
        public string Key => File + ": " + Name;

        public string Describe() =>
            File + ":" + (Line + 1).ToString(CultureInfo.InvariantCulture) + ": " + Name + ": " + Lines.ToString(CultureInfo.InvariantCulture) + " lines";
    }
}
