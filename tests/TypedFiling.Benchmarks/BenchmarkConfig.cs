using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The default configuration with the median and two columns the targets are stated in, and one summary for
/// all classes run together. Ratios are per input (BenchmarkDotNet groups by parameters): each class's
/// baseline is the one for its inputs' format (Markdig for Markdown, AngleSharp for HTML).
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddColumn(StatisticColumn.Median);
        AddColumn(new InputBytesColumn(), new AllocatedPerInputByteColumn());
        WithOptions(ConfigOptions.JoinSummary);

        // The input names are the table's first column: shown whole, not cut at 20 characters.
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
    }

    private static int? InputBytes(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters["Input"] is string name ? Inputs.Bytes(name) : null;

    private abstract class Column : IColumn
    {
        public abstract string Id { get; }

        public abstract string ColumnName { get; }

        public abstract string Legend { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }

    private sealed class InputBytesColumn : Column
    {
        public override string Id => nameof(InputBytesColumn);

        public override string ColumnName => "Input bytes";

        public override string Legend => "The input's size in UTF-8 bytes";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            InputBytes(benchmarkCase)?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
    }

    private sealed class AllocatedPerInputByteColumn : Column
    {
        public override string Id => nameof(AllocatedPerInputByteColumn);

        public override string ColumnName => "Alloc/input byte";

        public override string Legend => "Bytes allocated per operation divided by the input's UTF-8 bytes";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var bytes = InputBytes(benchmarkCase);
            var allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is int input && allocated is long total
                ? ((double)total / input).ToString("0.00", CultureInfo.InvariantCulture)
                : "-";
        }
    }
}
