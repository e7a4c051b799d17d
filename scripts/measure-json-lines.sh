#!/usr/bin/env bash
# Measures `typedfiling inspect --json-lines` over the corpus (filings/ and the whole NVIDIA 10-K of tests/Data/whole) repeated to N files
# (default 1,000) and prints files per second and MB per second, with the date, the core count and the
# machine's load, as docs/performance.md quotes them. Usage: scripts/measure-json-lines.sh [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/TypedFiling.Cli" -c Release -o "$work/tool" -v quiet -nologo > /dev/null
filings=("$root"/filings/*.htm "$root"/filings/*.md "$root"/filings/*.txt "$root"/tests/Data/whole/nvidia-10k-2024-full.htm)

mkdir -p "$work/filings"
for ((i = 0; i < count; i++)); do
  source="${filings[$((i % ${#filings[@]}))]}"
  name="$(basename "$source")"
  cp "$source" "$work/filings/$(printf '%04d' "$i")-$name"
done
bytes="$(cat "$work"/filings/* | wc -c)"

best=""
for ((run = 1; run <= runs; run++)); do
  start="$(date +%s.%N)"
  dotnet "$work/tool/TypedFiling.Cli.dll" inspect --json-lines "$work/filings" > "$work/out.jsonl"
  end="$(date +%s.%N)"
  seconds="$(echo "$end - $start" | bc -l)"
  lines="$(wc -l < "$work/out.jsonl")"
  [[ "$lines" -eq "$count" ]] || { echo "expected $count lines, got $lines" >&2; exit 1; }
  if [[ -z "$best" ]] || (( $(echo "$seconds < $best" | bc -l) )); then best="$seconds"; fi
done

printf '%s: %d files (%s MB) in %.2f s, best of %d runs (process start included): %.0f files/s, %.1f MB/s; %d cores, load average %s\n' \
  "$(date -u +%Y-%m-%d)" "$count" "$(echo "scale=1; $bytes / 1000000" | bc -l)" "$best" "$runs" \
  "$(echo "$count / $best" | bc -l)" "$(echo "$bytes / 1000000 / $best" | bc -l)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
