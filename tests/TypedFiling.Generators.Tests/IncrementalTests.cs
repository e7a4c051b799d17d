using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedFiling.Generators.Configuration;
using TypedFiling.Generators.Tests.Infrastructure;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// The pipeline caches: an unrelated C# edit re-runs nothing, an edited filing re-runs only its own
/// steps, a new filing is the only New one, and no step output holds a Roslyn object.
/// </summary>
public class IncrementalTests
{
    private const string SourceOutput = "SourceOutput";

    /// <summary>The steps Roslyn itself names (its input nodes and the source outputs): tracked in every run, never ours.</summary>
    private static readonly ImmutableHashSet<string> RoslynSteps = ImmutableHashSet.Create(
        StringComparer.Ordinal, "AdditionalTexts", "AnalyzerConfigOptions", "Compilation", "MetadataReferences", "ParseOptions", SourceOutput);

    /// <summary>Every step name in <see cref="TrackingNames"/>, read by reflection so a new step is covered.</summary>
    public static readonly ImmutableArray<string> StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToImmutableArray();

    /// <summary>The steps that run once per project: settings, the language version, the set of all filings and all lock files.</summary>
    private static readonly ImmutableArray<string> ProjectWideSteps = ImmutableArray.Create(TrackingNames.GlobalOptions, TrackingNames.EmitOptions, TrackingNames.FilingSet, TrackingNames.Locks);

    /// <summary>The steps that run once per filing (every step but the project-wide ones).</summary>
    private static readonly ImmutableArray<string> PerFilingSteps = StepNames.RemoveRange(ProjectWideSteps);

    [Fact]
    public void Tracking_names_cover_the_pipeline()
    {
        // The steps a real run tracked, both ways: no constant names a step the pipeline lacks, and no step goes untracked here.
        var run = GeneratorHarness.Run(SeedInput());
        var tracked = run.GeneratorResult.TrackedSteps.Keys.Where(name => !RoslynSteps.Contains(name)).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(StepNames.OrderBy(n => n, StringComparer.Ordinal), tracked);
        Assert.All(StepNames, name => Assert.NotEmpty(run.GeneratorResult.TrackedSteps[name]));
    }

