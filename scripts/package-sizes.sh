#!/usr/bin/env bash
# Packs src/TypedFiling as `dotnet pack -c Release` does and prints docs/package.md's "What is in it" table:
# the package's and symbol package's sizes and each entry's uncompressed size, headed by the date and commit.
# docs/package.md quotes this output; run it again and paste when the package changes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
CI=true dotnet pack "$root/src/TypedFiling" -c Release -o "$work/feed" --artifacts-path "$work/artifacts" -v quiet -nologo > /dev/null
package="$(ls "$work"/feed/TypedFiling.*.nupkg | grep -v snupkg)"
symbols="$(ls "$work"/feed/TypedFiling.*.snupkg)"
python3 - "$package" "$symbols" "$(git -C "$root" rev-parse --short HEAD)" <<'PY'
import os, sys, zipfile, datetime
package, symbols, commit = sys.argv[1:]
entries = zipfile.ZipFile(package).infolist()
def n(x): return f"{x:,}"
print(f"Output of `scripts/package-sizes.sh` on {datetime.date.today().isoformat()} at commit {commit}:")
print()
print(f"`{os.path.basename(package)}`: {n(os.path.getsize(package))} bytes ({len(entries)} entries, "
      f"{n(sum(e.file_size for e in entries))} bytes uncompressed); `{os.path.basename(symbols)}` (the PDBs): "
      f"{n(os.path.getsize(symbols))} bytes.")
print()
print("| File | Bytes |")
print("|------|------:|")
nuget = [e for e in entries if e.filename.endswith(".nuspec") or e.filename.startswith(("_rels/", "package/")) or e.filename == "[Content_Types].xml"]
for e in sorted((e for e in entries if e not in nuget), key=lambda e: e.filename):
    print(f"| `{e.filename}` | {n(e.file_size)} |")
print(f"| NuGet's own files (`.nuspec`, `_rels/.rels`, `[Content_Types].xml`, `.psmdcp`) | {n(sum(e.file_size for e in nuget))} |")
PY
