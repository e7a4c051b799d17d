namespace TypedFiling.Parsing.Model;

/// <summary>
/// The accessibility of a filing's generated class: public by default; internal keeps the filings of a
/// library out of its API.
/// </summary>
internal enum GeneratedVisibility
{
    /// <summary><c>public static partial class</c>.</summary>
    Public,

    /// <summary><c>internal static partial class</c>.</summary>
    Internal,
}
