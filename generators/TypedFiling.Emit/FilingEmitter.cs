using System.Threading;
using TypedFiling.Emit.Budget;
using TypedFiling.Parsing.Model;
using TypedFiling.Parsing.Shape;

namespace TypedFiling.Emit;

/// <summary>
/// Writes one filing's C# source from its model: a pure function of the model, so the same filing always gives the same
/// bytes, and never more than its <see cref="SourceBudget"/>, whatever the filing holds (see <see cref="EmitPlan"/>).
/// </summary>
internal static class FilingEmitter
{
    private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"TypedFiling\", \"";

    /// <summary>The version written into [GeneratedCode]: the package's, written as a constant at build (obj/PackageVersion.g.cs).</summary>
    internal const string ToolVersion = PackageVersion.Value;

    /// <summary>The [GeneratedCode] attribute every generated type carries.</summary>
    internal const string GeneratedCodeAttribute = GeneratedCode + ToolVersion + "\")]";

    /// <summary>
    /// How a filing's source names the runtime's namespace: by an alias in its namespace (<see cref="RuntimeAlias"/>, as protoc's
    /// C# names Google.Protobuf <c>pb</c>), so each of its thousands of member types and reads is 15 bytes shorter. No name
    /// a filing gives hides it: the namers never begin a name with an underscore, and a configured class name may not be it (TF0017).
    /// </summary>
    internal const string Runtime = GeneratedShape.RuntimeAlias + ".";

    /// <summary>The alias's directive, the first line in the filing's namespace.</summary>
    internal const string RuntimeAlias = "using " + GeneratedShape.RuntimeAlias + " = global::TypedFiling;";

    /// <summary>The hint name of the filing's source: unique per namespace and class, and path-safe.</summary>
    public static string HintName(FilingModel model) => GeneratedShape.HintName(model.Namespace, model.ClassName);

    /// <summary>The C# source for <paramref name="model"/>, for C# 10 and later.</summary>
    public static string Emit(FilingModel model) => Emit(model, EmitOptions.Default);

    /// <summary>The C# source for <paramref name="model"/>.</summary>
    public static string Emit(FilingModel model, EmitOptions options) => Generate(model, options).Source;

    /// <summary>
    /// The C# source for <paramref name="model"/> within its budget, and TF0018 when a member had to be left out. A filing
    /// within its budget is written once; one past it is measured with short tooltips and written with what fits (and if
    /// even that does not fit, with no member but its Filing).
    /// </summary>
    public static EmitResult Generate(FilingModel model, EmitOptions options, CancellationToken cancellationToken = default)
    {
        // The table holds every value, whatever the plan keeps as members: it is written once.
        var budget = SourceBudget.For(model.SourceLength);
        var plan = EmitPlan.Full(model, budget);
        var table = TableLiteral.Write(model, cancellationToken);
        var source = FilingSource.Write(model, options, plan, table, budget.Bytes, cancellationToken);
        if (source is null || !budget.Holds(source))
        {
            var measured = plan with { ShortDocs = true };
            plan = measured.Fit(model, FilingSource.Measure(model, options, measured, table, cancellationToken), budget);
            source = FilingSource.Write(model, options, plan, table, 0, cancellationToken)!;
            if (!budget.Holds(source))
            {
                plan = plan.Minimal();
                source = FilingSource.Write(model, options, plan, table, 0, cancellationToken)!;
            }
        }

        return new EmitResult(source, plan.Diagnostic(model));
    }

    /// <summary>The C# keyword for <paramref name="visibility"/>.</summary>
    internal static string Accessibility(GeneratedVisibility visibility) =>
        visibility == GeneratedVisibility.Internal ? "internal" : "public";
}

/// <summary>A filing's source and what its emitter had to say: TF0018 when the source holds fewer members than the filing has figures.</summary>
internal sealed record EmitResult(string Source, FilingDiagnostic? Diagnostic);
