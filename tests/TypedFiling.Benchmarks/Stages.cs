using System;
using System.Diagnostics;
using TypedFiling.Emit;
using TypedFiling.Parsing;
using TypedFiling.Parsing.Blocks;
using TypedFiling.Parsing.Facts;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Outline;

namespace TypedFiling.Benchmarks;

/// <summary>
/// A quick profile without BenchmarkDotNet: the best time and the allocations of each stage of the path,
/// per input, to see which stage a regression or a miss of the targets sits in.
/// </summary>
internal static class Stages
{
    public static void Run(int rounds, string? file)
    {
        Console.WriteLine($"{"input",-26} {"bytes",9} {"stage",-10} {"best ms",9} {"alloc B",12} {"B/byte",7}");
        foreach (var name in file is null ? Inputs.Names : new[] { file })
        {
            var text = file is null ? Inputs.Text(name) : System.IO.File.ReadAllText(file);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
            var options = file is null ? Inputs.Options(name) : FilingOptions.ForPath(file, "Bench.Filings");
            var format = FilingFormats.Resolve(options.Format, options.FilePath, text);
            var blocks = FilingParser.ReadBlocks(text, format);
            var outline = OutlineBuilder.Build(blocks);
            var model = FilingParser.Parse(text, options).Model;

            if (format == FilingFormat.Html)
            {
                Report(name, bytes, "anglesharp", rounds, () => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(text));
            }
            else
            {
                Report(name, bytes, "markdig", rounds, () => Markdig.Markdown.Parse(text));
            }

            Report(name, bytes, "blocks", rounds, () => FilingParser.ReadBlocks(text, format));
            if (format == FilingFormat.Html)
            {
                // The one HTML pass as the parser runs it: blocks with the inline XBRL reader listening (facts unresolved).
                Report(name, bytes, "html pass", rounds, () => HtmlBlockReader.Read(text, new InlineXbrlReader(text)));
            }

            Report(name, bytes, "outline", rounds, () => OutlineBuilder.Build(blocks));
            Report(name, bytes, "figures", rounds, () =>
            {
                var count = 0;
                foreach (var riskFactor in outline.RiskFactors)
                {
                    count += FigureScanner.Scan(riskFactor.Heading.Text).Count;
                    foreach (var block in riskFactor.Body)
                    {
                        count += FigureScanner.Scan(block.Text).Count;
                    }
                }

                return count;
            });
            var texts = new System.Collections.Generic.List<string>();
            foreach (var riskFactor in outline.RiskFactors)
            {
                texts.Add(riskFactor.Heading.Text);
                foreach (var block in riskFactor.Body)
                {
                    texts.Add(block.Text);
                }
            }

            Report(name, bytes, "tokens", rounds, () => texts.ConvertAll(t => new TokenList(t)));
            Report(name, bytes, "scan", rounds, () => texts.ConvertAll(t => FigureScanner.Scan(t, FigureScanOptions.Default).Count));
            Report(name, bytes, "sentences", rounds, () => texts.ConvertAll(SentenceSplitter.Starts));
            Report(name, bytes, "parse", rounds, () => FilingParser.Parse(text, options));
            Report(name, bytes, "emit", rounds, () => FilingEmitter.Emit(model));
            Report(name, bytes, "total", rounds, () => FilingEmitter.Emit(FilingParser.Parse(text, options).Model));
        }
    }

    private static void Report(string input, int bytes, string stage, int rounds, Func<object> action)
    {
        action();
        var best = double.MaxValue;
        long allocated = 0;
        for (var i = 0; i < rounds; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{input,-26} {bytes,9} {stage,-10} {best,9:0.000} {allocated,12:N0} {(double)allocated / bytes,7:0.00}");
    }
}
