using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;

namespace TypedFiling.Parsing.Tests.Figures;

/// <summary>Compact, stable descriptions of figures for table-driven assertions.</summary>
internal static class FigureFormat
{
    public static string Value(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Kind "text" value [currency|unit=...] [scale=] [q=] [neg] [date=] [period=].</summary>
    public static string Describe(FigureMatch f)
    {
        var sb = new StringBuilder();
        sb.Append(f.Kind).Append(" \"").Append(f.Text).Append('"');
        switch (f.Kind)
        {
            case FigureKind.Money:
                sb.Append(' ').Append(Value(f.Value)).Append(' ').Append(f.Currency);
                break;
            case FigureKind.Percentage:
                sb.Append(' ').Append(Value(f.Value));
                break;
            case FigureKind.Quantity:
                sb.Append(' ').Append(Value(f.Value)).Append(" unit=").Append(f.Unit);
                break;
            case FigureKind.Ratio:
                sb.Append(' ').Append(Value(f.Value)).Append(':').Append(f.Value2.HasValue ? Value(f.Value2.Value) : "?");
                if (f.Unit != null)
                {
                    sb.Append(" unit=").Append(f.Unit);
                }

                break;
            case FigureKind.Date:
                sb.Append(" date=").Append(f.Date);
                break;
            case FigureKind.FiscalPeriod:
                sb.Append(" period=").Append(f.Period).Append('/').Append(f.PeriodMonths?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)
                  .Append(" end=").Append(f.Date);
                break;
        }

        if (f.Scale != null && f.Kind == FigureKind.Money)
        {
            sb.Append(" scale=").Append(f.Scale);
        }

        if (f.Qualifier != Qualifier.None)
        {
            sb.Append(" q=").Append(f.Qualifier).Append('(').Append(f.QualifierText).Append(')');
        }

        if (f.IsNegative)
        {
            sb.Append(" neg");
        }

        return sb.ToString();
    }

    public static string DescribeAll(IReadOnlyList<FigureMatch> figures)
    {
        var parts = new List<string>(figures.Count);
        foreach (var f in figures)
        {
            parts.Add(Describe(f));
        }

        return string.Join(" ; ", parts);
    }

    public static string AsOf(FigureMatch f) =>
        f.AsOf is null ? "-" : f.AsOf + (f.AsOfIsPeriod ? " period" : string.Empty) + " \"" + f.AsOfText + "\"";
}
