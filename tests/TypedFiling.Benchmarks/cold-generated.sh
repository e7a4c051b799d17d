#!/usr/bin/env bash
# What TypedFiling adds to a compile in a new compiler process, in CPU time: the SDK's csc compiles a console app's
# Program.cs with the generator as an analyzer, with no filing, with the 10 filings of filings/ and with the whole NVIDIA
# 10-K, alternated, one process per compile; the smallest CPU time (user + system) of each. Unlike a build's elapsed time
# on a shared machine, another process can only add to it, so a few rounds compare two versions of the generator: pass
# another checkout (git worktree or archive of a commit, its generator and runtime built in Release) with --base.
#
#   bash tests/TypedFiling.Benchmarks/cold-generated.sh [--rounds N] [--base REPO]
#
# Each compile: csc -noconfig -target:exe -optimize+ -deterministic -nullable:enable -debug:portable, .NET's reference
# pack, the runtime (src/TypedFiling/bin/Release/net8.0), the generator's three assemblies as -analyzer, the filings as
# -additionalfile with TypedFiling=true in a global analyzer config (as the package's props make MSBuild pass them).
# Prints one line per checkout: no filing, and the 10 filings and the whole 10-K over it.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rounds=7
repos=()
while (($#)); do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --base) repos+=("$(cd "$2" && pwd)"); shift 2 ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
repos+=("$repo")
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "--rounds takes a positive number, not '$rounds'" >&2; exit 2; }

# shellcheck source=sdk-csc.sh
source "$(dirname "${BASH_SOURCE[0]}")/sdk-csc.sh"
for checkout in "${repos[@]}"; do
  dotnet build "$checkout/generators/TypedFiling.Generators/TypedFiling.Generators.csproj" -c Release -nologo -v:q -nodeReuse:false >/dev/null
  dotnet build "$checkout/src/TypedFiling/TypedFiling.csproj" -c Release -nologo -v:q -nodeReuse:false >/dev/null
done

work=$(mktemp -d "${TMPDIR:-/tmp}/typedfiling-cold-generated.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The program of build-cost.sh's apps: it names no generated type.
echo 'System.Console.WriteLine(typeof(Program).Assembly.GetTypes().Length + " types");' >"$work/Program.cs"
ten=("$repo"/filings/*.md "$repo"/filings/*.htm "$repo"/filings/*.txt)
whole=("$repo/tests/Data/whole/nvidia-10k-2024-full.htm")

# config CASE FILE...: the global analyzer config MSBuild would write for these TypedFiling items.
config() {
  local name=$1 file
  shift
  {
    printf 'is_global = true\nbuild_property.RootNamespace = App\nbuild_property.ProjectDir = %s/\n' "$work"
    for file in "$@"; do printf '\n[%s]\nbuild_metadata.AdditionalFiles.TypedFiling = true\n' "$file"; done
  } >"$work/$name.globalconfig"
}
config none
config ten "${ten[@]}"
config whole "${whole[@]}"

# compile CHECKOUT CASE: one new csc; prints its CPU ms.
compile() {
  local checkout=$1 files=() arguments=() file
  case "$2" in ten) files=("${ten[@]}") ;; whole) files=("${whole[@]}") ;; esac
  for file in ${files[@]+"${files[@]}"}; do arguments+=("-additionalfile:$file"); done
  for file in "$checkout"/generators/TypedFiling.Generators/bin/Release/netstandard2.0/TypedFiling.*.dll; do arguments+=("-analyzer:$file"); done
  /usr/bin/time -f '%U %S' -o "$work/time.txt" dotnet exec "$csc" -noconfig -nologo -target:exe -optimize+ -deterministic \
    -nullable:enable -langversion:latest -debug:portable -out:"$work/App.dll" "${references[@]}" \
    -r:"$checkout/src/TypedFiling/bin/Release/net8.0/TypedFiling.dll" "-analyzerconfig:$work/$2.globalconfig" "${arguments[@]}" \
    "$work/Program.cs" >"$work/csc.txt" 2>&1 || { echo "csc failed ($checkout, $2):" >&2; head -n 5 "$work/csc.txt" >&2; exit 1; }
  awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/time.txt"
}

declare -A times
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds"
for ((i = 1; i <= rounds; i++)); do
  for checkout in "${repos[@]}"; do
    for case in none ten whole; do
      times[$checkout/$case]="${times[$checkout/$case]:-} $(compile "$checkout" "$case")"
    done
  done
done
smallest() { tr ' ' '\n' | grep -v '^$' | sort -n | head -n 1; }
for checkout in "${repos[@]}"; do
  none=$(echo "${times[$checkout/none]}" | smallest)
  ten_ms=$(echo "${times[$checkout/ten]}" | smallest)
  whole_ms=$(echo "${times[$checkout/whole]}" | smallest)
  printf '%s (%s): no filing %d ms CPU; the 10 filings +%d ms; the whole 10-K +%d ms\n' \
    "$checkout" "$(git -C "$checkout" rev-parse --short HEAD 2>/dev/null || echo '?')" "$none" $((ten_ms - none)) $((whole_ms - none))
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
