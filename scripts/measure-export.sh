#!/usr/bin/env bash
# Measures `typedfiling export` end to end (process start, inputs read, parsed, tables written) over a folder of
# real whole filings: tests/Data/whole/*.htm and tests/Data/edgar/*.htm.gz decompressed (it prints how many and how large),
# copied COPIES times (default 1) under numbered folders. Prints the machine and its load, MB/s and MB/s per core,
# the peak resident memory (max RSS, /usr/bin/time -v), and the sizes of the Parquet and JSON Lines outputs.
# Usage: scripts/measure-export.sh [COPIES] [RUNS] [extra export options, e.g. --compression snappy]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-1}"
runs="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/TypedFiling.Cli" -c Release -o "$work/tool" -v quiet -nologo > /dev/null
for ((copy = 0; copy < copies; copy++)); do
  folder="$work/corpus/$(printf '%03d' "$copy")"
  mkdir -p "$folder"
  cp "$root"/tests/Data/whole/*.htm "$folder/"
  for file in "$root"/tests/Data/edgar/*.htm.gz; do
    gzip -dc "$file" > "$folder/$(basename "$file" .gz)"
  done
done
files="$(find "$work/corpus" -type f | wc -l)"
bytes="$(find "$work/corpus" -type f -exec cat {} + | wc -c)"
megabytes="$(echo "scale=1; $bytes / 1000000" | bc -l)"
cores="$(nproc)"

echo "machine: $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GB, .NET $(dotnet --version)"
echo "corpus: $files files, $megabytes MB ($copies copies of tests/Data/whole/*.htm and tests/Data/edgar/*.htm.gz decompressed)"
echo "load before: $(uptime | sed 's/.*load average: //')"

export_run() { # FORMAT OUT [OPTIONS]: prints "seconds max_rss_kb cpu_seconds"
  /usr/bin/time -v -o "$work/time.txt" dotnet "$work/tool/TypedFiling.Cli.dll" export "$work/corpus" -o "$2" --format "$1" "${@:3}" > "$work/stdout.txt"
  local wall rss
  wall="$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')"
  rss="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
  cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time.txt")"
  echo "$wall $rss $cpu"
}

best=""; peak=0; best_cpu=""
for ((run = 1; run <= runs; run++)); do
  rm -rf "$work/out"
  read -r seconds rss cpu < <(export_run parquet "$work/out" "$@")
  echo "run $run: $seconds s, CPU $cpu s, max RSS $((rss / 1024)) MB; $(cat "$work/stdout.txt")"
  if [[ -z "$best" ]] || (( $(echo "$seconds < $best" | bc -l) )); then best="$seconds"; fi
  if [[ -z "$best_cpu" ]] || (( $(echo "$cpu < $best_cpu" | bc -l) )); then best_cpu="$cpu"; fi
  (( rss > peak )) && peak="$rss"
done

rm -rf "$work/jsonl"
read -r json_seconds json_rss json_cpu < <(export_run jsonl "$work/jsonl")
parquet_bytes="$(du -sb --exclude=_manifest "$work/out" | cut -f1)"
jsonl_bytes="$(du -sb --exclude=_manifest "$work/jsonl" | cut -f1)"

echo "load after: $(uptime | sed 's/.*load average: //')"
printf '%s: %d files (%s MB) in %.2f s, best of %d runs (process start included): %.1f MB/s, %.1f MB/s per core (%d cores); peak RSS %d MB\n' \
  "$(date -u +%Y-%m-%d)" "$files" "$megabytes" "$best" "$runs" "$(echo "$bytes / 1000000 / $best" | bc -l)" \
  "$(echo "$bytes / 1000000 / $best / $cores" | bc -l)" "$cores" "$((peak / 1024))"
# On a machine shared with other work the wall clock counts their time too; CPU time (user + system, all threads)
# is what the export itself spent: MB per CPU second is the rate one whole core gives.
printf 'CPU time %.2f s (user + system, best run): %.1f MB per CPU second\n' "$best_cpu" "$(echo "$bytes / 1000000 / $best_cpu" | bc -l)"
printf 'parquet %.1f MB, jsonl %.1f MB (%.2f s, max RSS %d MB): parquet is %.1f%% of the JSON Lines\n' \
  "$(echo "$parquet_bytes / 1000000" | bc -l)" "$(echo "$jsonl_bytes / 1000000" | bc -l)" "$json_seconds" "$((json_rss / 1024))" \
  "$(echo "100 * $parquet_bytes / $jsonl_bytes" | bc -l)"
