using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace TypedFiling.Benchmarks;

/// <summary>What each member of a synthetic generated file is (<see cref="Construct"/>).</summary>
internal enum MemberKind
{
    ConstString,
    ConstInt,

    /// <summary><c>public static T X { get; } = new T(...);</c>: the risk factors' <c>Info</c> today.</summary>
    AutoProperty,

    /// <summary><c>public static T X => (T)Table.All[i];</c>: the figures today.</summary>
    ExpressionProperty,

    /// <summary><c>public static T X { get; } = (T)Table.All[i];</c>: the read in the static constructor, the getter the compiler's.</summary>
    TableAutoProperty,
    ReadonlyField,
    Method,

    /// <summary>One row of a <c>string[]</c> table (the figure table's rows): a member is a row.</summary>
    TableRow,
}

internal enum DocComment
{
    None,

    /// <summary>A <c>&lt;summary&gt;</c> of about 60 characters.</summary>
    Short,

    /// <summary>A <c>&lt;summary&gt;</c> of 140 characters and <c>&lt;remarks&gt;</c> of 400: a figure's tooltip today.</summary>
    Long,
}

internal enum LineDirectives
{
    None,

    /// <summary><c>#line (l, c) - (l, c) col "path"</c> before each member and <c>#line default</c> after it, as the emitter writes.</summary>
    PerMember,

    /// <summary>The span directive before each member, one <c>#line default</c> at the end of the class.</summary>
    PerMemberNoDefault,

    /// <summary>One span directive around the class's header (a risk factor's class today).</summary>
    PerClass,
}

internal enum Placement
{
    None,
    PerMember,
    PerClass,
}

/// <summary>
/// One shape of generated code for <see cref="ConstructCostBenchmarks"/>: the kind of each member and what is written
/// around it. The file is laid out as the emitter lays out a filing (auto-generated header, namespace, a static partial
/// class holding a private table and a static partial class of members, tabs, <c>global::</c> names), so that two files
/// of the same construct differ only in how many members they hold and the slope between them is the cost of a member.
/// </summary>
internal sealed record Construct(string Name, string Description)
{
    /// <summary>The shape every other one changes one thing of: the figures' members today, without their doc comments,
    /// <c>#line</c> directives or attributes, under <c>#nullable enable</c>, in a command-line build's documentation mode.</summary>
    public const string Baseline = "expression-property";

    public const string RuntimeNamespace = "Bench.Runtime";

    public MemberKind Kind { get; init; } = MemberKind.ExpressionProperty;

    public DocComment Doc { get; init; }

    /// <summary>
    /// None is what csc does without /doc (a project without GenerateDocumentationFile: doc comments are plain comments);
    /// Parse is what the IDE does; Diagnose is GenerateDocumentationFile (parsed, checked, written to the XML file).
    /// </summary>
    public DocumentationMode Mode { get; init; } = DocumentationMode.None;

    public LineDirectives Line { get; init; }

    public Placement Attribute { get; init; }

    public bool NullableEnable { get; init; } = true;

    public bool ClassPerMember { get; init; }

    /// <summary>The length of a <see cref="MemberKind.ConstString"/>'s value.</summary>
    public int StringLength { get; init; } = 40;

    /// <summary>A file of scale N holds N / Divisor members: 4,000 strings of 10 KB would be a 40 MB file; these stay within 1 MB.</summary>
    public int Divisor { get; init; } = 1;

