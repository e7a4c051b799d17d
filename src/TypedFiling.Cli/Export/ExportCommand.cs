using System;
using System.CommandLine;
using TypedFiling.Cli.Commands;
using TypedFiling.Cli.Export.Writers;
using TypedFiling.Cli.Output;

namespace TypedFiling.Cli.Export;

/// <summary><c>typedfiling export DIR|FILE… -o OUT [--format parquet|jsonl] [--shard I/N] [--batch N] [--compression zstd|snappy]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(Terminal terminal)
    {
        var paths = new Argument<string[]>("DIR|FILE")
        {
            Description = "The filings to export: files (.htm, .txt, .md, or any of them .gz) and folders of them, at any depth.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "The folder the tables are written to (created if need be).", Required = true };
        var format = new Option<string>("--format") { Description = "parquet (OUT/TABLE/part-NNNNN.parquet) or jsonl (OUT/TABLE.jsonl).", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "jsonl");
        var shard = new Option<string?>("--shard") { Description = "Export only shard I of N (I/N): the inputs whose relative path hashes to I modulo N.", HelpName = "I/N" };
        var batch = new Option<int>("--batch") { Description = "Inputs per commit: a part file per table, and the resume point.", DefaultValueFactory = _ => ExportOptions.DefaultBatch };
        var compression = new Option<string>("--compression") { Description = "The Parquet codec: zstd (smaller) or snappy (faster).", DefaultValueFactory = _ => "zstd" };
        compression.AcceptOnlyFromAmong("zstd", "snappy");

        var command = new Command("export", "Write filings' risk factors, figures and XBRL facts as tables (Parquet or JSON Lines) for DuckDB, Spark and other engines; resumable and shardable.")
        {
            paths,
            output,
            format,
            shard,
            batch,
            compression,
        };
        command.SetAction(result => Inputs.Guard(terminal, () =>
        {
            Shard? parsed = Shard.All;
            if (result.GetValue(shard) is string text && (parsed = Shard.Parse(text, out var problem)) is null)
            {
                Inputs.ReportError(terminal, problem!);
                return ExitCodes.Error;
            }

            if (result.GetValue(batch) < 1)
            {
                Inputs.ReportError(terminal, "--batch must be at least 1");
                return ExitCodes.Error;
            }

            return ExportRun.Run(terminal, new ExportOptions(
                result.GetValue(paths) ?? Array.Empty<string>(),
                result.GetValue(output)!,
                result.GetValue(format) == "jsonl" ? ExportFormat.JsonLines : ExportFormat.Parquet,
                result.GetValue(compression) == "snappy" ? ParquetCompression.Snappy : ParquetCompression.Zstd,
                parsed.Value,
                result.GetValue(batch)));
        }));
        return command;
    }
}
