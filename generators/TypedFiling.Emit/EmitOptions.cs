namespace TypedFiling.Emit;

/// <summary>What the consuming compilation allows the emitter to write.</summary>
/// <param name="EnhancedLineDirectives">
/// Whether the language version has C# 10's <c>#line (l1,c1)-(l2,c2)</c> form, which maps columns as
/// well as lines; older versions get the classic <c>#line n "file"</c>.
/// </param>
/// <param name="LanguageVersion">
/// The consumer's C# version as Roslyn numbers it (703 for 7.3, 800 for 8, 1000 for 10; a value, so the
/// emitter needs no Roslyn type): nothing newer than it is written.
/// </param>
internal sealed record EmitOptions(bool EnhancedLineDirectives, int LanguageVersion = EmitOptions.LatestVersion)
{
    /// <summary>Any version from the newest on: everything may be written.</summary>
    public const int LatestVersion = int.MaxValue;

    /// <summary>C# 8, the first with nullable reference types and <c>#nullable</c>.</summary>
    public const int CSharp8 = 800;

    /// <summary>C# 10, the first with the <c>#line (l1,c1)-(l2,c2)</c> form.</summary>
    public const int CSharp10 = 1000;

    /// <summary>For C# 10 and later.</summary>
    public static EmitOptions Default { get; } = new(EnhancedLineDirectives: true);

    /// <summary>Whether <c>#nullable enable</c> may be written: below C# 8 it is error CS8370.</summary>
    public bool NullableDirective => LanguageVersion >= CSharp8;

    /// <summary>The options for a consumer on <paramref name="languageVersion"/> (Roslyn's number for it).</summary>
    public static EmitOptions ForLanguageVersion(int languageVersion) =>
        new(EnhancedLineDirectives: languageVersion >= CSharp10, LanguageVersion: languageVersion);
}