    public static IReadOnlyList<Construct> All { get; } = new[]
    {
        new Construct("const-string", "public const string X = \"40 characters\";") { Kind = MemberKind.ConstString },
        new Construct("const-int", "public const int X = 42;") { Kind = MemberKind.ConstInt },
        new Construct("auto-property", "public static T X { get; } = new T(i, \"USD\", \"label\"); (Info today)") { Kind = MemberKind.AutoProperty },
        new Construct(Baseline, "public static T X => (T)Table.All[i]; (figures today, bare)"),
        new Construct("auto-property-table", "public static T X { get; } = (T)Table.All[i];") { Kind = MemberKind.TableAutoProperty },
        new Construct("readonly-field", "public static readonly T X = (T)Table.All[i];") { Kind = MemberKind.ReadonlyField },
        new Construct("method", "public static T X() => (T)Table.All[i];") { Kind = MemberKind.Method },
        new Construct("doc-none-parse", "no doc comment, DocumentationMode.Parse (the IDE)") { Mode = DocumentationMode.Parse },
        new Construct("doc-none-diagnose", "no doc comment, DocumentationMode.Diagnose (GenerateDocumentationFile)") { Mode = DocumentationMode.Diagnose },
        new Construct("doc-short-none", "<summary> of 60 characters, DocumentationMode.None (csc without /doc)") { Doc = DocComment.Short },
        new Construct("doc-short-parse", "<summary> of 60 characters, Parse") { Doc = DocComment.Short, Mode = DocumentationMode.Parse },
        new Construct("doc-short-diagnose", "<summary> of 60 characters, Diagnose") { Doc = DocComment.Short, Mode = DocumentationMode.Diagnose },
        new Construct("doc-long-none", "<summary> 140 + <remarks> 400 characters, None") { Doc = DocComment.Long },
        new Construct("doc-long-parse", "<summary> 140 + <remarks> 400 characters, Parse") { Doc = DocComment.Long, Mode = DocumentationMode.Parse },
        new Construct("doc-long-diagnose", "<summary> 140 + <remarks> 400 characters, Diagnose") { Doc = DocComment.Long, Mode = DocumentationMode.Diagnose },
        new Construct("line-per-member", "#line (l, c) - (l, c) col \"path\" and #line default around each member") { Line = LineDirectives.PerMember },
        new Construct("line-per-member-no-default", "the span #line before each member, one #line default") { Line = LineDirectives.PerMemberNoDefault },
        new Construct("line-per-class", "one span #line around the class header") { Line = LineDirectives.PerClass },
        new Construct("attribute-per-member", "[GeneratedCode] on each member") { Attribute = Placement.PerMember },
        new Construct("attribute-per-class", "[GeneratedCode] on the class") { Attribute = Placement.PerClass },
        new Construct("nullable-none", "no #nullable enable (generated code's default: disabled)") { NullableEnable = false },
        new Construct("class-per-member", "each member in a static partial class of its own (risk factors, facts per concept)") { ClassPerMember = true },
        new Construct("string-1kb", "public const string X = \"1 KB\"; (a quarter as many members)") { Kind = MemberKind.ConstString, StringLength = 1024, Divisor = 4 },
        new Construct("string-10kb", "public const string X = \"10 KB\"; (a 40th as many members)") { Kind = MemberKind.ConstString, StringLength = 10 * 1024, Divisor = 40 },
        new Construct("table-row", "one 60-character row of a string[] table") { Kind = MemberKind.TableRow },
        new Construct("figure-today", "a figure as the emitter writes it: long doc, #line per member, expression property")
        {
            Doc = DocComment.Long,
            Line = LineDirectives.PerMember,
        },
    };

    public static Construct Named(string name) =>
        All.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException("No construct named " + name, nameof(name));

    public int Members(int scale) => scale / Divisor;

    /// <summary>The generated file of this construct with <paramref name="scale"/> / Divisor members.</summary>
    public string Source(int scale)
    {
        var members = Members(scale);
        var builder = new StringBuilder(members * (StringLength + 800));
        builder.Append("// <auto-generated/>\n");
        if (NullableEnable)
        {
            builder.Append("#nullable enable\n");
        }

        builder.Append("\nnamespace Bench.Filings\n{\n");
        builder.Append("\t/// <summary>A filing.</summary>\n");
        builder.Append("\tpublic static partial class Filing\n\t{\n");
        builder.Append("\t\tprivate static class __Table\n\t\t{\n");
        builder.Append("\t\t\tinternal static readonly global::System.Collections.Generic.IReadOnlyList<global::").Append(RuntimeNamespace)
            .Append(".Figure> All = global::").Append(RuntimeNamespace).Append(".FigureTable.Empty;\n\t\t}\n\n");
        builder.Append("\t\t/// <summary>The members.</summary>\n");
        if (Attribute == Placement.PerClass)
        {
            builder.Append("\t\t").Append(GeneratedCode).Append('\n');
        }

        if (Line == LineDirectives.PerClass)
        {
            AppendLine(builder, 0);
        }

        builder.Append("\t\tpublic static partial class Members\n");
        if (Line == LineDirectives.PerClass)
        {
            builder.Append("#line default\n");
        }

        builder.Append("\t\t{\n");
        if (Kind == MemberKind.TableRow)
        {
            builder.Append("\t\t\tinternal static readonly string[] Rows =\n\t\t\t{\n");
        }

        for (var i = 0; i < members; i++)
        {
            AppendMember(builder, i);
        }

        if (Kind == MemberKind.TableRow)
        {
            builder.Append("\t\t\t};\n");
        }

        if (Line == LineDirectives.PerMemberNoDefault)
        {
            builder.Append("#line default\n");
        }

        builder.Append("\t\t}\n\t}\n}\n");
        return builder.ToString();
    }

    /// <summary>The runtime types the members name, compiled once into a reference (as TypedFiling.dll is).</summary>
    public static string RuntimeSource { get; } =
        "namespace " + RuntimeNamespace + "\n{\n" +
        "    public abstract class Figure { }\n" +
        "    public sealed class Money : Figure\n    {\n" +
        "        public Money(long amount, string currency, string label) { Amount = amount; Currency = currency; Label = label; }\n" +
        "        public long Amount { get; }\n        public string Currency { get; }\n        public string Label { get; }\n    }\n" +
        "    public static class FigureTable\n    {\n" +
        "        public static global::System.Collections.Generic.IReadOnlyList<Figure> Empty { get; } = new Figure[0];\n    }\n}\n";

