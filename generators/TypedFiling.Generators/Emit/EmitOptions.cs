namespace TypedFiling.Generators.Emit;

/// <summary>What the consuming compilation allows the emitter to write.</summary>
/// <param name="EnhancedLineDirectives">
/// Whether the language version has C# 10's <c>#line (l1,c1)-(l2,c2)</c> form, which maps columns as
/// well as lines; older versions get the classic <c>#line n "file"</c>.
/// </param>
public sealed record EmitOptions(bool EnhancedLineDirectives)
{
    /// <summary>For C# 10 and later.</summary>
    public static EmitOptions Default { get; } = new(EnhancedLineDirectives: true);
}