    [Fact]
    public void Unrelated_code_edit_leaves_every_step_cached_or_unchanged()
    {
        var first = GeneratorHarness.Run(SeedInput().WithSource("namespace Consumer { internal static class A { } }"));
        var tree = first.InputCompilation.SyntaxTrees.Single();
        var edited = first.InputCompilation
            .ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("namespace Consumer { internal static class A { internal const int X = 1; } }", GeneratorHarness.ParseOptions(), tree.FilePath))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class B { } }", GeneratorHarness.ParseOptions(), "B.cs"));

        var second = GeneratorHarness.Run(first.Driver, edited);

        foreach (var name in StepNames)
        {
            var before = Steps(first, name);
            var after = Steps(second, name);
            Assert.Equal(before.Length, after.Length);
            for (var i = 0; i < after.Length; i++)
            {
                Assert.All(after[i].Outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + ": " + o.Reason));
                Assert.Equal(before[i].Outputs.Select(o => o.Value), after[i].Outputs.Select(o => o.Value));
            }
        }

        Assert.All(second.GeneratorResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(first.SingleSource(), second.SingleSource());
        Assert.Empty(second.AllDiagnostics);
    }

    [Fact]
    public void Edited_filing_re_runs_its_steps_and_source_output()
    {
        var input = SeedInput();
        var first = GeneratorHarness.Run(input);
        var original = TestFilings.Seed();
        var edited = original.Replace("Price competition for Internet connectivity services is still severe.", "Price competition for Internet connectivity services remains severe.", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);

        var driver = first.Driver.ReplaceAdditionalText(input.AdditionalTexts[0], new InMemoryAdditionalText(GeneratorHarness.PathOf(TestFilings.SeedPath), edited));
        var second = GeneratorHarness.Run(driver, first.InputCompilation);

        Assert.Equal(IncrementalStepRunReason.Cached, SingleReason(second, TrackingNames.GlobalOptions));
        Assert.Equal(IncrementalStepRunReason.Modified, SingleReason(second, TrackingNames.Requests));
        Assert.Equal(IncrementalStepRunReason.Modified, SingleReason(second, TrackingNames.Parsed));
        Assert.Equal(IncrementalStepRunReason.Modified, SingleReason(second, TrackingNames.Models));

        // Same (no) diagnostics: the diagnostics output does not run again.
        Assert.Equal(IncrementalStepRunReason.Unchanged, SingleReason(second, TrackingNames.Diagnostics));
        var outputReasons = OutputReasons(second);
        Assert.Contains(IncrementalStepRunReason.Modified, outputReasons);
        Assert.Contains(IncrementalStepRunReason.Cached, outputReasons);
        Assert.Contains("remains severe", second.ReadFiling("Filings.Iij20F2010").RiskFactors[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_text_in_a_new_additional_file_object_stops_at_the_request()
    {
        var input = SeedInput();
        var first = GeneratorHarness.Run(input);
        var driver = first.Driver.ReplaceAdditionalText(input.AdditionalTexts[0], new InMemoryAdditionalText(GeneratorHarness.PathOf(TestFilings.SeedPath), TestFilings.Seed()));

        var second = GeneratorHarness.Run(driver, first.InputCompilation);

        Assert.Equal(IncrementalStepRunReason.Unchanged, SingleReason(second, TrackingNames.Requests));
        Assert.Equal(IncrementalStepRunReason.Cached, SingleReason(second, TrackingNames.Parsed));
        Assert.Equal(IncrementalStepRunReason.Cached, SingleReason(second, TrackingNames.Models));
        Assert.Equal(IncrementalStepRunReason.Cached, SingleReason(second, TrackingNames.Diagnostics));
        Assert.All(OutputReasons(second), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Adding_a_filing_runs_only_the_new_one()
    {
        var first = GeneratorHarness.Run(SeedInput());
        var added = new InMemoryAdditionalText(GeneratorHarness.PathOf("filings/emphasis-styles.md"), TestFilings.EmphasisStyles);
        var driver = first.Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added));

        var second = GeneratorHarness.Run(driver, first.InputCompilation);

        Assert.Equal(IncrementalStepRunReason.Cached, SingleReason(second, TrackingNames.GlobalOptions));
        foreach (var name in PerFilingSteps)
        {
            var steps = Steps(second, name);
            Assert.Equal(2, steps.Length);

            // The first filing's check against the set of all filings re-runs (the set grew) and finds it unchanged.
            var unchanged = name == TrackingNames.Emitted ? IncrementalStepRunReason.Unchanged : IncrementalStepRunReason.Cached;
            Assert.All(steps[0].Outputs, o => Assert.Equal(unchanged, o.Reason));
            Assert.All(steps[1].Outputs, o => Assert.Equal(IncrementalStepRunReason.New, o.Reason));
        }

        // So the first filing's source is not written again.
        Assert.Equal(IncrementalStepRunReason.Cached, OutputReasons(second).First());

        var newRequest = (FilingRequest)Steps(second, TrackingNames.Requests)[1].Outputs.Single().Value;
        Assert.Equal(added.Path, newRequest.FilePath);
        Assert.Equal(2, second.GeneratedSources.Length);
        Assert.Empty(second.AllDiagnostics);
    }

    [Fact]
    public void Editing_one_of_two_filings_leaves_the_other_cached()
    {
        var input = SeedInput().WithFiling("filings/emphasis-styles.md", TestFilings.EmphasisStyles);
        var first = GeneratorHarness.Run(input);
        var edited = TestFilings.EmphasisStyles.Replace("larger than we are", "much larger than we are", StringComparison.Ordinal);
        var driver = first.Driver.ReplaceAdditionalText(input.AdditionalTexts[1], new InMemoryAdditionalText(input.AdditionalTexts[1].Path, edited));

        var second = GeneratorHarness.Run(driver, first.InputCompilation);

        foreach (var name in new[] { TrackingNames.Requests, TrackingNames.Parsed, TrackingNames.Models })
        {
            var steps = Steps(second, name);
            Assert.Equal(IncrementalStepRunReason.Cached, steps[0].Outputs.Single().Reason);
            Assert.Equal(IncrementalStepRunReason.Modified, steps[1].Outputs.Single().Reason);
        }
    }

    [Fact]
    public void Changing_the_namespace_property_re_runs_every_filing()
    {
        var first = GeneratorHarness.Run(SeedInput());
        var options = new GeneratorInput().WithProperty("RootNamespace", "MyApp").OptionsProvider();

        var second = GeneratorHarness.Run(first.Driver.WithUpdatedAnalyzerConfigOptions(options), first.InputCompilation);

        Assert.Equal(IncrementalStepRunReason.Modified, SingleReason(second, TrackingNames.GlobalOptions));
        Assert.Equal(IncrementalStepRunReason.Modified, SingleReason(second, TrackingNames.Models));
        Assert.Equal("MyApp.Filings.Iij20F2010.g.cs", second.GeneratedSources.Single().HintName);
    }

    [Fact]
    public void Step_outputs_hold_no_roslyn_objects()
    {
        var run = GeneratorHarness.Run(SeedInput()
            .WithFiling("filings/duplicates.md", "**D. Risk Factors.**\n\n***Same title.***\n\nOne.\n\n***Same title.***\n\nTwo.\n")
            .WithFiling("filings/empty.md", string.Empty)
            .WithFiling("notes.txt", "Not a filing."));
        Assert.NotEmpty(run.GeneratorDiagnostics);

        var problems = new List<string>();
        var walked = 0;
        foreach (var name in StepNames)
        {
            var steps = Steps(run, name);
            Assert.NotEmpty(steps);
            foreach (var (output, i) in steps.SelectMany(s => s.Outputs).Select((o, i) => (o, i)))
            {
                walked++;
                ModelWalker.Walk(output.Value, name + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", problems);
            }
        }

        // The global options once, and four steps for each of the three filings (the .txt file is no filing).
        Assert.True(walked >= 1 + (4 * 3), "Too few step outputs were walked: " + walked.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Model_walker_finds_roslyn_objects_wherever_they_hide()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var problems = new List<string>();

        ModelWalker.Walk(new Holder(new object[] { 1, "text", new[] { (Name: "x", Tree: (object)tree) } }), "root", problems);
        ModelWalker.Walk(new EquatableArray<Holder>(new[] { new Holder(Location.None) }), "array", problems);
        ModelWalker.Walk(new Holder(SourceText.From("text")), "text", problems);
        ModelWalker.Walk(new Holder(new InMemoryAdditionalText("a.md", "text")), "file", problems);
        ModelWalker.Walk(new Holder(tree.GetRoot()), "node", problems);
        ModelWalker.Walk(new Holder(GeneratorHarness.CreateCompilation(Array.Empty<string>())), "compilation", problems);

        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.Contains("SyntaxTree", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Location", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("SourceText", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("AdditionalText", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("SyntaxNode", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Compilation", StringComparison.Ordinal));
    }

    private static GeneratorInput SeedInput() => new GeneratorInput().WithFiling(TestFilings.SeedPath, TestFilings.Seed());

    private static ImmutableArray<IncrementalGeneratorRunStep> Steps(GeneratorRun run, string name)
    {
        Assert.True(run.GeneratorResult.TrackedSteps.TryGetValue(name, out var steps), "No tracked step named " + name);
        return steps;
    }

    private static IncrementalStepRunReason SingleReason(GeneratorRun run, string name) =>
        Steps(run, name).Single().Outputs.Single().Reason;

    private static List<IncrementalStepRunReason> OutputReasons(GeneratorRun run) =>
        run.GeneratorResult.TrackedOutputSteps[SourceOutput].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private sealed record Holder(object Value);
}

/// <summary>
/// Walks an object graph by reflection over fields and properties, to a bounded depth, and reports any
/// Roslyn object: what runtime's SourceGenModelDoesNotEncapsulateSymbolsOrCompilationData checks.
/// </summary>
internal static class ModelWalker
{
    private const int MaxDepth = 12;

    private static readonly Type[] Forbidden =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(AdditionalText),
        typeof(SourceText), typeof(SemanticModel), typeof(AttributeData), typeof(Diagnostic), typeof(AnalyzerConfigOptions),
        typeof(AnalyzerConfigOptionsProvider),
    };

    public static void Walk(object? value, string path, List<string> problems) =>
        Walk(value, path, 0, new HashSet<object>(ReferenceEqualityComparer.Instance), problems);

    private static void Walk(object? value, string path, int depth, HashSet<object> visited, List<string> problems)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal or Type or Delegate || type.IsPointer)
        {
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        var forbidden = Forbidden.FirstOrDefault(f => f.IsAssignableFrom(type));
        if (forbidden is not null)
        {
            problems.Add(path + " holds a " + forbidden.Name + " (" + type.FullName + ")");
            return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                Walk(item, path + "[" + i++.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", depth + 1, visited, problems);
            }
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, depth + 1, visited, problems);
            }
        }

        // Computed properties of our own model types (fields cover auto-properties).
        if (type.Assembly.GetName().Name?.StartsWith("TypedFiling", StringComparison.Ordinal) == true)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
                {
                    Walk(property.GetValue(value), path + "." + property.Name, depth + 1, visited, problems);
                }
            }
        }
    }
}
