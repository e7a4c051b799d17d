using System;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Benchmarks;

/// <summary>
/// One ever larger risk section: the seed's opening and its "D. Risk Factors." heading once, then the seed's
/// risk factors (from the first risk-factor heading to the end) written out N times, every copy after the
/// first retitled ("Copy qab We may not ...") so all of them are read as risk factors with titles of their own.
/// Unlike the seed x16, nothing is read as section text: N times the input is N times the risk factors and
/// the figures, so time(x16) / time(x1) is the growth of the whole path. The x1 input is the seed itself.
/// </summary>
public static class GrowthInput
{
    public static string Build(string seed, int copies)
    {
        var (bodyStart, headings) = Headings(seed);
        var body = seed.AsSpan(bodyStart);
        var builder = new StringBuilder(seed.Length * copies + copies * headings.Length * 12 + 2);
        builder.Append(seed, 0, bodyStart).Append(body);
        for (var copy = 1; copy < copies; copy++)
        {
            EnsureBlankLine(builder);
            var code = Code(copy);
            var from = 0;
            foreach (var heading in headings)
            {
                builder.Append(body.Slice(from, heading - from)).Append("Copy ").Append(code).Append(' ');
                from = heading;
            }

            builder.Append(body.Slice(from));
        }

        return builder.ToString();
    }

    /// <summary>How many copies make the input at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static int CopiesFor(string seed, int bytes)
    {
        var (bodyStart, _) = Headings(seed);
        var body = Encoding.UTF8.GetByteCount(seed.AsSpan(bodyStart));
        return Math.Max(1, (int)Math.Ceiling((double)(bytes - Encoding.UTF8.GetByteCount(seed.AsSpan(0, bodyStart))) / body));
    }

    /// <summary>
    /// Throws unless <paramref name="grown"/> has exactly <paramref name="copies"/> times the seed's risk factors
    /// and within 2% of <paramref name="copies"/> times its figures; returns a line that says what it found.
    /// </summary>
    public static string Verify(string seed, string grown, int copies, string name)
    {
        var one = Count(seed, Inputs.Seed);
        var many = Count(grown, name);
        var figureRatio = (double)many.Figures / one.Figures;
        if (many.RiskFactors != copies * one.RiskFactors || Math.Abs(figureRatio - copies) > copies * 0.02)
        {
            throw new InvalidOperationException(
                $"{name}: {many.RiskFactors} risk factors and {many.Figures} figures; expected {copies} x {one.RiskFactors} risk factors and about {copies} x {one.Figures} figures.");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"// Growth input {name}: {many.RiskFactors} risk factors ({copies} x {one.RiskFactors}), {many.Figures} figures ({figureRatio:0.00} x {one.Figures}), {Encoding.UTF8.GetByteCount(grown):N0} bytes.");
    }

    /// <summary>The copies an input name stands for: 4, 16, or those of the 10 MB input; 0 for an input that is not a growth input.</summary>
    public static int Copies(string name) => name switch
    {
        Inputs.Risk4 => 4,
        Inputs.Risk16 => 16,
        Inputs.Risk10Mb => CopiesFor(Inputs.Text(Inputs.Seed), 10 * 1024 * 1024),
        _ => 0,
    };

    private static (int RiskFactors, int Figures) Count(string text, string name)
    {
        var model = FilingParser.Parse(text, Inputs.Options(name)).Model;
        var figures = 0;
        foreach (var riskFactor in model.RiskFactors)
        {
            figures += riskFactor.Figures.Count;
        }

        return (model.RiskFactors.Count, figures);
    }

    /// <summary>Where the seed's first risk-factor heading line starts, and each heading's text offset relative to it.</summary>
    private static (int BodyStart, int[] Headings) Headings(string seed)
    {
        var riskFactors = FilingParser.Parse(seed, Inputs.Options(Inputs.Seed)).Model.RiskFactors;
        if (riskFactors.Count == 0)
        {
            throw new InvalidOperationException("The seed gave no risk factors.");
        }

        var first = riskFactors[0].Location.Offset;
        var bodyStart = seed.LastIndexOf('\n', Math.Max(0, first - 1)) + 1;
        var headings = new int[riskFactors.Count];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = riskFactors[i].Location.Offset - bodyStart;
        }

        return (bodyStart, headings);
    }

    private static void EnsureBlankLine(StringBuilder builder)
    {
        while (builder.Length < 2 || builder[^1] != '\n' || builder[^2] != '\n')
        {
            builder.Append('\n');
        }
    }

    /// <summary>"qab", "qac", ...: three letters that are no English word, no number word and no figure.</summary>
    private static string Code(int copy) =>
        string.Create(3, copy, static (span, n) =>
        {
            span[0] = 'q';
            span[1] = (char)('a' + (n / 26 % 26));
            span[2] = (char)('a' + (n % 26));
        });
}
