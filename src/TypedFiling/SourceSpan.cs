using System;
using System.Globalization;

namespace TypedFiling;

/// <summary>Where something stands in its filing: 1-based lines and columns, and a character offset and length.</summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Creates a span.</summary>
    public SourceSpan(int line, int column, int endLine, int endColumn, int offset, int length)
    {
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        Offset = offset;
        Length = length;
    }

    /// <summary>The 1-based line it starts on.</summary>
    public int Line { get; }

    /// <summary>The 1-based column it starts at.</summary>
    public int Column { get; }

    /// <summary>The 1-based line it ends on.</summary>
    public int EndLine { get; }

    /// <summary>The 1-based column just past its end.</summary>
    public int EndColumn { get; }

    /// <summary>The offset of its first character in the filing's text.</summary>
    public int Offset { get; }

    /// <summary>Its length in characters.</summary>
    public int Length { get; }

    /// <inheritdoc/>
    public bool Equals(SourceSpan other) =>
        Line == other.Line && Column == other.Column && EndLine == other.EndLine && EndColumn == other.EndColumn && Offset == other.Offset && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((((Offset * 397) ^ Length) * 397) ^ Line);

    /// <summary>Value equality.</summary>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

    /// <summary>"(line,column)-(line,column)", as compilers print spans.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "({0},{1})-({2},{3})", Line, Column, EndLine, EndColumn);
}