    private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"TypedFiling\", \"0.1.0\")]";
    private const string Money = "global::" + RuntimeNamespace + ".Money";

    private void AppendMember(StringBuilder builder, int i)
    {
        var indent = "\t\t\t";
        if (Kind == MemberKind.TableRow)
        {
            builder.Append(indent).Append('"').Append(i.ToString(CultureInfo.InvariantCulture)).Append(',');
            AppendText(builder, i, 56).Append("\",\n");
            return;
        }

        var name = "M" + i.ToString(CultureInfo.InvariantCulture);
        if (ClassPerMember)
        {
            builder.Append(indent).Append("public static partial class ").Append(name).Append('\n').Append(indent).Append("{\n");
            indent = "\t\t\t\t";
            name = "Value";
        }

        if (Doc == DocComment.Short)
        {
            builder.Append(indent).Append("/// <summary>");
            AppendText(builder, i, 60).Append("</summary>\n");
        }
        else if (Doc == DocComment.Long)
        {
            builder.Append(indent).Append("/// <summary>");
            AppendText(builder, i, 140).Append("</summary>\n");
            builder.Append(indent).Append("/// <remarks>");
            AppendText(builder, i + 1, 400).Append("</remarks>\n");
        }

        if (Attribute == Placement.PerMember)
        {
            builder.Append(indent).Append(GeneratedCode).Append('\n');
        }

        if (Line is LineDirectives.PerMember or LineDirectives.PerMemberNoDefault)
        {
            AppendLine(builder, i);
        }

        var index = i.ToString(CultureInfo.InvariantCulture);
        builder.Append(indent);
        switch (Kind)
        {
            case MemberKind.ConstString:
                builder.Append("public const string ").Append(name).Append(" = \"");
                AppendText(builder, i, StringLength).Append("\";\n");
                break;
            case MemberKind.ConstInt:
                builder.Append("public const int ").Append(name).Append(" = ").Append(index).Append(";\n");
                break;
            case MemberKind.AutoProperty:
                builder.Append("public static ").Append(Money).Append(' ').Append(name).Append(" { get; } = new ").Append(Money)
                    .Append('(').Append(index).Append(", \"USD\", \"label ").Append(index).Append("\");\n");
                break;
            case MemberKind.ExpressionProperty:
                builder.Append("public static ").Append(Money).Append(' ').Append(name).Append(" => (").Append(Money)
                    .Append(")__Table.All[").Append(index).Append("];\n");
                break;
            case MemberKind.TableAutoProperty:
                builder.Append("public static ").Append(Money).Append(' ').Append(name).Append(" { get; } = (").Append(Money)
                    .Append(")__Table.All[").Append(index).Append("];\n");
                break;
            case MemberKind.ReadonlyField:
                builder.Append("public static readonly ").Append(Money).Append(' ').Append(name).Append(" = (").Append(Money)
                    .Append(")__Table.All[").Append(index).Append("];\n");
                break;
            case MemberKind.Method:
                builder.Append("public static ").Append(Money).Append(' ').Append(name).Append("() => (").Append(Money)
                    .Append(")__Table.All[").Append(index).Append("];\n");
                break;
            default:
                throw new InvalidOperationException(Kind.ToString());
        }

        if (Line == LineDirectives.PerMember)
        {
            builder.Append("#line default\n");
        }

        if (ClassPerMember)
        {
            builder.Append("\t\t\t}\n");
        }
    }

    /// <summary>A span directive as the emitter writes one: the figure's place in the filing and the column it starts at.</summary>
    private static void AppendLine(StringBuilder builder, int i)
    {
        var line = (10 + (i * 3)).ToString(CultureInfo.InvariantCulture);
        builder.Append("#line (").Append(line).Append(", 14) - (").Append(line).Append(", 32) 51 \"/project/filings/bench-filing.md\"\n");
    }

    /// <summary>
    /// <paramref name="length"/> characters of filing-like prose (ASCII, no quote or backslash, so it is the same in a
    /// string literal and a doc comment), different for each member so no two constants are the same string.
    /// </summary>
    private static StringBuilder AppendText(StringBuilder builder, int seed, int length)
    {
        var start = builder.Length;
        builder.Append(seed.ToString(CultureInfo.InvariantCulture)).Append(' ');
        var word = (uint)seed * 2654435761u;
        while (builder.Length - start < length)
        {
            word = (word * 1664525u) + 1013904223u;
            builder.Append(Words[(int)((word >> 16) % (uint)Words.Length)]).Append(' ');
        }

        builder.Length = start + length;
        return builder;
    }

    private static readonly string[] Words =
    {
        "our", "business", "may", "be", "adversely", "affected", "by", "changes", "in", "the", "economy", "of", "Japan", "revenues",
        "and", "profits", "could", "decline", "if", "customers", "reduce", "network", "investment", "competition", "increases",
        "fiscal", "year", "ended", "March", "2010", "billion", "yen", "approximately", "percent", "subsidiaries", "results",
    };
}
