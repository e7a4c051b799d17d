#!/usr/bin/env bash
# The parser of an earlier commit against this checkout's, in one BenchmarkDotNet run (ParserVersionBenchmarks): builds
# generators/TypedFiling.Parsing at COMMIT into artifacts/baseline-parser/COMMIT, then runs both on the whole NVIDIA 10-K,
# its risk-factor part and the seed, and prints the machine and its load beside the table.
# Usage: scripts/compare-parse.sh COMMIT [BenchmarkDotNet options, default: --job short]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
commit="${1:?usage: scripts/compare-parse.sh COMMIT [BenchmarkDotNet options]}"
shift
sha="$(git -C "$root" rev-parse --short "$commit")"
out="$root/artifacts/baseline-parser/$sha"
if [[ ! -f "$out/TypedFiling.Parsing.dll" ]]; then
  tree="$(mktemp -d)"
  trap 'git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
  git -C "$root" worktree add --detach -q "$tree" "$sha"
  dotnet build "$tree/generators/TypedFiling.Parsing" -c Release -o "$out" -nologo -v:q >/dev/null
fi

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "baseline $sha against $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' with uncommitted changes')"
dotnet build "$root/tests/TypedFiling.Benchmarks" -c Release -nologo -v:q >/dev/null
cd "$root/tests/TypedFiling.Benchmarks"
args=("$@")
((${#args[@]})) || args=(--job short)
TYPEDFILING_BASELINE_PARSER="$out" dotnet run -c Release --no-build -- --filter '*ParserVersionBenchmarks*' "${args[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
