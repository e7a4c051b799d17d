#!/usr/bin/env bash
# Measures risk-factor titles on the whole EDGAR documents of tests/Data/edgar: builds the parsing tests, runs
# only EdgarCorpusTests and prints its table (precision, recall and F1 per file and over all), which it also
# leaves in artifacts/accuracy/edgar.md. Fails when a file reads worse than its baseline (tests/Data/edgar/baseline.tsv).
# Usage: scripts/accuracy.sh [--write-baseline]   (--write-baseline records this run's F1 as the new baseline)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ "${1:-}" == "--write-baseline" ]]; then
  export TYPEDFILING_EDGAR_BASELINE=write
elif [[ $# -gt 0 ]]; then
  echo "usage: scripts/accuracy.sh [--write-baseline]" >&2
  exit 2
fi

mkdir -p "$root/artifacts"
table="$root/artifacts/accuracy/edgar.md"
rm -f "$table"
dotnet build "$root/tests/TypedFiling.Parsing.Tests" -c Release -v quiet -nologo > /dev/null
status=0
dotnet test "$root/tests/TypedFiling.Parsing.Tests" -c Release --no-build -nologo \
  --filter "FullyQualifiedName~TypedFiling.Parsing.Tests.RealData.EdgarCorpusTests" > "$root/artifacts/accuracy.log" 2>&1 || status=$?
if [[ -f "$table" ]]; then
  cat "$table"
fi
grep -E "^(Passed|Failed)!|^ +Failed |error" "$root/artifacts/accuracy.log" || true
exit "$status"
