#!/usr/bin/env bash
# Every measurement of issue 16 (build cost) in one run, for docs/performance.md: the BenchmarkDotNet classes
# with BenchmarkDotNet's short job, the stage profiler, and the build benchmark with the compiler's own report,
# each written to a folder artifacts/perf/<UTC date and time>/ that it prints at the end (artifacts/ is ignored
# by git; .ci/run deletes artifacts/, so copy the folder elsewhere before running CI locally).
#
#   bash scripts/measure-build-cost.sh [--job short|dry|medium|...] [--pairs N] [--server] [--only LIST]
#
#   --job     BenchmarkDotNet's job (default short: 3 iterations, 1 launch); dry (1 iteration) checks it all runs
#   --pairs   alternated build pairs for build-cost.sh, and as many builds per app with the analyzer report (default 7)
#   --server  build with the compiler server (see build-cost.sh; this workplace turns it off by default)
#   --only    a comma-separated subset of: filing,html,cancel,memory,driver,stages,build (default: all)
#   TYPEDFILING_BENCH_INPUTS=a.md,b.htm limits the inputs of the classes (see Inputs.Selected).
#
# What lands in the folder:
#   machine.txt                    date, cores, CPU, load average before and after, SDK, commit, options
#   <Class>.log                    each BenchmarkDotNet class's console output (setup checks: growth counts,
#                                  cancellation latencies and throw sites, driver check, generator memory held;
#                                  the script prints these lines as it goes)
#   results/*-report-github.md     BenchmarkDotNet's tables (Markdown), also -report.csv and -report.html
#   stages.txt                     the stage profiler (--stages: best of 20 per stage and input)
#   build-cost.txt                 build-cost.sh --report-analyzer: with/without medians, bytes generated,
#                                  generator time against Csc time
#
# The classes: FilingBenchmarks (Markdown inputs vs Markdig, growth x1/x4/x16), HtmlFilingBenchmarks (HTML vs
# AngleSharp), CancellationBenchmarks (cancel latency on 10 MB), GeneratorMemoryBenchmarks (the whole 2 MB 10-K
# through Roslyn's driver), DriverBenchmarks (100 filings). With the short job the whole run takes about
# 15-20 minutes on 2 quiet cores; run it when nothing else is building (the load average is recorded).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
job=short
pairs=7
server=()
only=filing,html,cancel,memory,driver,stages,build
while (($#)); do
  case "$1" in
    --job) job=$2; shift 2 ;;
    --pairs) pairs=$2; shift 2 ;;
    --server) server=(--server); shift ;;
    --only) only=$2; shift 2 ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
wants() { [[ ",$only," == *",$1,"* ]]; }

out="$repo/artifacts/perf/$(date -u +%Y-%m-%d-%H%M%S)"
mkdir -p "$out"
bench="$repo/tests/TypedFiling.Benchmarks"
binary="$bench/bin/Release/net10.0/TypedFiling.Benchmarks"

{
  echo "Date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "Cores: $(nproc); CPU: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo); $(uname -sr)"
  echo "Memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo ".NET SDK: $(dotnet --version); runtime: $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
  echo "Commit: $(git -C "$repo" rev-parse HEAD)$(git -C "$repo" diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)') on $(git -C "$repo" rev-parse --abbrev-ref HEAD)"
  echo "Options: --job $job --pairs $pairs ${server[*]:-} --only $only; TYPEDFILING_BENCH_INPUTS=${TYPEDFILING_BENCH_INPUTS:-all}; UseSharedCompilation=${UseSharedCompilation:-unset}"
} | tee "$out/machine.txt"
load=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$load" 'BEGIN { exit !(l > 1.0) }'; then
  echo "Warning: the load average is $load; the times will be inflated (allocations are not)." | tee -a "$out/machine.txt"
fi

echo "Building the benchmarks (Release)..."
dotnet build "$bench/TypedFiling.Benchmarks.csproj" -c Release -nologo -v:q >/dev/null

run_class() {
  echo "BenchmarkDotNet: $1 ($job job)..."
  # From the project's folder: BenchmarkDotNet finds the project to build each case's process from there.
  (cd "$bench" && "$binary" --filter "*.$1.*" --job "$job" --artifacts "$out") >"$out/$1.log" 2>&1 || {
    echo "  $1 failed: see $out/$1.log" >&2
    return 0
  }
  grep -E '^// (Growth input|Cancellation latency|Generator on|Driver check)' "$out/$1.log" | awk '!seen[$0]++ { print "  " $0 }' || true
}

wants filing && run_class FilingBenchmarks
wants html && run_class HtmlFilingBenchmarks
wants cancel && run_class CancellationBenchmarks
wants memory && run_class GeneratorMemoryBenchmarks
wants driver && run_class DriverBenchmarks
if wants stages; then
  echo "Stage profiler (--stages)..."
  "$binary" --stages >"$out/stages.txt" 2>&1 || echo "  the stage profiler failed: see $out/stages.txt" >&2
fi
if wants build; then
  echo "Build cost ($pairs pairs, with the analyzer report)..."
  bash "$bench/build-cost.sh" "$pairs" --report-analyzer ${server[@]+"${server[@]}"} >"$out/build-cost.txt" 2>&1 ||
    echo "  build-cost.sh failed: see $out/build-cost.txt" >&2
  grep -E '^(Median of|Generated C#|Build time per KB|  app |  with |  without |Csc task)' "$out/build-cost.txt" | sed 's/^/  /' || true
fi

echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
echo
echo "Written to ${out#"$repo"/}:"
(cd "$out" && find . -type f \( -name '*.txt' -o -name '*.log' -o -name '*-github.md' \) | sort | sed 's|^\./|  |')
