using System;

namespace TypedFiling.Generators.Tests;

/// <summary>
/// The parser (which cannot reference the runtime library) and the runtime each have the figure enums;
/// the emitter writes the parser's member names as the runtime's, so the two must agree name for name.
/// </summary>
public class RuntimeParityTests
{
    [Theory]
    [InlineData(typeof(TypedFiling.Parsing.Figures.FigureKind), typeof(TypedFiling.FigureKind))]
    [InlineData(typeof(TypedFiling.Parsing.Figures.Qualifier), typeof(TypedFiling.Qualifier))]
    [InlineData(typeof(TypedFiling.Parsing.Figures.DatePrecision), typeof(TypedFiling.DatePrecision))]
    [InlineData(typeof(TypedFiling.Parsing.Figures.PeriodKind), typeof(TypedFiling.PeriodKind))]
    public void Parser_and_runtime_enums_have_the_same_members(Type parser, Type runtime)
    {
        Assert.Equal(Enum.GetNames(parser), Enum.GetNames(runtime));
    }
}
